// The fetch commands: fetch, watch, sources, reextract. Loaded by index.ts only when one of them runs.
import { parseArgs } from 'node:util';
import { UsageError } from '../io/files.ts';
import { FETCH_HELP } from './fetch-help.ts';
import {
  durationOf,
  fetcherOptions,
  formatOf,
  jobsOf,
  loadSources,
  locationOf,
  mustExist,
  POLITENESS,
  SELECTION,
  saveSources,
  selectionOf,
  targetsOf,
  withStore,
} from './fetch-options.ts';
import { fetchLine, healthTable } from './fetch-output.ts';
import { type Progress, startProgress } from './progress.ts';
import { shownLocation } from './store-output.ts';

const EXIT = { ok: 0, usage: 2, partial: 3 } as const;

/** The streams a fetch command talks to. */
export interface FetchIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly progress: boolean;
  readonly progressStream?: Parameters<typeof startProgress>[0]['progressStream'];
}

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
  const location = await locationOf(values.db);
  const [{ createFetcher }, { fetchInto }, { createContext }] = await Promise.all([
    import('../fetch/fetcher.ts'),
    import('../fetch/run.ts'),
    import('../model/index.ts'),
  ]);
  const log = values.quiet ? () => {} : (m: string) => io.stderr(`parallax: ${m}\n`);
  const summary = await withStore(location, async (store) => {
    await saveSources(store, sources);
    const fetcher = createFetcher({ ...options, log });
    const bar: Progress | null = values.quiet ? null : startProgress(io, 0, 'pages');
    try {
      return await fetchInto(
        store,
        targets,
        {
          fetcher,
          jobs,
          ...selection,
          onProgress: (p) => bar?.update(p.pages, `${p.stored} new, ${p.failed} failed`, p.totalPages),
        },
        createContext({ now: new Date() }),
      );
    } finally {
      bar?.stop();
      await fetcher.close();
    }
  });
  if (!values.quiet) {
    for (const e of summary.errors) io.stderr(`parallax: ${e.url}: ${e.error}\n`);
    io.stderr(`parallax: ${fetchLine(summary, shownLocation(location))}\n`);
  }
  if (format === 'json') io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  return summary.failed || summary.errors.length ? EXIT.partial : EXIT.ok;
}

async function runWatch(args: readonly string[], io: FetchIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      ...POLITENESS,
      ...SELECTION,
      sources: { type: 'string' },
      every: { type: 'string' },
      once: { type: 'boolean' },
    },
  });
  if (values.help) {
    io.stdout(FETCH_HELP.watch);
    return EXIT.ok;
  }
  if (positionals.length)
    throw new UsageError(`watch takes no arguments, got "${positionals[0]}" (see parallax watch --help)`);
  if (!values.sources) throw new UsageError('watch needs --sources <file> (see parallax watch --help)');
  const sources = await loadSources(values.sources);
  const { MIN_EVERY_MS } = await import('../fetch/patterns.ts');
  const every = await durationOf('every', values.every, MIN_EVERY_MS);
  const options = await fetcherOptions(values);
  const jobs = jobsOf(values.jobs);
  const selection = await selectionOf(values);
  const location = await locationOf(values.db);
  const [{ createFetcher }, { watchSources }, { createContext }] = await Promise.all([
    import('../fetch/fetcher.ts'),
    import('../fetch/watch.ts'),
    import('../model/index.ts'),
  ]);
  const log = values.quiet ? () => {} : (m: string) => io.stderr(`parallax: ${m}\n`);
  const stop = new AbortController();
  const onSignal = () => {
    log('stopping after the pages in hand are stored');
    stop.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    await withStore(location, async (store) => {
      await saveSources(store, sources);
      const fetcher = createFetcher({ ...options, log });
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
            ...(every === undefined ? {} : { everyMs: every }),
            onRound: (polled, summary, nextAt) => {
              const next = `next poll at ${new Date(nextAt).toISOString().slice(11, 19)} UTC`;
              if (summary) {
                for (const e of summary.errors) log(`${e.url}: ${e.error}`);
                log(`polled ${polled.join(', ')}: ${fetchLine(summary, shownLocation(location))}; ${next}`);
              } else log(`nothing due; ${next}`);
            },
          },
          () => createContext({ now: new Date() }),
        );
      } finally {
        await fetcher.close();
      }
    });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return EXIT.ok;
}

async function runSources(args: readonly string[], io: FetchIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      format: { type: 'string', short: 'f' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(FETCH_HELP.sources);
    return EXIT.ok;
  }
  if (positionals.length) throw new UsageError(`sources takes no arguments, got "${positionals[0]}"`);
  const format = formatOf(values.format);
  const location = await locationOf(values.db);
  mustExist(location);
  const { storeHealth } = await import('../fetch/health.ts');
  const rows = await withStore(location, (store) => storeHealth(store, new Date()));
  io.stdout(format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : healthTable(rows));
  return EXIT.ok;
}

async function runReextract(args: readonly string[], io: FetchIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      into: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      format: { type: 'string', short: 'f' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(FETCH_HELP.reextract);
    return EXIT.ok;
  }
  if (positionals.length) throw new UsageError(`reextract takes no arguments, got "${positionals[0]}"`);
  const format = formatOf(values.format);
  const jobs = jobsOf(values.jobs);
  const location = await locationOf(values.db);
  mustExist(location);
  const into = values.into === undefined ? location : await locationOf(values.into);
  const [{ reextract }, { createContext }, { openStore }] = await Promise.all([
    import('../fetch/reextract.ts'),
    import('../model/index.ts'),
    import('../store/index.ts'),
  ]);
  const summary = await withStore(location, async (from) => {
    const target = into === location ? from : await openStore(into);
    const bar = values.quiet ? null : startProgress(io, 0, 'pages');
    try {
      return await reextract(
        from,
        target,
        { jobs, onProgress: (n) => bar?.update(n, 're-reading', n) },
        createContext({ now: new Date() }),
      );
    } finally {
      bar?.stop();
      if (target !== from) await target.close();
    }
  });
  if (!values.quiet)
    io.stderr(
      `parallax: re-read ${summary.pages} kept pages into ${shownLocation(into)}: ${summary.updated} ` +
        `${summary.updated === 1 ? 'article' : 'articles'} changed (replaced), ${summary.unchanged} unchanged, ` +
        `${summary.stored} new, ${summary.duplicates} already stored, ${summary.noArticle} without article text\n`,
    );
  if (format === 'json') io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  return EXIT.ok;
}
