import type { FetchStateStore } from '../fetch-types.ts';
import { type GivenUpRow, givenUpBySource } from '../given-up.ts';
import type { Db } from './db.ts';

/** The pages given up on, per source, in SQLite (`FetchStateStore.givenUpPages`). */
export function givenUpPages(db: Db): Pick<FetchStateStore, 'givenUpPages'> {
  return {
    async givenUpPages(attempts, limit) {
      const rows = db
        .stmt(
          `SELECT source, url, error, fetched_at AS at, attempts, n FROM (
             SELECT source, url, error, fetched_at, attempts,
               row_number() OVER (PARTITION BY source ORDER BY fetched_at DESC, seq DESC) AS r,
               count(*) OVER (PARTITION BY source) AS n
             FROM fetch_pages WHERE outcome = 'failed' AND attempts >= ?)
           WHERE r <= ? ORDER BY source, r`,
        )
        .all(attempts, limit) as unknown as GivenUpRow[];
      return givenUpBySource(rows);
    },
  };
}
