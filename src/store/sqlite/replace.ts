import { isoOrNull } from '../dates.ts';
import type { ArticleReplacement, ReplaceOutcome } from '../types.ts';
import { indexRow, storedOutletKey } from './articles.ts';
import type { Db } from './db.ts';
import { keepRevision } from './revisions.ts';
import { shingleDay } from './rows.ts';

/**
 * Replacing stored articles by a new extraction of the same page: the narrow row's metadata, the
 * body, the full-text entry (deleted and written again: the index is contentless) and the shingle
 * sample, in one transaction; each story of a replaced article has its aggregates recomputed and its
 * `updated_at` moved past every earlier change, so its report is stale and refreshed in turn.
 */

// `now`, or one millisecond after `previous` when that is not earlier (as stories.ts orders changes).
export function after(previous: string | null, now: string): string {
  if (previous === null || previous < now) return now;
  return new Date(Date.parse(previous) + 1).toISOString();
}

/** Replace articles in one transaction; see `Store.replaceArticles`. */
export function replaceBatch(db: Db, batch: readonly ArticleReplacement[], clock: string): ReplaceOutcome[] {
  return db.write(() => {
    const find = db.stmt('SELECT seq, ingested_at, sort_at, story_id FROM articles WHERE id = ?');
    const byHash = db.stmt('SELECT id FROM articles WHERE content_hash = ?');
    const update = db.stmt(`UPDATE articles SET content_hash = ?, outlet = ?, outlet_key = ?, title = ?,
      published_at = ?, sort_at = ? WHERE seq = ?`);
    const body = db.stmt('UPDATE article_bodies SET features = ?, article = ?, text = ? WHERE seq = ?');
    const unindex = db.stmt('DELETE FROM articles_fts WHERE rowid = ?');
    const index = db.stmt('INSERT INTO articles_fts (rowid, title, text, outlet_tag) VALUES (?, ?, ?, ?)');
    const unshingle = db.stmt('DELETE FROM article_shingles WHERE day = ? AND seq = ?');
    const shingle = db.stmt('INSERT OR IGNORE INTO article_shingles (day, shingle, seq) VALUES (?, ?, ?)');
    const redate = db.stmt('UPDATE article_shingles SET day = ? WHERE day = ? AND seq = ?');
    const stories = new Set<string>();
    const outcomes = batch.map((item): ReplaceOutcome => {
      const row = find.get(item.id) as
        | { seq: number; ingested_at: string; sort_at: string; story_id: string | null }
        | undefined;
      if (row === undefined) return { status: 'unknown', id: item.id };
      const other = (byHash.get(item.contentHash) as { id: string } | undefined)?.id;
      if (other !== undefined && other !== item.id) return { status: 'duplicate', id: item.id, by: other };
      const { id: _id, text, ...rest } = item.article;
      const { outlet, title } = item.article;
      if (item.keepEarlier) keepRevision(db, row.seq, title, text, clock);
      const published = isoOrNull(item.article.publishedAt);
      update.run(
        item.contentHash,
        outlet,
        outlet === null ? null : storedOutletKey(outlet),
        title,
        published,
        published ?? row.ingested_at,
        row.seq,
      );
      body.run(
        item.features === undefined ? null : JSON.stringify(item.features),
        JSON.stringify(rest),
        text,
        row.seq,
      );
      unindex.run(row.seq);
      index.run(...indexRow(row.seq, title, text, outlet));
      // the samples are kept under the article's day: a new date moves them
      const [was, day] = [shingleDay(row.sort_at), shingleDay(published ?? row.ingested_at)];
      if (item.shingles !== undefined) {
        unshingle.run(was, row.seq);
        for (const hash of item.shingles) shingle.run(day, hash, row.seq);
      } else if (day !== was) redate.run(day, was, row.seq);
      if (row.story_id !== null) stories.add(row.story_id);
      return { status: 'replaced', id: item.id };
    });
    if (stories.size) {
      const latest = (db.stmt('SELECT max(updated_at) AS t FROM stories').get() as { t: string | null }).t;
      const now = after(latest, clock);
      const stats = db.stmt(`SELECT min(sort_at) AS first_at, max(sort_at) AS last_at FROM articles
        WHERE story_id = ?`);
      const outlets =
        db.stmt(`SELECT outlet, count(*) AS n FROM articles WHERE story_id = ? AND outlet IS NOT NULL
        GROUP BY outlet ORDER BY n DESC, outlet`);
      const touch = db.stmt(
        'UPDATE stories SET outlets = ?, first_at = ?, last_at = ?, updated_at = ? WHERE id = ?',
      );
      for (const id of stories) {
        const agg = stats.get(id) as { first_at: string | null; last_at: string | null };
        const names = (outlets.all(id) as { outlet: string }[]).map((r) => r.outlet);
        touch.run(JSON.stringify(names), agg.first_at, agg.last_at, now, id);
      }
    }
    return outcomes;
  });
}
