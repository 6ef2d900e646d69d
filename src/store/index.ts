import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DB_ENV, DEFAULT_DB_FILE } from './patterns.ts';
import type { Store } from './types.ts';

/**
 * The store: one interface (./types.ts), an embedded SQLite backend and a PostgreSQL one, chosen by
 * the location's form. The PostgreSQL driver loads only when a `postgres://` URL is opened.
 */

import { StoreOlderError, StoreRefusedError } from './errors.ts';

export type * from './fetch-types.ts';
export { contentHash, normaliseText, urlKey } from './keys.ts';
export type * from './types.ts';
export { StoreOlderError, StoreRefusedError };

/** True for a PostgreSQL connection URL. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Why `location` cannot name a store, else null: a PostgreSQL URL written without its `//`
 * (`postgres:lab`, `postgres:/lab`), which would otherwise open or create a SQLite file of that name
 * beside the user while the team's database waits for their articles, or a URL of a scheme no backend
 * reads (`mysql://…`, `https://…`). Any other location is a path, taken as given.
 */
export function locationProblem(location: string): string | null {
  // a password typed into the malformed URL is not shown back
  const shown = location.replace(/:[^:@/?#]*@/, ':***@');
  if (/^postgres(ql)?:/i.test(location) && !isPostgresUrl(location))
    return `${shown} is no PostgreSQL URL: write postgres://USER@HOST/DATABASE (postgres://USER@/DATABASE?host=/socket/folder for a unix socket)`;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(location)?.[1];
  if (scheme !== undefined && !/^(postgres(ql)?|file)$/i.test(scheme))
    return `${shown} is no store: give a SQLite file's path or a postgres:// URL`;
  return null;
}

/**
 * Where a store is when no location is given: `$PARALLAX_DB`, else `./parallax.db`.
 */
export function defaultStoreLocation(env: NodeJS.ProcessEnv = process.env): string {
  const named = env[DB_ENV]?.trim();
  return named ? named : DEFAULT_DB_FILE;
}

/**
 * Open a store: a `postgres://` or `postgresql://` URL opens the shared PostgreSQL backend; anything
 * else is a SQLite file path (a `file:` URL too; `:memory:` for a throwaway one), created when
 * missing. Without a location: `$PARALLAX_DB`, else `./parallax.db`. The schema is created or
 * migrated on open; a store written by a newer Parallax is refused with a clear message.
 * `readOnly` opens an existing SQLite file without writing to it (see openSqliteStore); a
 * PostgreSQL store reads with the rights of its URL's role. `reportVersion` is the version of the
 * reports this code makes (default `REPORT_VERSION`), which the stored ones are judged against: an
 * older one's are stale, a newer one's are kept (see `reportStanding`). `onMigrate` is told in one
 * line before a SQLite file of an older schema is migrated, which may take minutes on a large store.
 * @example
 * import { openStore } from 'parallax-news';
 * const store = await openStore('./news.db');
 * for (const story of await store.stories({ since: '2024-03-01' })) console.log(story.title);
 * await store.close();
 */
export async function openStore(
  location?: string,
  options: { readOnly?: boolean; reportVersion?: string; onMigrate?: (line: string) => void } = {},
): Promise<Store> {
  const where = location?.trim() || defaultStoreLocation();
  const problem = locationProblem(where);
  if (problem !== null) throw new StoreRefusedError(problem);
  if (isPostgresUrl(where)) {
    // Loaded on demand: the pg driver is not needed to open a file.
    const { openPostgresStore } = await import('./postgres/index.ts');
    return openPostgresStore(where, options);
  }
  const path =
    where === ':memory:' ? where : resolve(where.startsWith('file:') ? fileURLToPath(where) : where);
  const { openSqliteStore } = await import('./sqlite/index.ts');
  return openSqliteStore(path, options);
}
