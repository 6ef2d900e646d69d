// `parallax export`: one table of every stored story's report, joined under one header, as CSV or
// JSON lines, for a paper's data (a part of the store's commands, loaded only when it runs).
import { parseArgs } from 'node:util';
import { UsageError } from '../io/files.ts';
import { checkWritable, writeFileAtomicFrom } from '../io/write-file.ts';
import { CSV_TABLES, type CsvTableName, isCsvTable } from '../report/csv/names.ts';
import type { CsvValue } from '../report/csv/writer.ts';
import { isoOrNull } from '../store/dates.ts';
import { parseCursor, storyListPage } from '../store/story-cursor.ts';
import type { ListFilter, Store, StoryCursor, StorySummary } from '../store/types.ts';
import { openExisting } from './open-store.ts';
import { resolveOutlet } from './outlet-name.ts';
import type { startProgress } from './progress.ts';
import { plural } from './store-output.ts';

/** `parallax export --help`. */
export const EXPORT_HELP = `Usage: parallax export --table <name> [options]

One table of every stored story's report, under one header: the tables of parallax story --table
(articles, coverage, quotes, framing, tone; each column in docs/usage.md, each table with the
outlet's leaning as your manifest gave it), a story's rows after another's, newest change first. A
story whose report is stale is computed and kept, as parallax story does. Fact and quote ids are
made from what they say: they stay when a story grows.

Options:
      --db <path|url>          the store (default ./parallax.db, or PARALLAX_DB)
      --table <name>           the table: ${CSV_TABLES.join(', ')}
  -f, --format <csv|jsonl>     CSV (RFC 4180; the default, but with -o *.jsonl) or JSON lines:
                               one object a row, keyed by the CSV's column names
  -o, --output <file>          write it to a file (written whole, or not at all)
      --since <date>           only stories with an article published on or after the date
      --outlet <name>          only stories with an article of this outlet (its whole name in any
                               case; "patriot daily" finds "The Patriot Daily", else the known
                               outlets are listed)
  -q, --quiet                  no progress bar or final line on standard error
  -h, --help                   this help

Examples:
  parallax export --table coverage -o coverage.csv
  parallax export --table quotes -f jsonl --since 2026-11-01 > quotes.jsonl
`;

/** The streams `export` talks to (the store commands' `StoreIo`: a progress bar on a terminal). */
type ExportIo = Parameters<typeof startProgress>[0] & {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdoutTerminal?: boolean;
};

// Stories read from the list at a time.
const PAGE = 200;

/** `parallax export`: returns the exit status (bad input throws UsageError). */
export async function runExport(args: readonly string[], io: ExportIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      table: { type: 'string' },
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      since: { type: 'string' },
      outlet: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(EXPORT_HELP);
    return 0;
  }
  if (positionals.length)
    throw new UsageError(`export takes no arguments, got "${positionals[0]}" (see parallax export --help)`);
  const table = values.table;
  if (table === undefined) throw new UsageError(`export needs --table: ${CSV_TABLES.join(', ')}`);
  if (!isCsvTable(table)) throw new UsageError(`unknown table "${table}" (${CSV_TABLES.join(', ')})`);
  const format = (values.format ?? (values.output?.endsWith('.jsonl') ? 'jsonl' : 'csv')).toLowerCase();
  if (format !== 'csv' && format !== 'jsonl')
    throw new UsageError(`unknown format "${values.format}" (csv or jsonl)`);
  const since = values.since === undefined ? undefined : isoOrNull(values.since);
  if (since === null) throw new UsageError(`--since takes a date such as 2025-03-01, not "${values.since}"`);
  const output = values.output === '-' ? undefined : values.output;
  if (output) await checkWritable(output);
  // it keeps the reports it computes, as parallax story does
  const store = await openExisting(values.db, true);
  try {
    const given = { ...(since ? { since } : {}), ...(values.outlet ? { outlet: values.outlet } : {}) };
    // --outlet "patriot daily" for "The Patriot Daily", or the known names where it matches none
    const { filter, line } =
      given.outlet === undefined ? { filter: given } : await resolveOutlet(store, given);
    if (line && !values.quiet) io.stderr(`parallax: ${line}\n`);
    const stories = await allStories(store, filter);
    const csv = await import('../report/csv/index.ts');
    const header = csv.tableHeader(table);
    // the table a story at a time, written as each report is read: no story's rows are held after
    // it (a file still appears whole, once written: writeFileAtomicFrom)
    let rows = 0;
    const fill = async (write: (text: string) => void) => {
      if (format === 'csv') write(csv.csvTable(header, []));
      // no bar where the rows go to the same terminal: they would cut through it
      const bar = values.quiet || (!output && io.stdoutTerminal) ? null : io;
      rows = await eachStoryRows(store, stories, table, bar, (part) =>
        write(format === 'jsonl' ? csv.jsonLines(header, part) : csv.csvRows(header, part)),
      );
    };
    if (output) {
      const encoder = new TextEncoder();
      await writeFileAtomicFrom(output, (write) => fill((text) => write(encoder.encode(text))));
    } else await fill(io.stdout);
    const computed = stories.filter((s) => s.reportStale || !s.reportReadable).length;
    if (!values.quiet)
      io.stderr(
        `parallax: the ${table} table of ${plural(stories.length, 'story', 'stories')} (${computed} computed), ${plural(rows, 'row')}${output ? `, written to ${output}` : ''}\n`,
      );
  } finally {
    await store.close();
  }
  return 0;
}

// Every story of the list that passes the filter, page by page (newest change first).
async function allStories(store: Store, filter: ListFilter): Promise<StorySummary[]> {
  const out: StorySummary[] = [];
  let after: StoryCursor | undefined;
  for (;;) {
    const page = await storyListPage(store, { ...filter, ...(after ? { after } : {}) }, PAGE);
    out.push(...page.stories);
    const cursor = page.next === null ? null : parseCursor(page.next);
    if (!cursor) return out;
    after = cursor;
  }
}

// The table's rows of each story's report, handed to `emit` a story at a time in the list's order;
// returns how many. A stale report is computed and kept. A progress bar on a terminal (`io`; null:
// quiet), as computing many reports takes a while.
async function eachStoryRows(
  store: Store,
  stories: readonly StorySummary[],
  table: CsvTableName,
  io: ExportIo | null,
  emit: (rows: CsvValue[][]) => void,
): Promise<number> {
  const [csv, { storyReport }, { createContext }, { withRemovals }, progress] = await Promise.all([
    import('../report/csv/index.ts'),
    import('../store/ingest/index.ts'),
    import('../model/index.ts'),
    import('../store/removed-pages.ts'),
    io ? import('./progress.ts') : null,
  ]);
  const bar =
    io && progress ? progress.startProgress(io, stories.length, 'stories', 'reading reports') : null;
  const ctx = createContext({ now: new Date() });
  let count = 0;
  try {
    for (const [i, story] of stories.entries()) {
      const report = await storyReport(store, story.id, {}, ctx);
      if (report) {
        const { rows } = csv.tableRows(await withRemovals(store, report), table);
        emit(rows);
        count += rows.length;
      }
      bar?.update(i + 1, story.id);
    }
  } finally {
    bar?.stop();
  }
  return count;
}
