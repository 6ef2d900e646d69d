import type { Pool, PoolClient } from 'pg';
import { StoreRefusedError } from '../errors.ts';
import { MIGRATION_LOCK } from './patterns.ts';
import { connectRefusal, migrationRefusal } from './refusals.ts';
import { FIRST } from './schema-first.ts';
import { LATER } from './schema-later.ts';
import { stemmedSearch } from './schema-search.ts';

/**
 * The PostgreSQL schema, as numbered migrations written by hand. Each runs once, in order, in one
 * transaction with the others that are due, under a transaction-level advisory lock: two processes
 * opening a new database at once never both migrate it (the second waits, then finds nothing to do).
 */

/** One migration: SQL, or a step that needs code (it runs in the same transaction). */
export type Migration = string | ((client: PoolClient) => Promise<void>);

/** Every migration, index + 1 = the schema version it brings the database to. */
export const MIGRATIONS: readonly Migration[] = [...FIRST, ...LATER, stemmedSearch];

/** The schema version this code writes and reads. */
export const SCHEMA_VERSION: number = MIGRATIONS.length;

/**
 * Bring the database up to {@link SCHEMA_VERSION}, returning the version found before. Throws (with
 * a clear message) for a database written by a newer Parallax, whose schema this code cannot know.
 */
export async function migrate(pool: Pool): Promise<number> {
  const client = await pool.connect().catch((error: Error) => {
    throw connectRefusal(error);
  });
  let current = 0;
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    // Created only when missing: PostgreSQL asks for the right to create before it looks whether the
    // table exists, so a role that may only read could not open an up-to-date store otherwise.
    const table = await client.query<{ present: boolean }>(
      `SELECT to_regclass('parallax_schema') IS NOT NULL AS present`,
    );
    if (!table.rows[0]?.present)
      await client.query(
        `CREATE TABLE IF NOT EXISTS parallax_schema (
           version integer NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
    const found = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM parallax_schema');
    current = found.rows[0]?.v ?? 0;
    if (current > SCHEMA_VERSION) {
      throw new StoreRefusedError(
        `this PostgreSQL store has schema version ${current}, newer than this Parallax knows ` +
          `(${SCHEMA_VERSION}): upgrade Parallax to open it`,
      );
    }
    for (let version = current + 1; version <= SCHEMA_VERSION; version++) {
      const step = MIGRATIONS[version - 1] as Migration;
      if (typeof step === 'string') await client.query(step);
      else await step(client);
      await client.query('INSERT INTO parallax_schema (version) VALUES ($1)', [version]);
    }
    await client.query('COMMIT');
    return current;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw migrationRefusal(error as Error, current, SCHEMA_VERSION);
  } finally {
    client.release();
  }
}
