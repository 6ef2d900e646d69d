import type { PoolClient } from 'pg';
import { turnedArticle } from '../turned-copies.ts';
import type { CopyTurn } from '../types.ts';
import { touchStories } from './replace.ts';
import { toJsonb } from './rows.ts';

/**
 * Turn stored copies to an earlier original, in the given transaction (`Store.turnCopies`): each
 * article that is `from` or names it in `syndicatedFrom` names `to`; their stories are marked changed
 * (after every earlier change of any story), so their reports are stale. (The copies are found by
 * every article's JSON: a turn is rare, an earlier original stored after its copy.)
 */
export async function turnBatch(client: PoolClient, turns: readonly CopyTurn[]): Promise<void> {
  const stories = new Set<string>();
  for (const turn of turns) {
    const found = await client.query<{
      seq: string;
      id: string;
      story_id: string | null;
      article: Record<string, unknown>;
      features: unknown;
    }>(
      `SELECT a.seq, a.id, m.story_id, a.article, a.features FROM articles a
       LEFT JOIN memberships m ON m.article_seq = a.seq
       WHERE (a.id = $1 OR a.article->>'syndicatedFrom' = $1) AND a.id <> $2 FOR UPDATE OF a`,
      [turn.from, turn.to],
    );
    for (const row of found.rows) {
      const turned = turnedArticle(row.id, row.article as never, row.features, turn);
      await client.query('UPDATE articles SET article = $2::jsonb, features = $3::jsonb WHERE seq = $1', [
        row.seq,
        toJsonb(turned.article),
        toJsonb(turned.features ?? null),
      ]);
      if (row.story_id !== null) stories.add(row.story_id);
    }
  }
  await touchStories(client, stories);
}
