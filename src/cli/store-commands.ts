// The store's commands: ingest, stories, story, search, articles, stats (changes and article:
// changes-command.ts). Loaded by index.ts only when
// one of them runs; the pipeline and the database driver load only when the command needs them.
import { parseArgs } from 'node:util';
import { collectInputs, UsageError } from '../io/files.ts';
import { noArticlesIn } from '../io/no-articles.ts';
import { sayRepeated } from '../io/repeated.ts';
import { isoOrNull } from '../store/dates.ts';
import type { IngestProgress } from '../store/ingest/index.ts';
import type { ListFilter } from '../store/types.ts';
import { articleTimeoutOption } from './budget.ts';
import { HELP } from './help.ts';
import { ingestStoppedLine, tellingStore } from './ingest-stopped.ts';
import type { InterruptLine } from './interrupted.ts';
import { loadManifest, withManifest, withoutCopies } from './manifest.ts';
import { locationOf, migrationNotes, openExisting } from './open-store.ts';
import { resolveOutlet } from './outlet-name.ts';
import type { Progress, startProgress } from './progress.ts';
import { REPORT_OPTIONS } from './report-options.ts';
import {
  ingestLine,
  keptLine,
  searchLines,
  shownLocation,
  shownStats,
  statsLines,
  storedPageLines,
} from './store-output.ts';
import { listStories, storiesCursor } from './stories-command.ts';
import { runStory } from './story-command.ts';

const EXIT = { ok: 0, usage: 2, partial: 3 } as const;

/** The streams a store command talks to (the CLI's `CliIo`, and the real stderr for a progress bar). */
export interface StoreIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<Uint8Array>;
  readonly progress: boolean;
  readonly progressStream?: Parameters<typeof startProgress>[0]['progressStream'];
  readonly sayIfInterrupted?: (line: string, belowBar?: boolean) => InterruptLine;
}

const DB = { db: { type: 'string' } } as const;
const FILTERS = { since: { type: 'string' }, outlet: { type: 'string' }, limit: { type: 'string' } } as const;
const FORMAT = { format: { type: 'string', short: 'f' } } as const;
const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

/** Run one store command on its arguments; returns the exit status (errors are thrown, as UsageError for bad input). */
export async function runStoreCommand(
  command: string,
  args: readonly string[],
  io: StoreIo,
): Promise<number> {
  if (command === 'ingest') return runIngest(args, io);
  if (command === 'changes' || command === 'article')
    return (await import('./changes-command.ts')).runChangesCommand(command, args, io);
  if (command === 'export') return (await import('./export-command.ts')).runExport(args, io);
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      ...HELP_OPTION,
      ...DB,
      ...FILTERS,
      ...FORMAT,
      output: { type: 'string', short: 'o' },
      table: { type: 'string' },
      ...REPORT_OPTIONS,
      versions: { type: 'boolean' },
      verbose: { type: 'boolean', short: 'v' },
      // (every command takes -q as analyze, ingest and serve do: story leaves out its final line)
      quiet: { type: 'boolean', short: 'q' },
      sort: { type: 'string' },
      after: { type: 'string' },
    },
  });
  if (values.help) {
    io.stdout(HELP[command as keyof typeof HELP]);
    return EXIT.ok;
  }
  const wantsPositional = command === 'story' || command === 'search';
  // one argument given, but blank: it was quoted, so "quote it" would not help
  if (wantsPositional && positionals.length === 1 && !positionals[0]?.trim())
    throw new UsageError(
      `${command} takes a ${command === 'story' ? 'story id' : 'query'}, not an empty one (see parallax ${command} --help)`,
    );
  if (wantsPositional && positionals.length !== 1)
    throw new UsageError(
      `${command} takes one ${command === 'story' ? 'story id' : 'query (quote it)'} (see parallax ${command} --help)`,
    );
  if (!wantsPositional && positionals.length)
    throw new UsageError(
      `${command} takes no arguments, got "${positionals[0]}" (see parallax ${command} --help)`,
    );
  for (const option of ['output', 'table', 'summary-words', 'terms', 'outlets'] as const)
    if (values[option] !== undefined && command !== 'story')
      throw new UsageError(`${command} has no --${option} option`);
  if (values.versions && command !== 'articles') throw new UsageError(`${command} has no --versions option`);
  if (values.verbose && command !== 'story') throw new UsageError(`${command} has no --verbose option`);
  for (const option of ['sort', 'after'] as const)
    if (values[option] !== undefined && command !== 'stories')
      throw new UsageError(`${command} has no --${option} option`);
  if (values.sort !== undefined && values.sort !== 'newest' && values.sort !== 'outlets')
    throw new UsageError(`--sort takes newest or outlets, not "${values.sort}"`);
  const given = filterOf(values);
  if (command === 'stories') storiesCursor(values);
  const store = await openExisting(values.db, command === 'story');
  try {
    const target = positionals[0] as string;
    // --outlet "patriot daily" for "The Patriot Daily", or the known names where it matches none
    const { filter, line, names } =
      given.outlet === undefined ? { filter: given } : await resolveOutlet(store, given);
    // articles says the names in its own line of no match
    if (line && !values.quiet && !(names && command === 'articles')) io.stderr(`parallax: ${line}\n`);
    if (command === 'stories') {
      const format = listFormat(values.format, ['md', 'json']);
      await listStories(store, filter, values, format, io);
    } else if (command === 'story') return await runStory(store, target, values, io);
    else if (command === 'search') {
      const format = listFormat(values.format, ['text', 'json']);
      const hits = await store.search(target, filter);
      io.stdout(format === 'json' ? `${JSON.stringify(hits, null, 2)}\n` : searchLines(target, hits));
    } else if (command === 'articles') {
      // json, as every other read command takes it: one array, an article a line, written as read
      const format = listFormat(values.format, ['text', 'jsonl', 'json']);
      const { listArticles, noArticlesLine } = await import('./articles-command.ts');
      if (!(await listArticles(store, filter, format, values.versions === true, io.stdout)))
        io.stderr(`parallax: ${noArticlesLine(filter)}${names ? `; ${names}` : ''}\n`);
    } else {
      const format = listFormat(values.format, ['text', 'json']);
      const [stats, [latest]] = await Promise.all([store.stats(), store.stories({ limit: 1 })]);
      const shown = shownStats(stats, latest);
      io.stdout(format === 'json' ? `${JSON.stringify(shown, null, 2)}\n` : statsLines(shown));
    }
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

async function runIngest(args: readonly string[], io: StoreIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      ...HELP_OPTION,
      ...DB,
      manifest: { type: 'string' },
      reports: { type: 'boolean' },
      jobs: { type: 'string', short: 'j' },
      'article-timeout': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      format: { type: 'string', short: 'f' },
    },
  });
  if (values.help) {
    io.stdout(HELP.ingest);
    return EXIT.ok;
  }
  // the run's summary on stdout, as fetch --format json gives its own
  const format = listFormat(values.format, ['text', 'json']);
  if (!positionals.length)
    throw new UsageError('ingest needs at least one file or folder, or - (see parallax ingest --help)');
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0))
    throw new UsageError('--jobs takes a whole number above 0');
  const timeout = articleTimeoutOption(values['article-timeout']);
  const inputs = await collectInputs(
    positionals,
    io.readStdin,
    values.manifest ? { manifest: values.manifest } : {},
  );
  sayRepeated(inputs.repeated, io.stderr, values.quiet);
  // no file to read: said before a store is opened, so none is created for nothing
  if (!inputs.files.length) throw noArticlesIn(positionals, inputs.issues);
  const manifest = await loadManifest(values.manifest, inputs, io.stderr, values.quiet);
  const options = withManifest(timeout, manifest);
  const files = withoutCopies(inputs.files, manifest, io.stderr, values.quiet);
  const [{ createContext }, { ingestInto, refreshStale }, { openStore }, { startProgress }] =
    await Promise.all([
      import('../model/index.ts'),
      import('../store/ingest/index.ts'),
      import('../store/index.ts'),
      // the progress bar's library loads only for ingest: the read commands start faster without it
      import('./progress.ts'),
    ]);
  const location = await locationOf(values.db);
  const store = await openStore(location, migrationNotes());
  try {
    const ctx = createContext({ now: new Date(), issues: inputs.issues });
    const bar: Progress | null = values.quiet
      ? null
      : startProgress(io, files.length, 'articles', 'reading and cleaning the first files');
    const tally = (p: IngestProgress) => `${p.inserted} new, ${p.duplicates} already stored`;
    // Ctrl-C from here says what the store holds of the run, as fetch's stop does
    const note = io.sayIfInterrupted?.(
      `parallax: ${ingestStoppedLine({ stored: 0, unplaced: 0 })}`,
      bar !== null,
    );
    const summary = await ingestInto(
      note ? tellingStore(store, note.say) : store,
      files,
      {
        analyze: options,
        ...(jobs === undefined ? {} : { jobs }),
        // counted in articles (a bundle's records), not files: a 5,000-line JSONL file is no one step
        onStart: (p) => bar?.update(0, 'reading and cleaning the first files', p.totalRecords),
        onBatch: (p) => bar?.update(p.records, tally(p), p.totalRecords),
        onGrouping: (p) => bar?.update(p.records, `grouping into stories; ${tally(p)}`, p.totalRecords),
      },
      ctx,
    ).finally(() => note?.done());
    bar?.stop();
    const skipped = ctx.issues.filter((i) => i.severity === 'error');
    for (const issue of skipped) io.stderr(`parallax: skipped ${issue.message}\n`);
    const kept = keptLine(ctx.issues);
    if (kept) io.stderr(kept);
    for (const line of storedPageLines(ctx.issues)) io.stderr(line);
    if (!summary.articles) throw noArticlesIn(positionals, ctx.issues);
    const notStored = ctx.issues.filter((i) => i.code === 'ingest/undated-at-address').length;
    if (!values.quiet) io.stderr(`parallax: ${ingestLine(summary, shownLocation(location), notStored)}\n`);
    if (format === 'json') io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
    if (values.reports) {
      const reports = values.quiet ? null : startProgress(io, 0, 'story reports');
      const done = await refreshStale(store, options, createContext({ now: new Date() }), {
        onStory: (n, total) => reports?.update(n, 'oldest change first', total),
      });
      reports?.stop();
      if (!values.quiet) io.stderr(`parallax: computed ${done} story ${done === 1 ? 'report' : 'reports'}\n`);
    }
    return skipped.length ? EXIT.partial : EXIT.ok;
  } finally {
    await store.close();
  }
}

// --since, --outlet and --limit as a store filter; a bad value is a usage error.
function filterOf(values: { since?: string; outlet?: string; limit?: string }): ListFilter {
  const since = values.since === undefined ? undefined : isoOrNull(values.since);
  if (since === null) throw new UsageError(`--since takes a date such as 2025-03-01, not "${values.since}"`);
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
    throw new UsageError('--limit takes a whole number above 0');
  return {
    ...(since ? { since } : {}),
    ...(values.outlet ? { outlet: values.outlet } : {}),
    ...(limit ? { limit } : {}),
  };
}

function listFormat<T extends string>(format: string | undefined, allowed: readonly T[]): T {
  const chosen = (format?.toLowerCase() ?? allowed[0]) as T;
  if (!allowed.includes(chosen)) throw new UsageError(`unknown format "${format}" (${allowed.join(' or ')})`);
  return chosen;
}
