import type { Pool } from 'pg';
import type { ListFilter, SearchHit } from '../types.ts';
import { articleFilter } from './articles.ts';
import { toTsQuery } from './query.ts';

/**
 * How many matching articles are ranked at most: the newest ones. A query of common words matches
 * most of the corpus, and ranking reads each match's whole vector; past this many, the newest
 * matches stand for all (a rarer query, matching fewer, is ranked exactly).
 */
export const RANKED_CANDIDATES = 2_000;

/** How much of an article's text the snippet is cut from: the headline parser reads all it is given. */
const SNIPPET_SOURCE_CHARS = 6_000;

// ts_headline options: matches wrapped in [ ], one or two short fragments.
const HEADLINE_OPTIONS =
  'StartSel="[", StopSel="]", MaxWords=24, MinWords=10, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "';

interface HitRow {
  readonly id: string;
  readonly story_id: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published_at: string | null;
  readonly score: number;
  readonly text_snippet: string | null;
  readonly title_snippet: string | null;
}

/**
 * Full-text search: the words of `query` (see {@link toTsQuery}; diacritics and case folded) over
 * titles (weighted first) and texts, best first, with a snippet.
 */
export async function searchArticles(pool: Pool, query: string, filter: ListFilter): Promise<SearchHit[]> {
  const tsquery = toTsQuery(query);
  if (tsquery === null) return [];
  const params: unknown[] = [tsquery];
  const where = articleFilter(filter, params, 'a');
  params.push(RANKED_CANDIDATES, filter.limit ?? 50);
  const candidates = `$${params.length - 1}`;
  const limit = `$${params.length}`;
  const result = await pool.query<HitRow>(
    `WITH q AS (SELECT to_tsquery('parallax_folded', $1) AS q),
     candidates AS (
       SELECT a.seq FROM articles a, q
       WHERE numnode(q.q) > 0 AND a.search @@ q.q ${where.map((w) => `AND ${w}`).join(' ')}
       ORDER BY a.seq DESC LIMIT ${candidates}
     ),
     ranked AS (
       SELECT a.seq, greatest(ts_rank_cd(a.search, q.q), 1e-6)::float8 AS score
       FROM candidates c JOIN articles a ON a.seq = c.seq, q
       ORDER BY score DESC, a.seq DESC LIMIT ${limit}
     )
     SELECT a.id, a.story_id, a.title, a.outlet, a.article->>'publishedAt' AS published_at, r.score,
            ts_headline('parallax_folded', left(a.article->>'text', ${SNIPPET_SOURCE_CHARS}), q.q,
                        '${HEADLINE_OPTIONS}') AS text_snippet,
            ts_headline('parallax_folded', coalesce(a.title, ''), q.q, 'StartSel="[", StopSel="]", HighlightAll=true')
              AS title_snippet
     FROM ranked r JOIN articles a ON a.seq = r.seq, q
     ORDER BY r.score DESC, r.seq DESC`,
    params,
  );
  return result.rows.map((row) => ({
    articleId: row.id,
    storyId: row.story_id,
    title: row.title,
    outlet: row.outlet,
    publishedAt: row.published_at,
    snippet: pickSnippet(row),
    score: row.score,
  }));
}

// The text's snippet when it marks a match; else the title's when that does (a title-only match);
// else the text's opening.
function pickSnippet(row: HitRow): string {
  const text = (row.text_snippet ?? '').replace(/\s+/g, ' ').trim();
  if (text.includes('[')) return text;
  const title = row.title_snippet ?? '';
  return title.includes('[') ? title : text;
}
