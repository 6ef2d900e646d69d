import type { Pool } from 'pg';
import { parseQuery } from '../query.ts';
import type { ListFilter, SearchHit } from '../types.ts';
import { FIRST_WINDOW, RANKED_CANDIDATES, SNIPPET_SOURCE_CHARS, WINDOW_MARGIN } from './patterns.ts';
import { toTsQuery } from './query.ts';
import { articleFilter } from './read-articles.ts';
import { snippet } from './snippet.ts';

interface HitRow {
  readonly id: string;
  readonly story_id: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published_at: string | null;
  readonly score: number;
  readonly text: string | null;
}

/**
 * Full-text search: the words of `query` (see {@link toTsQuery}; diacritics and case folded) over
 * titles (weighted first) and texts, best first, with a snippet.
 */
export async function searchArticles(pool: Pool, query: string, filter: ListFilter): Promise<SearchHit[]> {
  const tsquery = toTsQuery(query);
  if (tsquery === null) return [];
  const terms = parseQuery(query.normalize('NFC'));
  const top = await pool.query<{ hi: string | null }>('SELECT max(seq) AS hi FROM articles');
  const hi = Number(top.rows[0]?.hi ?? 0);
  const limit = filter.limit ?? 50;
  // Never fewer candidates than the hits asked for.
  const wanted = Math.max(RANKED_CANDIDATES, limit);
  const params: unknown[] = [tsquery, hi, 0, wanted, limit];
  const where = articleFilter(filter, params, 'a')
    .map((condition) => `AND ${condition}`)
    .join(' ');
  // The newest matches of the window (their vectors not yet read), then each of them ranked, then
  // the best with what the hit shows. Ranking reads a whole vector, so only the candidates are.
  const sql = `
    WITH candidates AS MATERIALIZED (
      SELECT a.seq, a.search FROM articles a
      WHERE a.search @@ to_tsquery('parallax_folded', $1) AND a.seq > $2::bigint - $3::bigint ${where}
      ORDER BY a.seq DESC LIMIT $4
    ),
    ranked AS (
      SELECT seq, greatest(ts_rank_cd(search, to_tsquery('parallax_folded', $1)), 1e-6)::float8 AS score
      FROM candidates ORDER BY score DESC, seq DESC LIMIT $5
    )
    SELECT a.id, (SELECT m.story_id FROM memberships m WHERE m.article_seq = a.seq) AS story_id,
           a.title, a.outlet, a.published AS published_at, r.score,
           left(a.text, ${SNIPPET_SOURCE_CHARS}) AS text,
           (SELECT count(*) FROM candidates)::int AS candidates
    FROM ranked r JOIN articles a ON a.seq = r.seq
    ORDER BY r.score DESC, r.seq DESC`;
  // Newest windows first, widened until they hold enough candidates or cover every article. The
  // planner counts a text match as cheap as comparing two numbers (reading the row's vector is not
  // in its cost), so it would rather filter rows one by one than read the search index: bitmap scans
  // only, for this transaction, make it read the index (and AND it with the window's key range).
  let result: { rows: (HitRow & { candidates: number })[] } = { rows: [] };
  const client = await pool.connect();
  try {
    await client.query('BEGIN READ ONLY; SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off');
    for (let window = (FIRST_WINDOW / RANKED_CANDIDATES) * wanted; ; ) {
      params[2] = Math.min(window, hi);
      result = await client.query<HitRow & { candidates: number }>(sql, params);
      const found = result.rows[0]?.candidates ?? 0;
      if (window >= hi || found >= wanted) break;
      // The next window as large as the matches' density says is needed, and then some.
      window = Math.max(2 * window, Math.ceil((window * wanted * WINDOW_MARGIN) / Math.max(found, 1)));
    }
    await client.query('COMMIT');
  } finally {
    client.release();
  }
  return result.rows.map((row) => ({
    articleId: row.id,
    storyId: row.story_id,
    title: row.title,
    outlet: row.outlet,
    publishedAt: row.published_at,
    snippet: snippet(row.text ?? '', row.title, terms),
    score: row.score,
  }));
}
