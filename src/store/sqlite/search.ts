import { parseQuery } from '../query.ts';
import { leadOf, makeSnippet } from '../snippet.ts';
import type { ListFilter, SearchHit } from '../types.ts';
import { articleFilter, limitOf } from './articles.ts';
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
 * string, a prefix term followed by `*`.
 * @example
 * ftsQuery('bridge "main girder" repai* AND(') // '"bridge" "main girder" "repai"* "AND"'
 */
export function ftsQuery(text: string): string | null {
  const terms = parseQuery(text);
  if (terms.length === 0) return null;
  return terms.map((term) => `"${term.words.join(' ')}"${term.prefix ? '*' : ''}`).join(' ');
}

/**
 * Ranked hits for `query`, best first (bm25 among the {@link RANKED_CANDIDATES} most recently
 * ingested matches); snippets only for the hits returned.
 */
export function searchArticles(db: Db, query: string, filter: ListFilter): SearchHit[] {
  const match = ftsQuery(query);
  const { where, params } = articleFilter(filter);
  const limit = limitOf(filter);
  if (match === null) return [];
  // bm25 is computed for every row the ranking sorts: a common word would rank the whole corpus.
  // Only the most recently ingested matches (FTS5 walks its rowids newest first, cheaply) are ranked.
  const sql = `SELECT c.* FROM (
      SELECT a.seq, a.id, a.story_id, a.title, a.outlet, a.published_at, f.rank AS rank
      FROM articles_fts f JOIN articles a ON a.seq = f.rowid
      WHERE articles_fts MATCH ? ${where.map((condition) => `AND ${condition}`).join(' ')}
      ORDER BY f.rowid DESC LIMIT ${RANKED_CANDIDATES}
    ) c ORDER BY c.rank, c.seq DESC LIMIT ?`;
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
  const terms = parseQuery(query);
  const texts = db.stmt('SELECT text FROM articles WHERE seq = ?');
  return rows.map((row) => {
    const text = (texts.get(row.seq) as { text: string } | undefined)?.text ?? '';
    // The text's extract when the words are in the text, else the title marked, else the lead.
    const snippet = makeSnippet(text, terms) ?? makeSnippet(row.title ?? '', terms) ?? leadOf(text);
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
