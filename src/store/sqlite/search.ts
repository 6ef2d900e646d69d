import { parseQuery } from '../query.ts';
import { stemmedTerms } from '../search-stems.ts';
import { leadOf, makeSnippet } from '../snippet.ts';
import type { ListFilter, SearchHit } from '../types.ts';
import { articleFilter, limitOf, outletTag } from './articles.ts';
import type { Db } from './db.ts';

/**
 * Full-text search: the user's text made into a safe FTS5 query, ranked by bm25 (titles weigh
 * more), with a snippet of the best-matching field.
 */

/**
 * How many matches are ranked, newest first: a word found in most articles costs the same as a rare
 * one, and the best hits of a common word come from recent coverage.
 */
export const RANKED_CANDIDATES = 2000;

/**
 * The FTS5 query for a user's search text, or null when it holds no word: every term quoted (so
 * `AND`, `(`, `*`, `:` or a stray `"` are never FTS syntax), all required, a phrase as one quoted
 * string, a prefix term followed by `*`; each word stemmed as the index holds it (search-stems.ts).
 * @example
 * ftsQuery('bridges "main girder" repai* AND(') // '"bridg" "main girder" "repai"* "and"'
 */
export function ftsQuery(text: string): string | null {
  const terms = stemmedTerms(parseQuery(text));
  if (terms.length === 0) return null;
  return terms.map((term) => `"${term.words.join(' ')}"${term.prefix ? '*' : ''}`).join(' ');
}

/**
 * Ranked hits for `query`, best first (bm25 among the {@link RANKED_CANDIDATES} most recently
 * ingested matches); snippets only for the hits returned.
 */
export function searchArticles(db: Db, query: string, filter: ListFilter): SearchHit[] {
  const terms = ftsQuery(query);
  const { where, params } = articleFilter(filter);
  const limit = limitOf(filter);
  if (terms === null) return [];
  // The user's terms only in title and text; an outlet filter also as the outlet's token, so the
  // index intersects it (the exact name is still checked on the row).
  const outlet = filter.outlet === undefined ? '' : ` AND outlet_tag : "${outletTag(filter.outlet)}"`;
  const match = `{title text} : (${terms})${outlet}`;
  // bm25 is computed for every row the ranking sorts: a common word would rank the whole corpus.
  // Only the most recently ingested matches (FTS5 walks its rowids newest first, cheaply) are ranked.
  // The filters read the narrow article rows, never the texts.
  const sql = `SELECT c.seq, c.rank, a.id, a.story_id, a.title, a.outlet, a.published_at FROM (
      SELECT seq, rank FROM (
        SELECT f.rowid AS seq, f.rank AS rank FROM articles_fts f
        ${where.length > 0 ? 'JOIN articles a ON a.seq = f.rowid' : ''}
        WHERE articles_fts MATCH ? ${where.map((condition) => `AND ${condition}`).join(' ')}
        ORDER BY f.rowid DESC LIMIT ${RANKED_CANDIDATES}
      ) ORDER BY rank, seq DESC LIMIT ?
    ) c JOIN articles a ON a.seq = c.seq ORDER BY c.rank, c.seq DESC`;
  const rows = db.read(
    () =>
      db.stmt(sql).all(match, ...params, limit) as {
        seq: number;
        id: string;
        story_id: string | null;
        title: string | null;
        outlet: string | null;
        published_at: string | null;
        rank: number;
      }[],
  );
  const words = parseQuery(query);
  const texts = db.stmt('SELECT text FROM article_bodies WHERE seq = ?');
  return rows.map((row) => {
    const text = (texts.get(row.seq) as { text: string } | undefined)?.text ?? '';
    // The text's extract when the words are in the text, else the title marked, else the lead.
    const snippet = makeSnippet(text, words) ?? makeSnippet(row.title ?? '', words) ?? leadOf(text);
    return {
      articleId: row.id,
      storyId: row.story_id,
      title: row.title,
      outlet: row.outlet,
      publishedAt: row.published_at,
      snippet,
      score: -row.rank,
    };
  });
}
