import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { StoreRefusedError } from '../errors.ts';

/**
 * One SQLite connection with what every part of the backend needs: the pragmas, a cache of
 * prepared statements, and transactions.
 */

/** How long a writer waits for another process's write transaction before failing (ms). */
const BUSY_TIMEOUT_MS = 15_000;

/**
 * The page cache per connection, in KiB (SQLite's default is 2 MiB): the indexes an ingest inserts
 * into at random places (shingles, URL keys, content hashes) outgrow 2 MiB at a few thousand
 * articles, and every insert then reads its page back from the file (a 100,000-article shingle
 * table costs 25% less CPU per article with 64 MiB). Pages are only taken as they are read.
 */
const CACHE_KIB = 65_536;

/** A connection: its handle, a cached prepared statement per SQL text, and a transaction wrapper. */
export interface Db {
  readonly handle: DatabaseSync;
  /** The prepared statement for `sql`, prepared once and reused. */
  stmt(sql: string): StatementSync;
  /** Run `work` in one `BEGIN IMMEDIATE` transaction: committed whole, or rolled back and rethrown. */
  write<T>(work: () => T): T;
  /** Run `work` in one read transaction, so its queries see one snapshot. */
  read<T>(work: () => T): T;
  close(): void;
}

/**
 * Open (or create) the database file with `synchronous=FULL` and a busy timeout, writing nothing to
 * it yet: the caller turns on WAL (`useWal`) once it knows the file is its own. `readOnly` opens an
 * existing file that is never written, so a user who may only read the file can. Throws a one-line
 * `StoreRefusedError` for a file that cannot be opened or is not a SQLite database.
 */
export function openDb(path: string, readOnly = false): Db {
  let handle: DatabaseSync;
  try {
    handle = new DatabaseSync(path, { timeout: BUSY_TIMEOUT_MS, readOnly });
    handle.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    handle.exec('PRAGMA synchronous = FULL');
    handle.exec('PRAGMA foreign_keys = ON');
    handle.exec(`PRAGMA cache_size = -${CACHE_KIB}`);
  } catch (error) {
    throw refused(path, error);
  }
  // the pragmas need not read the file: read it now, so that a file that is no database is refused
  // here in one line, not at the first query (a 0-byte file is an empty database and passes)
  try {
    handle.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (error) {
    handle.close();
    throw refused(path, error);
  }
  const statements = new Map<string, StatementSync>();
  let depth = 0;
  const transaction = <T>(begin: string, work: () => T): T => {
    // Nested calls join the outer transaction: the outer one commits or rolls back for all.
    if (depth > 0) return work();
    handle.exec(begin);
    depth++;
    try {
      const result = work();
      handle.exec('COMMIT');
      return result;
    } catch (error) {
      if (handle.isTransaction) handle.exec('ROLLBACK');
      throw error;
    } finally {
      depth--;
    }
  };
  return {
    handle,
    stmt(sql) {
      let statement = statements.get(sql);
      if (statement === undefined) {
        statement = handle.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
    write: (work) => transaction('BEGIN IMMEDIATE', work),
    read: (work) => transaction('BEGIN', work),
    close() {
      statements.clear();
      if (!handle.isOpen) return;
      if (readOnly) return handle.close();
      try {
        // What SQLite recommends before closing a connection that ran queries: refresh the planner's statistics.
        handle.exec('PRAGMA optimize');
      } catch {
        // A busy or read-only file: the statistics wait for the next close.
      }
      handle.close();
    },
  };
}

// The one-line refusal of a file that cannot be opened as a store, with the reason (`openRefusal`).
function refused(path: string, error: unknown): StoreRefusedError {
  return new StoreRefusedError(`cannot open the store ${path}: ${openRefusal(path, error as Error)}`, {
    cause: error,
  });
}

// Why SQLite could not open `path`, in the file system's words when they tell more than its own
// ("unable to open database file" names no cause): a store opened for writing needs its file and, in
// its folder, its journal.
function openRefusal(path: string, error: Error): string {
  const folder = dirname(resolve(path));
  const can = (at: string, mode: number) => {
    try {
      accessSync(at, mode);
      return true;
    } catch {
      return false;
    }
  };
  if (/not a database/.test(error.message)) return `it is not a Parallax store (${error.message})`;
  if (!existsSync(folder)) return `its folder ${folder} does not exist`;
  if (!statSync(folder).isDirectory()) return `${folder} is not a folder`;
  if (existsSync(path) && statSync(path).isDirectory()) return 'it is a folder';
  if (!existsSync(path) && !can(folder, constants.W_OK)) return `no permission to create a file in ${folder}`;
  if (existsSync(path) && !can(path, constants.R_OK | constants.W_OK))
    return `no permission to read and write it (${error.message})`;
  if (!can(folder, constants.W_OK))
    return `no permission to write in ${folder}, where its journal goes (${error.message})`;
  return error.message;
}
