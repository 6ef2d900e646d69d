import type { FetchStateStore } from '../fetch-types.ts';
import { type GivenUpRow, givenUpBySource } from '../given-up.ts';
import type { Db } from './db.ts';

// Per source, the pages `where` chooses: the `?` last of them (latest first) and their count.
const bySource = (where: string) => `SELECT source, url, error, fetched_at AS at, attempts, n FROM (
    SELECT source, url, error, fetched_at, attempts,
      row_number() OVER (PARTITION BY source ORDER BY fetched_at DESC, seq DESC) AS r,
      count(*) OVER (PARTITION BY source) AS n
    FROM fetch_pages WHERE ${where})
  WHERE r <= ? ORDER BY source, r`;

/** The pages given up on, and those left out as no article, per source, in SQLite (`FetchStateStore`). */
export function givenUpPages(db: Db): Pick<FetchStateStore, 'givenUpPages' | 'leftOutPages'> {
  return {
    async givenUpPages(attempts, limit) {
      const sql = bySource(`outcome = 'failed' AND attempts >= ?`);
      return givenUpBySource(db.stmt(sql).all(attempts, limit) as unknown as GivenUpRow[]);
    },
    async leftOutPages(reason, limit) {
      const sql = bySource(`outcome = 'no-article' AND substr(error, 1, length(?)) = ?`);
      return givenUpBySource(db.stmt(sql).all(reason, reason, limit) as unknown as GivenUpRow[]);
    },
  };
}
