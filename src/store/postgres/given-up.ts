import type { Pool } from 'pg';
import type { FetchStateStore } from '../fetch-types.ts';
import { type GivenUpRow, givenUpBySource } from '../given-up.ts';

/** The pages given up on, per source, in PostgreSQL (`FetchStateStore.givenUpPages`). */
export function givenUpPages(pool: Pool): Pick<FetchStateStore, 'givenUpPages'> {
  return {
    async givenUpPages(attempts, limit) {
      const { rows } = await pool.query<Omit<GivenUpRow, 'at'> & { at: Date }>(
        `SELECT source, url, error, fetched_at AS at, attempts, n FROM (
           SELECT source, url, error, fetched_at, attempts,
             row_number() OVER (PARTITION BY source ORDER BY fetched_at DESC, seq DESC) AS r,
             count(*) OVER (PARTITION BY source)::int AS n
           FROM fetch_pages WHERE outcome = 'failed' AND attempts >= $1) given_up
         WHERE r <= $2 ORDER BY source, r`,
        [attempts, limit],
      );
      return givenUpBySource(rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() })));
    },
  };
}
