import type { Pool } from 'pg';
import { COPY_CANDIDATES, COPY_MAX_POSTINGS, COPY_MIN_SAMPLED } from '../patterns.ts';
import type { CopyCandidate, CopyQuery, OutletInfo } from '../types.ts';

/**
 * Stored articles a new one may copy (by the sampled shingles they share), and the outlets a
 * manifest describes (tables of migration 3).
 */

// The whole batch of look-ups in one statement: (query, shingle) pairs; the distinct shingles that
// are not stock phrases (postings counted without reading past the cap); the articles of each
// query's date range holding them, most shared first, the first few per query.
const CANDIDATES = `
  WITH pairs AS (SELECT * FROM unnest($1::int[], $2::bigint[]) AS p(ord, shingle)),
  wanted AS (
    SELECT d.shingle FROM (SELECT DISTINCT shingle FROM pairs) d
    CROSS JOIN LATERAL (
      SELECT count(*) AS n FROM (
        SELECT 1 FROM article_shingles t WHERE t.shingle = d.shingle LIMIT ${COPY_MAX_POSTINGS + 1}
      ) capped
    ) postings
    WHERE postings.n <= ${COPY_MAX_POSTINGS}
  ),
  hits AS (
    SELECT p.ord, a.seq, a.id, count(*)::int AS shared
    FROM pairs p
    JOIN wanted w ON w.shingle = p.shingle
    JOIN article_shingles s ON s.shingle = p.shingle
    JOIN articles a ON a.seq = s.article_seq
    WHERE a.sort_at >= ($3::timestamptz[])[p.ord + 1] AND a.sort_at <= ($4::timestamptz[])[p.ord + 1]
    GROUP BY p.ord, a.seq, a.id HAVING count(*) >= ${COPY_MIN_SAMPLED}
  ),
  ranked AS (SELECT *, row_number() OVER (PARTITION BY ord ORDER BY shared DESC, seq) AS r FROM hits)
  SELECT ord, id, shared FROM ranked WHERE r <= ${COPY_CANDIDATES} ORDER BY ord, r`;

/** The candidate originals of each query, in one round trip. */
export async function findCopyCandidates(
  pool: Pool,
  queries: readonly CopyQuery[],
): Promise<CopyCandidate[][]> {
  const ords: number[] = [];
  const shingles: number[] = [];
  queries.forEach((query, ord) => {
    for (const shingle of new Set(query.shingles)) {
      ords.push(ord);
      shingles.push(shingle);
    }
  });
  const out: CopyCandidate[][] = queries.map(() => []);
  if (shingles.length === 0) return out;
  const found = await pool.query<{ ord: number; id: string; shared: number }>(CANDIDATES, [
    ords,
    shingles,
    queries.map((q) => q.since),
    queries.map((q) => q.until),
  ]);
  for (const row of found.rows) out[row.ord]?.push({ id: row.id, shared: row.shared });
  return out;
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

/**
 * For each host (or host and first folder), up to three outlet names its stored articles carry
 * (`Store.hostOutlets`).
 */
export async function hostOutlets(pool: Pool, hosts: readonly string[]): Promise<Map<string, string[]>> {
  const names = new Map<string, string[]>();
  for (const host of new Set(hosts)) {
    // a prefix match the byte-ordered index articles_url_key_prefix serves (starts_with and a
    // range under the database's collation are served by no index); `%`, `_` and `\` escaped
    const rows = await pool.query<{ outlet: string }>(
      `SELECT DISTINCT outlet FROM articles
       WHERE url_key LIKE $1 AND outlet IS NOT NULL LIMIT 3`,
      [`${`https://${host}/`.replace(/[\\%_]/g, '\\$&')}%`],
    );
    names.set(
      host,
      rows.rows.map((r) => r.outlet),
    );
  }
  return names;
}
