import { StoreOlderError, StoreRefusedError } from '../errors.ts';
import type { Db } from './db.ts';
import { V13 } from './schema/addresses.ts';
import { V3, V7 } from './schema/copies.ts';
import { pageValidators, V2, V15 } from './schema/fetch.ts';
import { V1 } from './schema/first.ts';
import { V12, V14 } from './schema/revisions.ts';
import { stemmedIndex } from './schema/search.ts';
import { reportVersions, storyPages, V4, V6, V11 } from './schema/stories.ts';
import { splitArticleBodies } from './split-layout.ts';

/**
 * The SQLite schema, as numbered migrations written by hand. The version is the file's
 * `PRAGMA user_version`; the file is marked as a Parallax store by `PRAGMA application_id`.
 * Migrations due run in one `BEGIN IMMEDIATE` transaction, so two processes opening a new file at
 * once never both migrate it: the second waits for the write lock, then finds nothing to do.
 */

/** `PRAGMA application_id` of a Parallax store ('PRLX'): another application's file is refused. */
export const APPLICATION_ID = 0x50524c58;

/** One migration: SQL, or a step that needs code (it runs in the same transaction). */
type Migration = string | ((db: Db) => void);

/**
 * Nothing: PostgreSQL's schema 10 adds a byte-ordered index for the URL keys under one prefix;
 * SQLite's unique index on them orders by bytes already. An empty step keeps both backends' versions alike.
 */
const V10 = 'SELECT 1';

/** Every migration; index + 1 is the schema version it brings the file to. */
export const MIGRATIONS: readonly (Migration | readonly Migration[])[] = [
  V1,
  V2,
  [splitArticleBodies, V3],
  V4,
  pageValidators,
  V6,
  V7,
  storyPages,
  reportVersions,
  V10,
  V11,
  V12,
  V13,
  V14,
  V15,
  stemmedIndex,
];

/** The schema version this code reads and writes. */
export const SCHEMA_VERSION: number = MIGRATIONS.length;

/** A pragma's single integer value. */
function pragma(db: Db, name: string): number {
  const row = db.handle.prepare(`PRAGMA ${name}`).get() as Record<string, number> | undefined;
  return row?.[name] ?? 0;
}

/**
 * Refuse (`StoreRefusedError`, before anything is written) a file of another application, a SQLite
 * database with tables that is not marked as a store, or a store of a newer schema than this code's.
 */
export function checkStoreFile(db: Db, location: string, version = pragma(db, 'user_version')): void {
  const app = pragma(db, 'application_id');
  if (app !== 0 && app !== APPLICATION_ID)
    throw new StoreRefusedError(
      `${location} is a SQLite database of another application, not a Parallax store`,
    );
  if (version > SCHEMA_VERSION)
    throw new StoreRefusedError(
      `${location} has store schema version ${version}, newer than this Parallax knows ` +
        `(${SCHEMA_VERSION}): upgrade Parallax to open it`,
    );
  if (app === 0 && version === 0) {
    const tables = db.handle.prepare(`SELECT count(*) AS n FROM sqlite_schema`).get() as { n: number };
    if (tables.n > 0)
      throw new StoreRefusedError(`${location} is a SQLite database but not a Parallax store`);
  }
}

/**
 * Bring the file up to {@link SCHEMA_VERSION}; returns the version found. Throws a clear message for
 * a file of another application or of a newer Parallax, before changing anything (`checkStoreFile`),
 * and for an older file opened `readOnly`. `onMigrate` is told, in a line, before a stored file is
 * migrated (which may take minutes on a large store).
 */
export function migrate(
  db: Db,
  location: string,
  readOnly = false,
  onMigrate?: (line: string) => void,
): number {
  const check = (version: number): void => checkStoreFile(db, location, version);
  const found = pragma(db, 'user_version');
  check(found);
  if (found === SCHEMA_VERSION) return found;
  if (readOnly && found === 0)
    throw new StoreRefusedError(
      `${location} is empty, not a Parallax store yet (parallax ingest <paths> --db ${location} makes it one)`,
    );
  if (readOnly)
    throw new StoreOlderError(
      `${location} has store schema version ${found}, older than this Parallax's (${SCHEMA_VERSION}): ` +
        `open it once with write access to migrate it, keeping every row (parallax sources --db ${location} does, and adds nothing; in code, openStore without readOnly)`,
    );
  // foreign keys off while migrating (SQLite turns them off only outside a transaction): a table built
  // again (schema 13) is dropped without its rows' deletion cascading to the tables that name them
  db.handle.exec('PRAGMA foreign_keys = OFF');
  try {
    return db.write(() => {
      // Read again under the write lock: another process may have migrated meanwhile.
      const current = pragma(db, 'user_version');
      check(current);
      // a stored file's migration may read every article again (schema 16 re-indexes them): said first
      if (onMigrate && current > 0 && current < SCHEMA_VERSION) onMigrate(migrationLine(db, current));
      for (let version = current + 1; version <= SCHEMA_VERSION; version++) {
        for (const step of [MIGRATIONS[version - 1]].flat() as Migration[])
          if (typeof step === 'string') db.handle.exec(step);
          else step(db);
        db.handle.exec(`PRAGMA user_version = ${version}`);
      }
      db.handle.exec(`PRAGMA application_id = ${APPLICATION_ID}`);
      return current;
    });
  } finally {
    db.handle.exec('PRAGMA foreign_keys = ON');
  }
}

// What a migration of a stored file is about to do, for a user who would otherwise wait in silence.
function migrationLine(db: Db, from: number): string {
  const { n } = db.handle.prepare('SELECT count(*) AS n FROM articles').get() as { n: number };
  return `upgrading the store from schema ${from} to ${SCHEMA_VERSION} (${n.toLocaleString('en-US')} ${n === 1 ? 'article' : 'articles'}): once, it may take a few minutes`;
}
