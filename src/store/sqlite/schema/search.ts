import { indexRow } from '../articles.ts';
import type { Db } from '../db.ts';

/**
 * Schema 16: the full-text index holds each word's stem (search-stems.ts), so "resignation" finds
 * "resigned". The index (contentless: the texts are in `article_bodies`) is emptied and filled again
 * from the stored titles and texts; no stored row changes. Re-runnable.
 */
export function stemmedIndex(db: Db): void {
  db.handle.exec(`INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')`);
  const index = db.handle.prepare(
    'INSERT INTO articles_fts (rowid, title, text, outlet_tag) VALUES (?, ?, ?, ?)',
  );
  const rows = db.handle
    .prepare('SELECT a.seq, a.title, a.outlet, b.text FROM articles a JOIN article_bodies b ON b.seq = a.seq')
    .iterate() as Iterable<{ seq: number; title: string | null; outlet: string | null; text: string }>;
  for (const row of rows) index.run(...indexRow(row.seq, row.title, row.text, row.outlet));
}
