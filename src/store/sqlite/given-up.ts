import type { FetchStateStore } from '../fetch-types.ts';
import { type SetAsideRow, setAsideBySource } from '../given-up.ts';
import type { Db } from './db.ts';

// Per outcome and source, the pages given up on (failed, tried `?` times or more, the last at least
// `?` ms after the first) and those left out
// (no article, the error beginning with the reason `?`): the `?` last of each (latest first) and
// their count, in one pass over the pages of those two outcomes.
const SET_ASIDE = `SELECT outcome, source, url, error, fetched_at AS at, attempts, n FROM (
    SELECT outcome, source, url, error, fetched_at, attempts,
      row_number() OVER (PARTITION BY outcome, source ORDER BY fetched_at DESC, seq DESC) AS r,
      count(*) OVER (PARTITION BY outcome, source) AS n
    FROM fetch_pages
    WHERE (outcome = 'failed' AND attempts >= ? AND (julianday(fetched_at) - julianday(first_at)) * 86400000 >= ?)
      OR (outcome = 'no-article' AND substr(error, 1, length(?)) = ?))
  WHERE r <= ? ORDER BY outcome, source, r`;

/** The pages given up on and those left out as no article, per source, in SQLite (`FetchStateStore`). */
export function setAsidePages(db: Db): Pick<FetchStateStore, 'setAsidePages'> {
  return {
    async setAsidePages(givenUp, reason, limit) {
      const rows = db
        .stmt(SET_ASIDE)
        // (a ms less: julianday's fractions of a day do not give back every span to the ms)
        .all(givenUp.attempts, givenUp.afterMs - 1, reason, reason, limit) as unknown as SetAsideRow[];
      return setAsideBySource(rows);
    },
  };
}
