import { extname } from 'node:path';
import { UsageError } from '../io/files.ts';
import { passedOver } from '../io/no-articles.ts';
import type { Issue, Report, SelfCheck } from '../model/index.ts';
import type { ReportFormat } from '../report/index.ts';

// The report formats by name and by the output file's extension.
// Maps, not object literals: "constructor" or "__proto__" is no format.
const FORMAT_NAMES: ReadonlyMap<string, ReportFormat> = new Map([
  ['md', 'md'],
  ['markdown', 'md'],
  ['json', 'json'],
  ['html', 'html'],
  ['htm', 'html'],
]);
const EXTENSIONS: ReadonlyMap<string, ReportFormat> = new Map([
  ['.md', 'md'],
  ['.markdown', 'md'],
  ['.json', 'json'],
  ['.html', 'html'],
  ['.htm', 'html'],
]);
const LABELS: Readonly<Record<ReportFormat, string>> = { md: 'Markdown', json: 'JSON', html: 'HTML' };

/**
 * The report format: `--format` if given, else from the output file's extension, else Markdown.
 * An unknown format, or an output extension Parallax does not write, is a usage error.
 * @example
 * reportFormat(undefined, 'report.html'); // 'html'
 */
export function reportFormat(format: string | undefined, output: string | undefined): ReportFormat {
  if (format !== undefined) {
    const named = FORMAT_NAMES.get(format.toLowerCase());
    if (!named) throw new UsageError(`unknown format "${format}" (md, json or html)`);
    return named;
  }
  const extension = output === undefined ? '' : extname(output).toLowerCase();
  if (!extension) return 'md';
  const inferred = EXTENSIONS.get(extension);
  if (!inferred)
    throw new UsageError(
      `cannot tell the report format from "${output}" (name it .md, .json or .html, or pass --format)`,
    );
  return inferred;
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
export function finalLine(report: ReportCounts, format: ReportFormat, output: string | undefined): string {
  const where = output ? `${output} (${LABELS[format]})` : `the ${LABELS[format]} report to standard output`;
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
 * give its quotation to no other person),
 * then the whole run's.
 * @example
 * selfCheckLines(report); // ['s1: 20 facts (other articles: 12 ✓, 1 ✗, 0 ◷); …; self-check 34 of 34 cited supporters (100%)', …]
 */
export function selfCheckLines(report: Report): string[] {
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
    return (
      `${story.id}: ${count(story.facts.length, 'fact', 'facts')} (other articles: ${marks.supports} ✓${apart}, ${marks.contradicts} ✗, ` +
      `${marks['published-before']} ◷${updated}); self-check ${story.check.holding} of ${story.check.pairs} cited supporters ` +
      `hold every number and date of their claim, its quotation given to no other person (${pct(story.check)})`
    );
  });
  return [
    ...lines,
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
