// The fetch commands: fetch here; watch (watch-command.ts), sources and reextract
// (fetch-state-commands.ts). Loaded by index.ts only when one of them runs.
import { parseArgs } from 'node:util';
import { UsageError } from '../io/files.ts';
import { FETCH_HELP } from './fetch-help.ts';
import {
  fetcherOptions,
  formatOf,
  jobsOf,
  loadSources,
  locationOf,
  POLITENESS,
  refusePrivateArgs,
  SELECTION,
  saveSources,
  selectionOf,
  targetsOf,
  withStore,
} from './fetch-options.ts';
import { FETCH_EXIT as EXIT, type FetchIo, fetchLine, newFailures, requestLine } from './fetch-output.ts';
import { runReextract, runSources } from './fetch-state-commands.ts';
import { type Progress, startProgress } from './progress.ts';
import { untilStopped } from './stop-signals.ts';
import { shownLocation } from './store-output.ts';
import { runWatch } from './watch-command.ts';

export type { FetchIo } from './fetch-output.ts';

/** Run one fetch command; returns the exit status (bad input throws UsageError). */
export async function runFetchCommand(
  command: string,
  args: readonly string[],
  io: FetchIo,
): Promise<number> {
  if (command === 'fetch') return runFetch(args, io);
  if (command === 'watch') return runWatch(args, io);
  if (command === 'sources') return runSources(args, io);
  return runReextract(args, io);
}

async function runFetch(args: readonly string[], io: FetchIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      ...POLITENESS,
      ...SELECTION,
      sources: { type: 'string' },
      format: { type: 'string', short: 'f' },
    },
  });
  if (values.help) {
    io.stdout(FETCH_HELP.fetch);
    return EXIT.ok;
  }
  const format = formatOf(values.format);
  const sources = values.sources ? await loadSources(values.sources) : [];
  if (!positionals.length && !sources.length)
    throw new UsageError('fetch needs a URL, a file of URLs or --sources (see parallax fetch --help)');
  const options = await fetcherOptions(values);
  const jobs = jobsOf(values.jobs);
  const selection = await selectionOf(values);
  const targets = await targetsOf(positionals, sources);
  refusePrivateArgs(positionals, options.allowPrivate === true);
  const location = await locationOf(values.db);
  const [{ createFetcher }, { fetchInto }, { createContext }] = await Promise.all([
    import('../fetch/fetcher.ts'),
    import('../fetch/run.ts'),
    import('../model/index.ts'),
  ]);
  const log = values.quiet ? () => {} : (m: string) => io.stderr(`parallax: ${m}\n`);
  // Ctrl-C (or SIGTERM) stops the run between pages, as it stops watch (`untilStopped`)
  const stop = new AbortController();
  const summary = await untilStopped(
    log,
    (signal) => stop.abort(signal),
    () =>
      withStore(location, async (store) => {
        await saveSources(store, sources);
        // -v: each request as it is answered (even with -q)
        const fetcher = createFetcher({
          ...options,
          log,
          ...(values.verbose ? { onRequest: (r) => io.stderr(`parallax: ${requestLine(r)}\n`) } : {}),
        });
        const bar: Progress | null = values.quiet ? null : startProgress(io, 0, 'pages');
        try {
          return await fetchInto(
            store,
            targets,
            {
              fetcher,
              jobs,
              ...selection,
              signal: stop.signal,
              onProgress: (p) => bar?.update(p.pages, `${p.stored} new, ${p.failed} failed`, p.totalPages),
            },
            createContext({ now: new Date() }),
          );
        } finally {
          bar?.stop();
          await fetcher.close();
        }
      }),
  );
  if (!values.quiet) {
    for (const e of summary.errors) if (!e.known) io.stderr(`parallax: ${e.url}: ${e.error}\n`);
    for (const n of summary.notes) io.stderr(`parallax: ${n.url}: ${n.note}\n`);
    const stopped = stop.signal.aborted ? 'stopped before the end (run it again for the rest): ' : '';
    io.stderr(`parallax: ${stopped}${fetchLine(summary, shownLocation(location))}\n`);
  }
  if (format === 'json') io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  // stopped by a signal: the shell's status for it (130 for Ctrl-C), as an unhandled signal gave
  if (stop.signal.aborted) return stop.signal.reason === 'SIGINT' ? EXIT.interrupted : EXIT.terminated;
  return newFailures(summary) ? EXIT.partial : EXIT.ok;
}
