// How the CLI's commands find and open a store: --db, else $PARALLAX_DB, else ./parallax.db.
import { statSync } from 'node:fs';
import { UsageError } from '../io/files.ts';
import type { Store } from '../store/types.ts';

/** The store's location: --db, else $PARALLAX_DB, else ./parallax.db. */
export async function locationOf(db: string | undefined): Promise<string> {
  if (db !== undefined && !db.trim()) throw new UsageError('--db takes a file path or a postgres:// URL');
  const { defaultStoreLocation, locationProblem } = await import('../store/index.ts');
  const location = db ?? defaultStoreLocation();
  const problem = locationProblem(location.trim());
  if (problem !== null) throw new UsageError(problem);
  return location;
}

/**
 * What the CLI gives `openStore` to be told of a migration: on a terminal, the line on standard error
 * (a large store's upgrade takes minutes, which would otherwise pass in silence); else nothing.
 */
export function migrationNotes(): { onMigrate?: (line: string) => void } {
  return process.stderr.isTTY ? { onMigrate: (line) => process.stderr.write(`parallax: ${line}\n`) } : {};
}

/**
 * A read command's store: a SQLite file that does not exist, or is empty, is a usage error, not a new
 * empty store.
 * The file is opened read-only, so a user who may only read it can; with `keeps` (story, serve: they
 * keep the reports and pages they make) it is opened for writing, and read-only when that is refused.
 * A file of an older schema is migrated first when it may be written, as a PostgreSQL store is by
 * any command (the migrations keep every row); else the read-only refusal says who can.
 */
export async function openExisting(db: string | undefined, keeps = false): Promise<Store> {
  const location = await locationOf(db);
  const { isPostgresUrl, openStore, StoreOlderError } = await import('../store/index.ts');
  const size = isPostgresUrl(location) || location === ':memory:' ? null : fileSize(location);
  if (size === 0 || size === undefined) {
    const what = size === 0 ? `${location} is an empty file, not a store` : `no store at ${location}`;
    throw new UsageError(`${what} (create one with parallax ingest <paths> --db ${location})`);
  }
  if (!keeps)
    return openStore(location, { readOnly: true }).catch(async (error: unknown) => {
      if (!(error instanceof StoreOlderError)) throw error;
      const migrated = await openStore(location, migrationNotes()).catch(() => {
        throw error;
      });
      await migrated.close();
      return openStore(location, { readOnly: true });
    });
  try {
    return await openStore(location, migrationNotes());
  } catch (error) {
    // no write access: read it as it is (the first refusal is the one to tell when reading fails too)
    return openStore(location, { readOnly: true }).catch(() => {
      throw error;
    });
  }
}

// The size of a SQLite location's file (a `file:` URL too), undefined when there is none.
function fileSize(location: string): number | undefined {
  try {
    const stat = statSync(location.replace(/^file:(\/\/)?/, ''));
    // a folder is the store's to refuse, in its own words
    return stat.isFile() ? stat.size : Number.NaN;
  } catch {
    return undefined;
  }
}
