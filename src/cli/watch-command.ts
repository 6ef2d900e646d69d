// The watch command: poll the sources as they fall due until stopped. Loaded with fetch-commands.ts.
import { parseArgs } from 'node:util';
import type { RunError } from '../fetch/run.ts';
import { UsageError } from '../io/files.ts';
import { dueAt } from './due-at.ts';
import { FETCH_HELP } from './fetch-help.ts';
import {
  durationOf,
  fetcherOptions,
  jobsOf,
  loadSources,
  locationOf,
  POLITENESS,
  SELECTION,
  saveSources,
  selectionOf,
  withStore,
} from './fetch-options.ts';
import { FETCH_EXIT as EXIT, type FetchIo, fetchLine, newFailures, requestLine } from './fetch-output.ts';
import { shellWord } from './shell-word.ts';
import { untilStopped, whenOrphaned } from './stop-signals.ts';
import { shownLocation } from './store-output.ts';

/** A log line's time: "2026-12-06 23:17:05 UTC". */
export const stampOf = (at: Date): string => `${at.toISOString().slice(0, 19).replace('T', ' ')} UTC`;

/**
 * How a watcher says a round's errors: a feed's own warning (its URL is one of `feeds`: an unreadable
 * item, the feed's failure) once while later rounds repeat it, and again once a round that polled the
 * feed (`polled`, its URLs) went without it: a feed that timed out at 02:00, answered at 03:00 and
 * timed out at 05:00 is said at 02:00 and 05:00; a page's failure at each attempt. A problem an
 * earlier run told (`known`: an item without a link; a feed read in full only when it changed tells
 * it at some polls only) is said once per process, and so is a note (`notes`: an item's unreadable
 * date, told again at every poll that reads the feed in full), after the round's errors.
 */
export function errorSayer(
  feeds: ReadonlySet<string>,
  log: (line: string) => void,
): (
  errors: readonly RunError[],
  polled: ReadonlySet<string>,
  notes?: readonly { readonly url: string; readonly note: string }[],
) => void {
  // each feed warning said, by its line, with its feed's URL; the lines said that are or become known
  const said = new Map<string, string>();
  const saidKnown = new Set<string>();
  return (errors, polled, notes = []) => {
    const round = new Set<string>();
    const told = [...errors, ...notes.map((n) => ({ url: n.url, error: n.note, known: true }))];
    for (const { url, error, known } of told) {
      const line = `${url}: ${error}`;
      round.add(line);
      if (known) {
        if (!saidKnown.has(line)) log(line);
        saidKnown.add(line);
      } else if (!(feeds.has(url) && said.has(line))) {
        // (a feed's warning said before it is known is not said again as known)
        if (feeds.has(url)) {
          said.set(line, url);
          saidKnown.add(line);
        }
        log(line);
      }
    }
    for (const [line, url] of said) if (polled.has(url) && !round.has(line)) said.delete(line);
  };
}

/** `parallax watch`: returns the exit status once stopped (bad input throws UsageError). */
export async function runWatch(args: readonly string[], io: FetchIo): Promise<number> {
  // the process that started watch, before the sources and the store take their time
  const parent = process.ppid;
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      ...POLITENESS,
      ...SELECTION,
      sources: { type: 'string' },
      every: { type: 'string' },
      once: { type: 'boolean' },
      'recheck-days': { type: 'string' },
    },
  });
  if (values.help) {
    io.stdout(FETCH_HELP.watch);
    return EXIT.ok;
  }
  if (positionals.length)
    throw new UsageError(`watch takes no arguments, got "${positionals[0]}" (see parallax watch --help)`);
  if (!values.sources) throw new UsageError('watch needs --sources <file> (see parallax watch --help)');
  const sourcesFile = values.sources;
  const sources = await loadSources(sourcesFile);
  const { MIN_EVERY_MS } = await import('../fetch/patterns.ts');
  const every = await durationOf('every', values.every, MIN_EVERY_MS);
  const recheckDays = values['recheck-days'] === undefined ? undefined : Number(values['recheck-days']);
  if (recheckDays !== undefined && !(Number.isInteger(recheckDays) && recheckDays > 0 && recheckDays <= 30))
    throw new UsageError('--recheck-days takes a whole number of days from 1 to 30');
  const options = await fetcherOptions(values);
  const jobs = jobsOf(values.jobs);
  const selection = await selectionOf(values);
  const location = await locationOf(values.db);
  const [{ createFetcher }, { watchSources }, { createContext }] = await Promise.all([
    import('../fetch/fetcher.ts'),
    import('../fetch/watch.ts'),
    import('../model/index.ts'),
  ]);
  // a watcher runs for hours into a log: each line says when (UTC), and a feed's own warning (an item
  // without a link, an unreadable date) repeated round after round is said once; a page's failure is
  // said at each attempt
  const log = values.quiet ? () => {} : (m: string) => io.stderr(`parallax: ${stampOf(new Date())} ${m}\n`);
  const sayError = errorSayer(new Set(sources.flatMap((source) => source.urls)), log);
  const stop = new AbortController();
  // a round of --once with a failed page or feed ends as a fetch does: exit 3 (a cron job can tell)
  let failed = false;
  // started by npm (npx): killing npx ends the shell it ran watch in without passing the signal on,
  // and watch polled on, orphaned; it stops as on SIGTERM once that process is gone (as serve does;
  // only under npm: `nohup parallax watch &` outlives its shell on purpose)
  if (process.env.npm_command !== undefined)
    whenOrphaned(parent, () => {
      log('the npm (npx) process that started watch ended: stopping after the pages in hand are stored');
      stop.abort();
    });
  await untilStopped(
    log,
    () => stop.abort(),
    () =>
      withStore(location, async (store) => {
        await saveSources(store, sources);
        // -v: each request as it is answered, with its time (even with -q)
        const fetcher = createFetcher({
          ...options,
          log,
          ...(values.verbose
            ? { onRequest: (r) => io.stderr(`parallax: ${stampOf(new Date())} ${requestLine(r)}\n`) }
            : {}),
        });
        try {
          await watchSources(
            store,
            sources,
            {
              fetcher,
              jobs,
              ...selection,
              signal: stop.signal,
              once: values.once === true,
              ...(recheckDays === undefined ? {} : { recheckDays }),
              ...(every === undefined ? {} : { everyMs: every }),
              onRound: (polled, summary, nextAt) => {
                const at = dueAt(nextAt, Date.now());
                // --once polls no more: it says when a run would find a source due (a refused feed
                // is not stored as checked: the next start polls it at once)
                const next = !values.once
                  ? `next poll at ${at}`
                  : nextAt <= Date.now()
                    ? 'due again at the next start'
                    : `due again at ${at}`;
                if (summary) {
                  if (newFailures(summary)) failed = true;
                  sayError(
                    summary.errors,
                    new Set(sources.filter((s) => polled.includes(s.name)).flatMap((s) => s.urls)),
                    summary.notes,
                  );
                  const done = fetchLine(summary, shownLocation(location));
                  // a round cut short by Ctrl-C polled its sources only in part, and no poll comes next
                  if (stop.signal.aborted)
                    log(
                      `stopped during the round of ${polled.join(', ')} (due again at the next start): ${done}`,
                    );
                  else log(`polled ${polled.join(', ')}: ${done}; ${next}`);
                } else
                  log(
                    // --once cannot poll early (the due times are the store's); fetch --sources can
                    values.once
                      ? `nothing due before ${at}; to poll now: parallax fetch --sources ${shellWord(sourcesFile)} (with the same options)`
                      : `nothing due; ${next}`,
                  );
              },
            },
            () => createContext({ now: new Date() }),
          );
        } finally {
          await fetcher.close();
        }
      }),
  );
  return values.once && failed ? EXIT.partial : EXIT.ok;
}
