import type { Pool } from 'pg';
import type { FetchStateStore } from '../fetch-types.ts';
import { type SetAsideRow, setAsideBySource } from '../given-up.ts';

// Per outcome and source, the pages given up on (failed, tried $1 times or more, the last at least $4
// ms after the first) and those left out (no article, the error beginning with the reason $2): the $3
// last of each (latest first) and their count, in one pass over the pages of those two outcomes.
const SET_ASIDE = `SELECT outcome, source, url, error, fetched_at AS at, attempts, n FROM (
    SELECT outcome, source, url, error, fetched_at, attempts,
      row_number() OVER (PARTITION BY outcome, source ORDER BY fetched_at DESC, seq DESC) AS r,
      count(*) OVER (PARTITION BY outcome, source)::int AS n
    FROM fetch_pages
    WHERE (outcome = 'failed' AND attempts >= $1 AND fetched_at - first_at >= $4 * interval '1 millisecond')
      OR (outcome = 'no-article' AND left(error, length($2)) = $2)) chosen
  WHERE r <= $3 ORDER BY outcome, source, r`;

/** The pages given up on and those left out as no article, per source, in PostgreSQL (`FetchStateStore`). */
export function setAsidePages(pool: Pool): Pick<FetchStateStore, 'setAsidePages'> {
  return {
    async setAsidePages(givenUp, reason, limit) {
      const { rows } = await pool.query<Omit<SetAsideRow, 'at'> & { at: Date }>(SET_ASIDE, [
        givenUp.attempts,
        reason,
        limit,
        givenUp.afterMs,
      ]);
      return setAsideBySource(rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() })));
    },
  };
}
