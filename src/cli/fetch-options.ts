// The fetch commands' shared option parsing, sources file and store handling.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BlockedError, checkTarget } from '../fetch/address.ts';
import type { FetcherOptions } from '../fetch/fetcher.ts';
import type { FetchTarget } from '../fetch/run.ts';
import { UsageError } from '../io/files.ts';
import type { FetchSource } from '../store/fetch-types.ts';
import type { Store } from '../store/types.ts';
import { migrationNotes } from './open-store.ts';

/** The options every fetching command takes: the store, politeness, threads, quiet. */
export const POLITENESS = {
  db: { type: 'string' },
  delay: { type: 'string' },
  'per-host': { type: 'string' },
  timeout: { type: 'string' },
  'max-page-mb': { type: 'string' },
  'allow-private': { type: 'boolean' },
  'user-agent': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A duration option in ms (a bare number is seconds); a bad one is a usage error. */
export async function durationOf(
  name: string,
  value: string | undefined,
  min = 0,
): Promise<number | undefined> {
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

/** The fetcher's options from the command line. */
export async function fetcherOptions(
  values: Record<string, string | boolean | undefined>,
): Promise<FetcherOptions> {
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

/** The options that choose what a run fetches. */
export const SELECTION = {
  since: { type: 'string' },
  'max-pages': { type: 'string' },
  refresh: { type: 'boolean' },
} as const;

/** `--since`, `--max-pages` and `--refresh` as fetch-run options; bad values are usage errors. */
export async function selectionOf(values: {
  since?: string;
  'max-pages'?: string;
  refresh?: boolean;
}): Promise<{ since?: string; maxPages?: number; refresh?: boolean }> {
  const { isoOrNull } = await import('../store/dates.ts');
  const since = values.since === undefined ? undefined : isoOrNull(values.since);
  if (since === null) throw new UsageError(`--since takes a date such as 2025-03-01, not "${values.since}"`);
  const max = values['max-pages'] === undefined ? undefined : Number(values['max-pages']);
  if (max !== undefined && !(Number.isInteger(max) && max > 0))
    throw new UsageError('--max-pages takes a whole number above 0');
  return {
    ...(since ? { since } : {}),
    ...(max ? { maxPages: max } : {}),
    ...(values.refresh ? { refresh: true } : {}),
  };
}

/** `--jobs`: a whole number above 0, default 1. */
export function jobsOf(value: string | undefined): number | undefined {
  const jobs = value === undefined ? undefined : Number(value);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0))
    throw new UsageError('--jobs takes a whole number above 0');
  return jobs ?? 1;
}

/** `--format`: text or json, in any case (as analyze's). */
export function formatOf(value: string | undefined): 'text' | 'json' {
  const format = (value ?? 'text').toLowerCase();
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`unknown format "${format}" (text or json)`);
  return format;
}

/** The store's location: --db, else $PARALLAX_DB, else ./parallax.db (one rule with the store commands'). */
export { locationOf } from './open-store.ts';

/** The sources file, parsed; unreadable or malformed is a usage error. */
export async function loadSources(path: string): Promise<FetchSource[]> {
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

/** The targets of the positionals (http(s) URLs, or local files read as listings), then the sources' URLs. */
export async function targetsOf(
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
      // a missing file named like a host ("news.example/rss.xml") was meant as a URL
      const hint = /^[\w-]+(\.[\w-]+)+(:\d+)?\//.test(arg) ? ` (a URL starts with https://)` : '';
      throw new UsageError(
        `cannot read ${arg}: ${error.code === 'ENOENT' ? `no such file${hint}` : error.message}`,
      );
    });
    targets.push({ url: pathToFileURL(resolve(arg)).href, source: null, text });
  }
  for (const source of sources)
    for (const url of source.urls) if (!positionals.includes(url)) targets.push({ url, source });
  return targets;
}

/** Run `work` on the store at `location`, closing it after. */
export async function withStore<T>(location: string, work: (store: Store) => Promise<T>): Promise<T> {
  const { openStore } = await import('../store/index.ts');
  const store = await openStore(location, migrationNotes());
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/**
 * Keep the sources in the store: for watch and health, and as outlets (leaning, owner, domains) for
 * the framing of later reports and coverage by leaning.
 */
export async function saveSources(store: Store, sources: readonly FetchSource[]): Promise<void> {
  if (!sources.length) return;
  const { sourceOutlets } = await import('../fetch/sources.ts');
  await store.saveSources(sources);
  await store.saveOutlets(sourceOutlets(sources));
}

/** For a command that reads a store: a SQLite file that does not exist is a usage error. */
export function mustExist(location: string): void {
  if (/^postgres(ql)?:\/\//i.test(location) || location === ':memory:') return;
  if (!existsSync(location.replace(/^file:(\/\/)?/, '')))
    throw new UsageError(
      `no store at ${location} (fetch into one with parallax fetch <url> --db ${location})`,
    );
}

/**
 * Refuse, as a usage error before any store is opened, a URL named on the command line whose host is
 * a private or loopback address when --allow-private is not given: nothing could be done, so it is no
 * run with some inputs skipped (exit 3) but bad usage (exit 2). Links found in feeds are still refused
 * one by one during the run.
 */
export function refusePrivateArgs(positionals: readonly string[], allowPrivate: boolean): void {
  if (allowPrivate) return;
  for (const arg of positionals) {
    if (!/^https?:\/\//i.test(arg)) continue;
    try {
      checkTarget(new URL(arg), false);
    } catch (error) {
      if (error instanceof BlockedError) throw new UsageError(error.message);
      throw error;
    }
  }
}
