// Writing the stories' memberships as the grouping decides them (PostgreSQL), with the changes
// recorded as story events. Reading them: stories.ts.
import type { PoolClient } from 'pg';
import { type StoryMove, storyEventsOf } from '../story-events.ts';
import type { StoryChange } from '../types.ts';
import { REFRESH_NEWEST } from './stories.ts';
import { recordEvents } from './story-events.ts';

// Move the listed articles into their stories and the other articles of those stories out; say how
// many listed articles were found and which stories lost articles to others.
const MOVE_ARTICLES = `
  WITH pairs AS (SELECT * FROM unnest($1::text[], $2::text[]) AS p(story_id, article_id)),
  listed AS (
    SELECT a.seq, a.sort_at, a.outlet, p.story_id AS new_story, m.story_id AS old_story
    FROM pairs p JOIN articles a ON a.id = p.article_id
    LEFT JOIN memberships m ON m.article_seq = a.seq
  ),
  moved AS (
    INSERT INTO memberships (article_seq, story_id, sort_at, outlet)
    SELECT seq, new_story, sort_at, outlet FROM listed WHERE old_story IS DISTINCT FROM new_story
    ON CONFLICT (article_seq) DO UPDATE SET story_id = excluded.story_id
  ),
  left_out AS (
    DELETE FROM memberships WHERE story_id = ANY($3::text[]) AND article_seq NOT IN (SELECT seq FROM listed)
  )
  SELECT (SELECT count(*) FROM listed)::int AS found,
         array(SELECT DISTINCT old_story FROM listed
               WHERE old_story IS NOT NULL AND old_story <> new_story) AS losers,
         (SELECT coalesce(json_agg(json_build_object('from', old_story, 'to', new_story, 'articles', n)), '[]')
            FROM (SELECT old_story, new_story, count(*)::int AS n FROM listed
                  WHERE old_story IS NOT NULL AND old_story <> new_story GROUP BY old_story, new_story) AS m
         ) AS moves`;

/**
 * Record the grouping's changes in the given transaction: each story takes exactly the articles it
 * names; a story that loses articles to it is changed (and stale) too, and one left with no article
 * is deleted. An article id that is not stored throws. (A story or article named twice: the last
 * naming wins.)
 */
export async function applyStoryChanges(client: PoolClient, changes: readonly StoryChange[]): Promise<void> {
  const stories = new Map(changes.map((change) => [change.id, change]));
  const storyOf = new Map<string, string>();
  for (const change of stories.values()) for (const id of change.articleIds) storyOf.set(id, change.id);
  const ids = [...stories.keys()];
  // One time for the whole change, after every earlier change of any story (so also after each
  // changed story's previous one, and a report as of that one is never taken for current): stale
  // stories are refreshed oldest change first, and two changes in one millisecond keep their order.
  const clock = await client.query<{ at: Date }>(
    `SELECT greatest(date_trunc('milliseconds', now()),
       (SELECT max(updated_at) FROM stories) + interval '1 millisecond') AS at`,
  );
  const at = clock.rows[0]?.at;
  // `xmax = 0`: the row was inserted by this statement, not updated (the story is new)
  const upserted = await client.query<{ id: string; inserted: boolean }>(
    `INSERT INTO stories AS s (id, title, topic_id, updated_at)
     SELECT id, title, topic_id, $4::timestamptz
     FROM unnest($1::text[], $2::text[], $3::text[]) AS c(id, title, topic_id)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, topic_id = excluded.topic_id,
       updated_at = $4::timestamptz
     RETURNING id, (xmax = 0) AS inserted`,
    [ids, ids.map((id) => stories.get(id)?.title), ids.map((id) => stories.get(id)?.topicId ?? null), at],
  );
  const created = new Set(upserted.rows.filter((row) => row.inserted).map((row) => row.id));
  const moved = await client.query<{ found: number; losers: string[]; moves: StoryMove[] }>(MOVE_ARTICLES, [
    [...storyOf.values()],
    [...storyOf.keys()],
    ids,
  ]);
  const { found = 0, losers = [], moves = [] } = moved.rows[0] ?? {};
  if (found < storyOf.size) {
    const known = await client.query<{ id: string }>('SELECT id FROM articles WHERE id = ANY($1::text[])', [
      [...storyOf.keys()],
    ]);
    const stored = new Set(known.rows.map((row) => row.id));
    const unknown = [...storyOf.keys()].filter((id) => !stored.has(id));
    throw new Error(`saveStories: articles that are not stored: ${unknown.slice(0, 10).join(', ')}`);
  }
  const others = losers.filter((id) => !stories.has(id));
  if (others.length > 0) {
    await client.query('UPDATE stories SET updated_at = $2::timestamptz WHERE id = ANY($1::text[])', [
      others,
      at,
    ]);
  }
  await client.query(REFRESH_NEWEST, [[...ids, ...others]]);
  const removed = await client.query<{ id: string }>(
    `DELETE FROM stories s WHERE s.id = ANY($1::text[])
       AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.story_id = s.id) RETURNING s.id`,
    [[...ids, ...others]],
  );
  const events = storyEventsOf(moves, created, new Set(removed.rows.map((row) => row.id)));
  await recordEvents(client, events, at as Date);
}
