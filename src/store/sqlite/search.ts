import type { ListFilter, SearchHit } from '../types.ts';
import { articleFilter, limitOf } from './articles.ts';
import type { Db } from './db.ts';

/**
 * Full-text search: the user's text made into a safe FTS5 query, ranked by bm25 (titles weigh
 * more), with a snippet of the best-matching field.
 */

/** Tokens of context a snippet shows around the matches. */
const SNIPPET_TOKENS = 16;

/** One quoted FTS5 string (its tokenizer splits it into a phrase when it holds several words). */
function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** True when the text holds something the tokenizer keeps as a word (a letter or a digit). */
function hasWord(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/**
 * The FTS5 query for a user's search text, or null when it holds no word: every word is quoted (so
 * `AND`, `(`, `*`, `:` or a stray `"` are never FTS syntax), words are all required, text between
 * double quotes is a phrase, and a word ending in `*` matches as a prefix.
 * @example
 * ftsQuery('bridge "main girder" repai* AND(') // '"bridge" "main girder" "repai"* "AND("'
 */
export function ftsQuery(text: string): string | null {
  const terms: string[] = [];
  const parts = text.split('"');
  parts.forEach((part, index) => {
    // Odd parts sit between quotes; an unclosed quote's tail is read as plain words.
    const isPhrase = index % 2 === 1 && index < parts.length - 1;
    if (isPhrase) {
      if (hasWord(part)) terms.push(quote(part.trim()));
      return;
    }
    for (const word of part.split(/\s+/)) {
      if (!hasWord(word)) continue;
      const prefix = /\*+$/.test(word);
      const bare = word.replace(/\*+$/, '');
      if (!hasWord(bare)) continue;
      terms.push(prefix ? `${quote(bare)}*` : quote(bare));
    }
  });
  return terms.length > 0 ? terms.join(' ') : null;
}

/** Ranked hits for `query`, best first; snippets only for the hits returned. */
export function searchArticles(db: Db, query: string, filter: ListFilter): SearchHit[] {
  const match = ftsQuery(query);
  const { where, params } = articleFilter(filter);
  const limit = limitOf(filter);
  if (match === null) return [];
  const sql = `SELECT a.seq, a.id, a.story_id, a.title, a.outlet, a.published_at, f.rank AS rank
    FROM articles_fts f JOIN articles a ON a.seq = f.rowid
    WHERE articles_fts MATCH ? ${where.map((condition) => `AND ${condition}`).join(' ')}
    ORDER BY f.rank LIMIT ?`;
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
  const snippets = db.stmt(`SELECT snippet(articles_fts, 1, '[', ']', '…', ${SNIPPET_TOKENS}) AS text,
    snippet(articles_fts, 0, '[', ']', '…', ${SNIPPET_TOKENS}) AS title
    FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?`);
  return rows.map((row) => {
    // The rowid as a BigInt: FTS5 ignores a rowid constraint bound as a floating-point number.
    const snip = snippets.get(match, BigInt(row.seq)) as
      | { text: string | null; title: string | null }
      | undefined;
    // The text's extract when the words are in the text, else the title's.
    const text = snip?.text ?? '';
    const snippet = text.includes('[') || !snip?.title?.includes('[') ? text : snip.title;
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
