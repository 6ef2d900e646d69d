import type pg from 'pg';
import type { StoreStats } from '../types.ts';

/**
 * `parallax stats` on PostgreSQL: counts, the database's size and the stored reports by version, in
 * one query. `location` is the store's URL as it may be shown (without its password).
 */
export async function storeStats(pool: pg.Pool, location: string): Promise<StoreStats> {
  const result = await pool.query<{
    articles: number;
    placed: number;
    stories: number;
    outlets: number;
    bytes: string;
    last: Date | null;
    version: number;
    reports: { version: string | null; stories: number; stale: number }[];
  }>(
    `SELECT (SELECT count(*) FROM articles)::int AS articles,
            (SELECT count(*) FROM memberships)::int AS placed,
            (SELECT count(*) FROM stories)::int AS stories,
            (SELECT count(DISTINCT lower(outlet)) FROM articles)::int AS outlets,
            pg_database_size(current_database()) AS bytes,
            (SELECT max(ingested_at) FROM articles) AS last,
            (SELECT max(version) FROM parallax_schema) AS version,
            (SELECT coalesce(json_agg(json_build_object('version', v, 'stories', n, 'stale', o)
                                      ORDER BY n DESC, v), '[]')
               FROM (SELECT report_version AS v, count(*)::int AS n,
                            count(*) FILTER (WHERE report_as_of < updated_at)::int AS o
                     FROM stories WHERE report_as_of IS NOT NULL GROUP BY report_version) AS r) AS reports`,
  );
  const row = result.rows[0];
  if (row === undefined) throw new Error('postgres store: stats returned no row');
  return {
    backend: 'postgres',
    location,
    articles: row.articles,
    unplaced: row.articles - row.placed, // an article is in one story at most (article_seq is the key)
    stories: row.stories,
    outlets: row.outlets,
    bytes: Number(row.bytes),
    lastIngestAt: row.last === null ? null : row.last.toISOString(),
    schemaVersion: row.version,
    reportVersions: row.reports,
  };
}
