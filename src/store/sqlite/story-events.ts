import { sinceOrNull } from '../dates.ts';
import { MAX_REDIRECTS, type NewStoryEvent } from '../story-events.ts';
import type { StoryEvent, StoryEventFilter } from '../types.ts';
import { limitOf } from './articles.ts';
import type { Db } from './db.ts';

/**
 * The `story_events` table (schema 6): merges and splits as `saveStories` records them, and the
 * redirect of a merged story's id to the story it is now part of.
 */

/** Record events of one change at `at` (inside the caller's transaction). */
export function recordEvents(db: Db, events: readonly NewStoryEvent[], at: string): void {
  const insert = db.stmt(
    'INSERT INTO story_events (at, kind, story_id, other_id, articles) VALUES (?, ?, ?, ?, ?)',
  );
  for (const e of events) insert.run(at, e.kind, e.storyId, e.otherId, e.articles);
}

/**
 * The live story an id stands for: itself when it is a story, else the story it merged into
 * (following merges of merges), or null when it is neither.
 */
export function resolveStoryId(db: Db, id: string): string | null {
  const live = db.stmt('SELECT 1 AS found FROM stories WHERE id = ?');
  const merged = db.stmt(`SELECT other_id FROM story_events WHERE story_id = ? AND kind = 'merged'
    ORDER BY seq DESC LIMIT 1`);
  let at = id;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (live.get(at) !== undefined) return at;
    const next = merged.get(at) as { other_id: string } | undefined;
    if (next === undefined) return null;
    at = next.other_id;
  }
  return null;
}

/** Recorded events, newest first. */
export function listEvents(db: Db, filter: StoryEventFilter): StoryEvent[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const since = sinceOrNull(filter.since);
  if (since !== null) {
    where.push('at >= ?');
    params.push(since);
  }
  if (filter.storyId !== undefined) {
    where.push(
      'seq IN (SELECT seq FROM story_events WHERE story_id = ? UNION SELECT seq FROM story_events WHERE other_id = ?)',
    );
    params.push(filter.storyId, filter.storyId);
  }
  const rows = db
    .stmt(`SELECT at, kind, story_id, other_id, articles FROM story_events
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`)
    .all(...params, limitOf(filter)) as {
    at: string;
    kind: StoryEvent['kind'];
    story_id: string;
    other_id: string;
    articles: number;
  }[];
  return rows.map((r) => ({
    kind: r.kind,
    storyId: r.story_id,
    otherId: r.other_id,
    articles: r.articles,
    at: r.at,
  }));
}
