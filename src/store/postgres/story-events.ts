import type { Pool, PoolClient } from 'pg';
import { sinceOrNull } from '../dates.ts';
import { MAX_REDIRECTS, type NewStoryEvent } from '../story-events.ts';
import type { StoryEvent, StoryEventFilter } from '../types.ts';

/**
 * The `story_events` table (schema 6): merges and splits as `saveStories` records them, and the
 * redirect of a merged story's id to the story it is now part of.
 */

/** Record events of one change at `at`, in the caller's transaction. */
export async function recordEvents(
  client: PoolClient,
  events: readonly NewStoryEvent[],
  at: Date,
): Promise<void> {
  if (events.length === 0) return;
  await client.query(
    `INSERT INTO story_events (at, kind, story_id, other_id, articles)
     SELECT $1::timestamptz, * FROM unnest($2::text[], $3::text[], $4::text[], $5::int[])`,
    [
      at,
      events.map((e) => e.kind),
      events.map((e) => e.storyId),
      events.map((e) => e.otherId),
      events.map((e) => e.articles),
    ],
  );
}

/**
 * The live story an id stands for: itself when it is a story, else the story it merged into
 * (following merges of merges), or null when it is neither.
 */
export async function resolveStoryId(pool: Pool, id: string): Promise<string | null> {
  const found = await pool.query<{ id: string | null }>(
    `WITH RECURSIVE hops (id, depth) AS (
       SELECT $1::text, 0
       UNION ALL
       SELECT (SELECT e.other_id FROM story_events e WHERE e.story_id = h.id AND e.kind = 'merged'
               ORDER BY e.seq DESC LIMIT 1), h.depth + 1
       FROM hops h
       WHERE h.id IS NOT NULL AND h.depth < $2 AND NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = h.id)
     )
     SELECT h.id FROM hops h WHERE EXISTS (SELECT 1 FROM stories s WHERE s.id = h.id) LIMIT 1`,
    [id, MAX_REDIRECTS],
  );
  return found.rows[0]?.id ?? null;
}

/** Recorded events, newest first. */
export async function listEvents(pool: Pool, filter: StoryEventFilter): Promise<StoryEvent[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  const since = sinceOrNull(filter.since);
  if (since !== null) {
    params.push(since);
    where.push(`at >= $${params.length}`);
  }
  if (filter.storyId !== undefined) {
    params.push(filter.storyId);
    where.push(`(story_id = $${params.length} OR other_id = $${params.length})`);
  }
  const limit = filter.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`not a positive whole number: ${limit}`);
  params.push(limit);
  const result = await pool.query<{
    at: Date;
    kind: StoryEvent['kind'];
    story_id: string;
    other_id: string;
    articles: number;
  }>(
    `SELECT at, kind, story_id, other_id, articles FROM story_events
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT $${params.length}`,
    params,
  );
  return result.rows.map((r) => ({
    kind: r.kind,
    storyId: r.story_id,
    otherId: r.other_id,
    articles: r.articles,
    at: r.at.toISOString(),
  }));
}
