import { COPY_CANDIDATES, COPY_MAX_POSTINGS, COPY_MIN_SAMPLED } from '../patterns.ts';
import type { CopyCandidate, CopyQuery, OutletInfo } from '../types.ts';
import { storedOutletKey } from './articles.ts';
import type { Db } from './db.ts';
import { SHINGLE_BUCKET_DAYS, shingleDay } from './rows.ts';

/**
 * Stored articles a new one may copy (by the sampled shingles they share), and the outlets a
 * manifest describes (tables of migration 3).
 */

// The query's shingles that are not stock phrases (at most COPY_MAX_POSTINGS articles each within
// the range's buckets, counted without reading past that), then the articles of the range holding
// them, most shared first. Each (bucket, shingle) pair is one seek in the table's key: CROSS JOIN
// fixes that order (without statistics, in a new file, SQLite would build an index on the shingle
// alone for every query, reading the whole table).
const CANDIDATES = `
  WITH days (day) AS MATERIALIZED (SELECT value FROM json_each(?)),
  wanted (shingle) AS MATERIALIZED (
    SELECT j.value FROM json_each(?) j
    WHERE (SELECT count(*) FROM (SELECT 1 FROM days d CROSS JOIN article_shingles t
             ON t.day = d.day AND t.shingle = j.value LIMIT ${COPY_MAX_POSTINGS + 1}))
      <= ${COPY_MAX_POSTINGS}
  )
  SELECT a.id, count(*) AS shared FROM wanted w
    CROSS JOIN days d
    CROSS JOIN article_shingles s ON s.day = d.day AND s.shingle = w.shingle
    CROSS JOIN articles a ON a.seq = s.seq
  WHERE a.sort_at >= ? AND a.sort_at <= ?
  GROUP BY s.seq HAVING count(*) >= ${COPY_MIN_SAMPLED}
  ORDER BY shared DESC, s.seq LIMIT ${COPY_CANDIDATES}`;

// The buckets from `since` to `until`, both included (a reversed range has none).
function daysOf(since: string, until: string): number[] {
  const days: number[] = [];
  for (let day = shingleDay(since); day <= shingleDay(until); day += SHINGLE_BUCKET_DAYS) days.push(day);
  return days;
}

/** The candidate originals of each query, read in one snapshot. */
export function findCopyCandidates(db: Db, queries: readonly CopyQuery[]): CopyCandidate[][] {
  return db.read(() =>
    queries.map((query) =>
      query.shingles.length < COPY_MIN_SAMPLED
        ? []
        : (
            db
              .stmt(CANDIDATES)
              .all(
                JSON.stringify(daysOf(query.since, query.until)),
                JSON.stringify(query.shingles),
                query.since,
                query.until,
              ) as unknown as CopyCandidate[]
          ).map((row) => ({ id: row.id, shared: row.shared })),
    ),
  );
}

/** Insert or update outlets by name in one transaction (null keeps a stored leaning or owner). */
export function upsertOutlets(db: Db, outlets: readonly OutletInfo[]): void {
  db.write(() => {
    const upsert =
      db.stmt(`INSERT INTO outlets (name_key, name, leaning, owner, domains) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (name_key) DO UPDATE SET name = excluded.name, domains = excluded.domains,
        leaning = coalesce(excluded.leaning, outlets.leaning), owner = coalesce(excluded.owner, outlets.owner)`);
    for (const outlet of outlets)
      upsert.run(
        storedOutletKey(outlet.name),
        outlet.name,
        outlet.leaning,
        outlet.owner,
        JSON.stringify([...outlet.domains]),
      );
  });
}

/** Every recorded outlet, by name. */
export function listOutlets(db: Db): OutletInfo[] {
  const rows = db.stmt('SELECT name, leaning, owner, domains FROM outlets ORDER BY name_key').all() as {
    name: string;
    leaning: string | null;
    owner: string | null;
    domains: string;
  }[];
  return rows.map((row) => ({
    name: row.name,
    leaning: row.leaning,
    owner: row.owner,
    domains: JSON.parse(row.domains) as string[],
  }));
}
