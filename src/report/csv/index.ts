// The reports' CSV export: one table of a report, named, as RFC 4180 text.
import type { Report } from '../../model/index.ts';
import { withKeys } from '../article-key.ts';
import { withLabels } from '../labels.ts';
import { framingTable, toneTable } from './framing-tables.ts';
import type { CsvTableName } from './names.ts';
import { articlesTable, type CsvTableSpec, coverageTable, quotesTable } from './tables.ts';
import { type CsvValue, csvTable } from './writer.ts';

export { CSV_TABLES, type CsvTableName, isCsvTable } from './names.ts';
export { type CsvValue, csvField, csvRows, csvTable } from './writer.ts';

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
  const { header, rows } = tableRows(report, table);
  return csvTable(header, rows);
}

/** The columns of one table (the same for every report). */
export const tableHeader = (table: CsvTableName): readonly string[] => TABLES[table].header;

/**
 * One table of a report as its header and rows, unwritten: for an export that joins the tables of
 * many reports under one header, as CSV or as JSON lines (`jsonLines`).
 */
export function tableRows(
  report: Report,
  table: CsvTableName,
): { readonly header: readonly string[]; readonly rows: CsvValue[][] } {
  const spec = TABLES[table];
  return { header: spec.header, rows: spec.rows(withKeys(withLabels(report))) };
}

/**
 * Rows as JSON lines: one object a row, keyed by the header's column names (a value the row lacks is null).
 * @example
 * jsonLines(['story', 'fact'], [['s1', 's1-f9c0e3b']]) // '{"story":"s1","fact":"s1-f9c0e3b"}\n'
 */
export function jsonLines(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  let out = '';
  for (const row of rows)
    out += `${JSON.stringify(Object.fromEntries(header.map((name, i) => [name, row[i] ?? null])))}\n`;
  return out;
}
