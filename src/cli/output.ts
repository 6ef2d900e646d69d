import { extname } from 'node:path';
import { UsageError } from '../io/files.ts';
import { passedOver } from '../io/no-articles.ts';
import type { Evidence, Issue, Report, SelfCheck } from '../model/index.ts';
import { CSV_TABLES, type CsvTableName, isCsvTable } from '../report/csv/names.ts';
import type { ReportFormat } from '../report/index.ts';

/** What a report command writes: a report in one of its formats, or one table of it as CSV. */
export type OutputFormat = ReportFormat | 'csv';

// The report formats by name and by the output file's extension.
// Maps, not object literals: "constructor" or "__proto__" is no format.
const FORMAT_NAMES: ReadonlyMap<string, OutputFormat> = new Map([
  ['md', 'md'],
  ['markdown', 'md'],
  ['json', 'json'],
  ['html', 'html'],
  ['htm', 'html'],
  ['csv', 'csv'],
]);
const EXTENSIONS: ReadonlyMap<string, OutputFormat> = new Map([
  ['.md', 'md'],
  ['.markdown', 'md'],
  ['.json', 'json'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.csv', 'csv'],
]);
const LABELS: Readonly<Record<OutputFormat, string>> = {
  md: 'Markdown',
  json: 'JSON',
  html: 'HTML',
  csv: 'CSV',
};

/**
 * The report format: `--format` if given, else from the output file's extension, else Markdown.
 * An unknown format, or an output extension Parallax does not write, is a usage error.
 * @example
 * reportFormat(undefined, 'report.html'); // 'html'
 */
export function reportFormat(format: string | undefined, output: string | undefined): OutputFormat {
  if (format !== undefined) {
    const named = FORMAT_NAMES.get(format.toLowerCase());
    if (!named) throw new UsageError(`unknown format "${format}" (md, json, html or csv)`);
    return named;
  }
  const extension = output === undefined ? '' : extname(output).toLowerCase();
  if (!extension) return 'md';
  const inferred = EXTENSIONS.get(extension);
  if (!inferred)
    throw new UsageError(
      `cannot tell the report format from "${output}" (name it .md, .json, .html or .csv, or pass --format)`,
    );
  return inferred;
}

const TABLE_LIST = CSV_TABLES.join(', ');

/**
 * The text of a report as `choice` asks, loading only that renderer: Markdown, the default, needs none
 * of the story page's HTML, script and style (a tenth of a cold `parallax story`'s CPU time), a CSV
 * table none of either.
 */
export async function renderOutput(report: Report, choice: OutputChoice): Promise<string> {
  if (choice.format === 'csv')
    return (await import('../report/csv/index.ts')).renderCsv(report, choice.table);
  if (choice.format === 'md') return (await import('../report/markdown.ts')).renderMarkdown(report);
  return (await import('../report/index.ts')).renderReport(report, choice.format);
}

/** What a report command writes: its format (`reportFormat`) and, for CSV, the table. */
export type OutputChoice =
  | { readonly format: ReportFormat; readonly table?: undefined }
  | { readonly format: 'csv'; readonly table: CsvTableName };

/**
 * The format and table of `--format`, `-o` and `--table`: `--table` alone (no --format, no -o
 * extension) is CSV; CSV (named, or a .csv output) without `--table`, `--table` with another
 * format, or a table that is none of `CSV_TABLES` is a usage error naming the tables.
 * @example
 * outputChoice(undefined, 'facts.csv', 'coverage'); // { format: 'csv', table: 'coverage' }
 */
export function outputChoice(
  format: string | undefined,
  output: string | undefined,
  table: string | undefined,
): OutputChoice {
  const bare = format === undefined && (output === undefined || !extname(output));
  const chosen = table !== undefined && bare ? 'csv' : reportFormat(format, output);
  if (chosen !== 'csv') {
    if (table !== undefined)
      throw new UsageError(`--table writes CSV, not ${LABELS[chosen]} (drop --table, or use --format csv)`);
    return { format: chosen };
  }
  if (table === undefined) throw new UsageError(`CSV is one table: add --table with one of ${TABLE_LIST}`);
  if (!isCsvTable(table)) throw new UsageError(`unknown table "${table}" (${TABLE_LIST})`);
  return { format: 'csv', table };
}

/** What the final line counts in a report. */
export interface ReportCounts {
  readonly stories: readonly unknown[];
  readonly articles: readonly unknown[];
  readonly issues: readonly Pick<Issue, 'severity' | 'code' | 'source'>[];
}

/**
 * The one line a finished `analyze` prints on stderr: what was written where, how many stories,
 * articles and skipped inputs it covers, and the files of other types its folders held (a .pdf among
 * the articles is passed over; the line says so, not only the report's problems).
 * @example
 * finalLine(report, 'html', 'report.html'); // 'wrote report.html (HTML): 2 stories from 7 articles'
 */
export function finalLine(
  report: ReportCounts,
  format: OutputFormat,
  output: string | undefined,
  table?: string,
): string {
  const what = table ? `${LABELS[format]}, the ${table} table` : LABELS[format];
  const where = output
    ? `${output} (${what})`
    : table
      ? `the ${table} table as ${LABELS[format]} to standard output`
      : `the ${LABELS[format]} report to standard output`;
  const skipped = report.issues.filter((issue) => issue.severity === 'error').length;
  const other = passedOver(report.issues);
  return (
    `wrote ${where}: ${count(report.stories.length, 'story', 'stories')} from ` +
    `${count(report.articles.length, 'article', 'articles')}` +
    (skipped ? `; ${count(skipped, 'input', 'inputs')} skipped` : '') +
    (other ? `; ${other}` : '')
  );
}

/**
 * The warning of an LLM rewrite that failed for some stories (a dead or refusing server, its budget
 * run out), so that a run asked to rewrite does not end as if it had: how many summaries stay
 * extractive, and the first reason (every one is in the report's problems). Null when none failed.
 * @example
 * rewriteWarning(2, report.issues); // 'warning: 2 story summaries not rewritten, left extractive; first: …'
 */
export function rewriteWarning(
  failedStories: number,
  issues: readonly Pick<Issue, 'code' | 'message'>[],
): string | null {
  if (!failedStories) return null;
  const first = issues.find((issue) => issue.code === 'llm/unavailable' || issue.code === 'llm/budget');
  return (
    `warning: ${count(failedStories, 'story summary', 'story summaries')} not rewritten, left extractive` +
    (first ? `; first: ${first.message}` : '')
  );
}

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * The `--verbose` lines: for each story, how its facts stand in the articles other than each fact's own
 * (✓ ✗ ◷ marks, and ↻ where an article's own update gave a value anew) and the self-check of
 * its citations (how many cited supporters hold every number and date of what they are cited for and
 * give its quotation to no other person), each pair that fails it by its two sentences' first words
 * ("s3: self-check fails: [a4] “Seventeen people died …” is cited to [a2] “…”"), then the whole run's.
 * @example
 * selfCheckLines(report); // ['s1: 20 facts (other articles: 12 ✓, 1 ✗, 0 ◷); …; self-check 34 of 34 cited supporters (100%)', …]
 */
export function selfCheckLines(report: Report): string[] {
  const texts = new Map(report.articles.map((a) => [a.id, a.text]));
  // a cited sentence as the line names it: [a2] “Seven people died …” (its first words)
  const quoted = (e: Evidence) => {
    const text = (texts.get(e.articleId) ?? '').slice(e.span.start, e.span.end).replace(/\s+/g, ' ').trim();
    const words = text.split(' ');
    return `[${e.articleId}] “${words.length > 12 ? `${words.slice(0, 12).join(' ')} …` : text}”`;
  };
  const pct = (c: SelfCheck) => (c.share === null ? 'nothing cited' : `${Math.round(c.share * 1000) / 10}%`);
  const lines = report.stories.map((story) => {
    const marks = { supports: 0, contradicts: 0, 'published-before': 0, absent: 0, updated: 0 };
    // a ✓ on a claim some article tells disputed is counted apart: it supports a contested claim
    let onDisputed = 0;
    const disputed = story.facts.filter((f) => f.disputes?.length).length;
    // the marks of the articles other than the fact's own (evidence[0], the claim itself): its own always
    // supports it; an earlier value its article's own update gave anew is ↻, as the coverage table has it
    for (const fact of story.facts) {
      const own = fact.evidence[0]?.articleId;
      for (const [id, m] of Object.entries(fact.coverage))
        if (id !== own) {
          marks[m.told === 'updated' ? 'updated' : m.mark]++;
          if (m.mark === 'supports' && m.told !== 'updated' && fact.disputes?.length) onDisputed++;
        }
    }
    const apart = disputed
      ? ` (${onDisputed} of them on ${count(disputed, 'disputed claim', 'disputed claims')})`
      : '';
    const updated = marks.updated ? `, ${marks.updated} ↻` : '';
    return [
      `${story.id}: ${count(story.facts.length, 'fact', 'facts')} (other articles: ${marks.supports} ✓${apart}, ${marks.contradicts} ✗, ` +
        `${marks['published-before']} ◷${updated}); self-check ${story.check.holding} of ${story.check.pairs} cited supporters ` +
        `hold every number and date of their claim, its quotation given to no other person (${pct(story.check)})`,
      // each pair that does not hold: the sentence cited for, and the cited one
      ...(story.check.failing ?? []).map(
        ({ claim, evidence }) =>
          `${story.id}: self-check fails: ${quoted(claim)} is cited to ${quoted(evidence)}`,
      ),
    ];
  });
  return [
    ...lines.flat(),
    `self-check, all stories: ${report.check.holding} of ${report.check.pairs} (${pct(report.check)})`,
  ];
}

/**
 * One line a page given in two versions (saved before and after its correction), of which `analyze`
 * read the later (stages/syndicate/versions.ts): "a08.html (left out) is an earlier version of a2 (a09.html), …";
 * the message names both, the left-out one by its file and the one read by its report id.
 */
export function earlierVersionLines(issues: readonly Issue[]): string[] {
  return issues.filter((issue) => issue.code === 'syndicate/earlier-version').map((issue) => issue.message);
}
