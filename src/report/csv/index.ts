// The reports' CSV export: one table of a report, named, as RFC 4180 text.
import type { Report } from '../../model/index.ts';
import { withKeys } from '../article-key.ts';
import { withLabels } from '../labels.ts';
import { framingTable, toneTable } from './framing-tables.ts';
import type { CsvTableName } from './names.ts';
import { articlesTable, type CsvTableSpec, coverageTable, quotesTable } from './tables.ts';
import { csvTable } from './writer.ts';

export { CSV_TABLES, type CsvTableName, isCsvTable } from './names.ts';
export { type CsvValue, csvField, csvTable } from './writer.ts';

const TABLES: Readonly<Record<CsvTableName, CsvTableSpec>> = {
  articles: articlesTable,
  coverage: coverageTable,
  quotes: quotesTable,
  framing: framingTable,
  tone: toneTable,
};

/**
 * One table of a report as CSV (a header row, CRLF line ends): `articles`, `coverage`, `quotes`,
 * `framing` or `tone` (`CSV_TABLES`), every article named by its id, its `key` and its outlet.
 * @example
 * process.stdout.write(renderCsv(report, 'coverage')); // 'story,fact,fact_text,status,article,key,outlet,mark,…'
 */
export function renderCsv(report: Report, table: CsvTableName): string {
  const spec = TABLES[table];
  return csvTable(spec.header, spec.rows(withKeys(withLabels(report))));
}
