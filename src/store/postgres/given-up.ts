import type { Pool } from 'pg';
import type { FetchStateStore } from '../fetch-types.ts';
import { type GivenUpRow, givenUpBySource } from '../given-up.ts';

// Per source, the pages `where` chooses (its parameters first): the `$limit` last of them (latest
// first) and their count.
const bySource = (
  where: string,
  limit: string,
) => `SELECT source, url, error, fetched_at AS at, attempts, n FROM (
    SELECT source, url, error, fetched_at, attempts,
      row_number() OVER (PARTITION BY source ORDER BY fetched_at DESC, seq DESC) AS r,
      count(*) OVER (PARTITION BY source)::int AS n
    FROM fetch_pages WHERE ${where}) chosen
  WHERE r <= ${limit} ORDER BY source, r`;

/** The pages given up on, and those left out as no article, per source, in PostgreSQL (`FetchStateStore`). */
export function givenUpPages(pool: Pool): Pick<FetchStateStore, 'givenUpPages' | 'leftOutPages'> {
  const read = async (sql: string, params: unknown[]) => {
    const { rows } = await pool.query<Omit<GivenUpRow, 'at'> & { at: Date }>(sql, params);
    return givenUpBySource(rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() })));
  };
  return {
    givenUpPages: (attempts, limit) =>
      read(bySource(`outcome = 'failed' AND attempts >= $1`, '$2'), [attempts, limit]),
    leftOutPages: (reason, limit) =>
      read(bySource(`outcome = 'no-article' AND left(error, length($1)) = $1`, '$2'), [reason, limit]),
  };
}
