import type { Pool } from 'pg';
import { COPY_CANDIDATES, COPY_MAX_POSTINGS, COPY_MIN_SAMPLED } from '../patterns.ts';
import type { CopyCandidate, CopyQuery, OutletInfo } from '../types.ts';

/**
 * Stored articles a new one may copy (by the sampled shingles they share), and the outlets a
 * manifest describes (tables of migration 3).
 */

// The query's shingles that are not stock phrases (postings counted without reading past the cap),
// then the articles of the date range holding them, most shared first.
const CANDIDATES = `
  SELECT a.id, count(*)::int AS shared
  FROM unnest($1::bigint[]) AS w(shingle)
  CROSS JOIN LATERAL (
    SELECT count(*) AS n FROM (
      SELECT 1 FROM article_shingles t WHERE t.shingle = w.shingle LIMIT ${COPY_MAX_POSTINGS + 1}
    ) capped
  ) postings
  JOIN article_shingles s ON s.shingle = w.shingle
  JOIN articles a ON a.seq = s.article_seq
  WHERE postings.n <= ${COPY_MAX_POSTINGS} AND a.sort_at >= $2 AND a.sort_at <= $3
  GROUP BY a.seq, a.id HAVING count(*) >= ${COPY_MIN_SAMPLED}
  ORDER BY shared DESC, a.seq LIMIT ${COPY_CANDIDATES}`;

/** The candidate originals of each query. */
export async function findCopyCandidates(
  pool: Pool,
  queries: readonly CopyQuery[],
): Promise<CopyCandidate[][]> {
  return Promise.all(
    queries.map(async (query) => {
      if (query.shingles.length < COPY_MIN_SAMPLED) return [];
      const found = await pool.query<CopyCandidate>(CANDIDATES, [
        [...new Set(query.shingles)],
        query.since,
        query.until,
      ]);
      return found.rows.map((row) => ({ id: row.id, shared: row.shared }));
    }),
  );
}

/** Insert or update outlets by name in one statement (null keeps a stored leaning or owner). */
export async function upsertOutlets(pool: Pool, outlets: readonly OutletInfo[]): Promise<void> {
  // one row per name: the last given wins, as it would row by row
  const byKey = new Map(outlets.map((o) => [o.name.toLowerCase(), o]));
  await pool.query(
    `INSERT INTO outlets (name_key, name, leaning, owner, domains)
     SELECT x.name_key, x.name, x.leaning, x.owner, x.domains
     FROM jsonb_to_recordset($1::jsonb) AS x(name_key text, name text, leaning text, owner text, domains jsonb)
     ON CONFLICT (name_key) DO UPDATE SET name = excluded.name, domains = excluded.domains,
       leaning = coalesce(excluded.leaning, outlets.leaning), owner = coalesce(excluded.owner, outlets.owner)`,
    [
      JSON.stringify(
        [...byKey].map(([key, o]) => ({
          name_key: key,
          name: o.name,
          leaning: o.leaning,
          owner: o.owner,
          domains: [...o.domains],
        })),
      ),
    ],
  );
}

/** Every recorded outlet, by name. */
export async function listOutlets(pool: Pool): Promise<OutletInfo[]> {
  const found = await pool.query<OutletInfo>(
    'SELECT name, leaning, owner, domains FROM outlets ORDER BY name_key',
  );
  return found.rows.map((row) => ({
    name: row.name,
    leaning: row.leaning,
    owner: row.owner,
    domains: row.domains as string[],
  }));
}
