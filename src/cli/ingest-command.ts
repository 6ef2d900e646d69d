// `parallax ingest`: read files into the store, group them into stories, optionally compute the
// stories' reports. Loaded by store-commands.ts only when ingest runs.
import { parseArgs } from 'node:util';
import { collectInputs, UsageError } from '../io/files.ts';
import { noArticlesIn } from '../io/no-articles.ts';
import { sayRepeated } from '../io/repeated.ts';
import type { IngestProgress } from '../store/ingest/index.ts';
import { articleTimeoutOption } from './budget.ts';
import { HELP } from './help.ts';
import { ingestStoppedLine, tellingStore } from './ingest-stopped.ts';
import { loadManifest, withManifest, withoutCopies } from './manifest.ts';
import { locationOf, migrationNotes } from './open-store.ts';
import type { Progress } from './progress.ts';
import { DB, EXIT, HELP_OPTION, listFormat, type StoreIo } from './store-options.ts';
import { ingestLine, keptLine, sameTextLine, shownLocation, storedPageLines } from './store-output.ts';

/** Run `parallax ingest` on its arguments; returns the exit status (3 when some inputs were skipped). */
export async function runIngest(args: readonly string[], io: StoreIo): Promise<number> {
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
    const same = sameTextLine(ctx.issues);
    if (same && !values.quiet) io.stderr(same);
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
