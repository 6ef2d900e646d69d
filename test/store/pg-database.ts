import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Fresh PostgreSQL databases for the store's tests, made on the server that `PARALLAX_TEST_PG`
 * names (a throwaway cluster: `bash scripts/pg-test-cluster.sh start` prints its URL; .ci/run starts
 * one). Without it the tests skip, saying why.
 */

/** The server URL the tests use, or undefined. */
export const TEST_PG_URL: string | undefined = process.env.PARALLAX_TEST_PG || undefined;

/** For `node:test`'s `skip` option: false when a test server is set, else the reason for skipping. */
export function needsPostgres(): false | string {
  return TEST_PG_URL === undefined
    ? 'needs a PostgreSQL server: set PARALLAX_TEST_PG (url=$(bash scripts/pg-test-cluster.sh start))'
    : false;
}

/**
 * The same server URL naming another database. (String surgery, not `URL`: a unix-socket URL such
 * as `postgres://user@/db?host=/tmp/x` has an empty host, which `URL` refuses and libpq accepts.)
 */
export function withDatabase(url: string, database: string): string {
  const match = /^(postgres(?:ql)?:\/\/[^/?#]*)(\/[^?#]*)?(.*)$/s.exec(url);
  if (match === null) throw new Error('PARALLAX_TEST_PG is not a postgres:// URL');
  return `${match[1]}/${database}${match[3]}`;
}

/** A new empty database on the test server, and how to drop it. */
export async function createTestDatabase(
  label: string,
): Promise<{ readonly url: string; drop(): Promise<void> }> {
  if (TEST_PG_URL === undefined) throw new Error('PARALLAX_TEST_PG is not set');
  const admin = TEST_PG_URL;
  const name = `parallax_${label}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(admin, `CREATE DATABASE ${name}`);
  return {
    url: withDatabase(admin, name),
    drop: () => adminQuery(admin, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** Run one statement on `url` in a connection of its own (CREATE or DROP DATABASE runs in none other). */
export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
