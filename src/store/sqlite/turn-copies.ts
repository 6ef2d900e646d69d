import { turnedArticle } from '../turned-copies.ts';
import type { CopyTurn } from '../types.ts';
import type { Db } from './db.ts';
import { after } from './replace.ts';

/**
 * Turn stored copies to an earlier original, in one transaction (`Store.turnCopies`): each article
 * that is `from` or names it in `syndicatedFrom` names `to`; their stories are marked changed, so their
 * reports are stale. (The copies are found by the JSON of every body: a turn is rare, an earlier
 * original stored after its copy.)
 */
export function turnBatch(db: Db, turns: readonly CopyTurn[], clock: string): void {
  db.write(() => {
    const find = db.stmt(`SELECT a.seq, a.id, a.story_id, b.article, b.features FROM articles a
      JOIN article_bodies b ON b.seq = a.seq
      WHERE a.id = ? OR json_extract(b.article, '$.syndicatedFrom') = ?`);
    const update = db.stmt('UPDATE article_bodies SET article = ?, features = ? WHERE seq = ?');
    const stories = new Set<string>();
    for (const turn of turns) {
      const rows = find.all(turn.from, turn.from) as {
        seq: number;
        id: string;
        story_id: string | null;
        article: string;
        features: string | null;
      }[];
      for (const row of rows) {
        if (row.id === turn.to) continue;
        const features = row.features === null ? null : JSON.parse(row.features);
        const turned = turnedArticle(row.id, JSON.parse(row.article), features, turn);
        update.run(
          JSON.stringify(turned.article),
          turned.features === null ? null : JSON.stringify(turned.features),
          row.seq,
        );
        if (row.story_id !== null) stories.add(row.story_id);
      }
    }
    if (!stories.size) return;
    const latest = (db.stmt('SELECT max(updated_at) AS t FROM stories').get() as { t: string | null }).t;
    const touch = db.stmt('UPDATE stories SET updated_at = ? WHERE id = ?');
    const at = after(latest, clock);
    for (const id of stories) touch.run(at, id);
  });
}
