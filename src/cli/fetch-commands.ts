// The fetch commands: fetch, watch, sources, reextract. Loaded by index.ts only when one of them runs.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { FetcherOptions } from '../fetch/fetcher.ts';
import type { SourceHealth } from '../fetch/health.ts';
import type { FetchSummary, FetchTarget } from '../fetch/run.ts';
import { UsageError } from '../io/files.ts';
import type { FetchSource } from '../store/fetch-types.ts';
import type { Store } from '../store/types.ts';
import { FETCH_HELP } from './fetch-help.ts';
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

const POLITENESS = {
  db: { type: 'string' },
  delay: { type: 'string' },
  'per-host': { type: 'string' },
  timeout: { type: 'string' },
  'max-page-mb': { type: 'string' },
  'allow-private': { type: 'boolean' },
  'user-agent': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

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

// A duration option in ms; a bad one is a usage error.
async function durationOf(name: string, value: string | undefined, min = 0): Promise<number | undefined> {
  if (value === undefined) return undefined;
  const { parseDuration } = await import('../fetch/sources.ts');
  let ms: number;
  try {
    ms = parseDuration(/^\d+(\.\d+)?$/.test(value.trim()) ? `${value}s` : value);
  } catch (error) {
    throw new UsageError(`--${name}: ${(error as Error).message}`);
  }
  if (ms < min) throw new UsageError(`--${name} must be at least ${min / 1000} s`);
  return ms;
}

// The fetcher's options from the command line.
async function fetcherOptions(values: Record<string, string | boolean | undefined>): Promise<FetcherOptions> {
  const perHost = values['per-host'] === undefined ? undefined : Number(values['per-host']);
  if (perHost !== undefined && perHost !== 1 && perHost !== 2)
    throw new UsageError('--per-host takes 1 or 2');
  const mb = values['max-page-mb'] === undefined ? undefined : Number(values['max-page-mb']);
  if (mb !== undefined && !(mb > 0)) throw new UsageError('--max-page-mb takes a number above 0');
  const delay = await durationOf('delay', values.delay as string | undefined);
  const timeout = await durationOf('timeout', values.timeout as string | undefined, 100);
  const agent = values['user-agent'] as string | undefined;
  if (agent !== undefined && !agent.trim()) throw new UsageError('--user-agent is empty');
  return {
    ...(perHost === undefined ? {} : { hostConcurrency: perHost }),
    ...(mb === undefined ? {} : { maxPageBytes: Math.round(mb * 1_000_000) }),
    ...(delay === undefined ? {} : { hostDelayMs: delay }),
    ...(timeout === undefined ? {} : { timeoutMs: timeout }),
    ...(agent ? { userAgent: agent } : {}),
    allowPrivate: values['allow-private'] === true,
  };
}

function jobsOf(value: string | undefined): number | undefined {
  const jobs = value === undefined ? undefined : Number(value);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0))
    throw new UsageError('--jobs takes a whole number above 0');
  return jobs ?? 1;
}

function formatOf(value: string | undefined): 'text' | 'json' {
  const format = value ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`unknown format "${format}" (text or json)`);
  return format;
}

async function locationOf(db: string | undefined): Promise<string> {
  if (db !== undefined && !db.trim()) throw new UsageError('--db takes a file path or a postgres:// URL');
  return db ?? (await import('../store/index.ts')).defaultStoreLocation();
}

// The sources file, parsed; unreadable or malformed is a usage error.
async function loadSources(path: string): Promise<FetchSource[]> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  });
  const { parseSources } = await import('../fetch/sources.ts');
  try {
    return parseSources(text);
  } catch (error) {
    throw new UsageError(`${path}: ${(error as Error).message.replace(/^sources: /, '')}`);
  }
}

// The targets of the positionals: http(s) URLs, or local files read as listings.
async function targetsOf(
  positionals: readonly string[],
  sources: readonly FetchSource[],
): Promise<FetchTarget[]> {
  const byUrl = new Map(sources.flatMap((s) => s.urls.map((u): [string, FetchSource] => [u, s])));
  const targets: FetchTarget[] = [];
  for (const arg of positionals) {
    if (/^https?:\/\//i.test(arg)) {
      try {
        new URL(arg);
      } catch {
        throw new UsageError(`not a URL: ${arg}`);
      }
      targets.push({ url: arg, source: byUrl.get(arg) ?? null });
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg))
      throw new UsageError(`only http(s) URLs can be fetched, not ${arg}`);
    const text = await readFile(arg, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read ${arg}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    });
    targets.push({ url: pathToFileURL(resolve(arg)).href, source: null, text });
  }
  for (const source of sources)
    for (const url of source.urls) if (!positionals.includes(url)) targets.push({ url, source });
  return targets;
}

/** The one-line summary of a fetch run. */
export function fetchLine(s: FetchSummary, location: string): string {
  const parts = [
    `${s.stored} new ${s.stored === 1 ? 'article' : 'articles'} in ${location}`,
    `${s.fetched} pages fetched from ${s.listings} feeds and sitemaps (${s.unchanged} unchanged)`,
    `${s.known} already handled`,
  ];
  if (s.duplicates) parts.push(`${s.duplicates} already stored`);
  if (s.noArticle) parts.push(`${s.noArticle} without article text`);
  if (s.disallowed) parts.push(`${s.disallowed} disallowed by robots.txt`);
  if (s.failed) parts.push(`${s.failed} failed`);
  if (s.storiesCreated || s.storiesGrown)
    parts.push(`${s.storiesCreated} new stories, ${s.storiesGrown} grown`);
  return parts.join('; ');
}

async function withStore<T>(location: string, work: (store: Store) => Promise<T>): Promise<T> {
  const { openStore } = await import('../store/index.ts');
  const store = await openStore(location);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

// Keep the sources in the store: for watch and health, and as outlets (leaning, owner, domains) for
// the framing of later reports and coverage by leaning.
async function saveSources(store: Store, sources: readonly FetchSource[]): Promise<void> {
  if (!sources.length) return;
  const { sourceOutlets } = await import('../fetch/sources.ts');
  await store.saveSources(sources);
  await store.saveOutlets(sourceOutlets(sources));
}

async function runFetch(args: readonly string[], io: FetchIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { ...POLITENESS, sources: { type: 'string' }, format: { type: 'string', short: 'f' } },
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

const percent = (rate: number | null) => (rate === null ? '-' : `${Math.round(rate * 100)}%`);
const when = (iso: string | null) => (iso ? `${iso.slice(0, 16).replace('T', ' ')}` : 'never');

/** The sources' health as a text table. */
export function healthTable(rows: readonly SourceHealth[]): string {
  if (!rows.length) return 'no sources yet (add some with parallax fetch --sources or parallax watch)\n';
  const head = ['source', 'last success', 'errors', 'articles/day', 'last article', 'last error'];
  const body = rows.map((r) => [
    r.name,
    when(r.lastSuccess),
    percent(r.errorRate),
    r.articlesPerDay.toFixed(1),
    when(r.lastArticle),
    r.lastError ?? '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] as string).length)));
  return (
    [head, ...body]
      .map((row) =>
        row
          .map((cell, i) => cell.padEnd(widths[i] as number))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
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

// A command that reads a store: a SQLite file that does not exist is a usage error.
function mustExist(location: string): void {
  if (/^postgres(ql)?:\/\//i.test(location) || location === ':memory:') return;
  if (!existsSync(location.replace(/^file:(\/\/)?/, '')))
    throw new UsageError(
      `no store at ${location} (fetch into one with parallax fetch <url> --db ${location})`,
    );
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
      `parallax: re-read ${summary.pages} kept pages into ${shownLocation(into)}: ${summary.stored} new articles, ` +
        `${summary.duplicates} already stored, ${summary.noArticle} without article text\n`,
    );
  if (format === 'json') io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  return EXIT.ok;
}
