import { assembleChanges, type ChangedArticleRow } from '../changes.ts';
import { sinceOrNull } from '../dates.ts';
import { CHANGED_ARTICLES } from '../patterns.ts';
import type { ChangeFilter, StoryChanges, StoryEvent } from '../types.ts';
import type { Db } from './db.ts';
import { listStories } from './stories.ts';

/**
 * What changed in the stories after a time (`storyChanges`): the story list's page of stories that
 * changed (`StoryFilter.changedSince`), then each kind of change of the page's stories in one query.
 */

/** A page of stories changed at or after `filter.changedSince`, newest change first, each with what changed. */
export function listChanges(db: Db, filter: ChangeFilter, reader: string): StoryChanges[] {
  const since = sinceOrNull(filter.changedSince) as string;
  return db.read(() => {
    const stories = listStories(
      db,
      { changedSince: since, ...(filter.after ? { after: filter.after } : {}), limit: filter.limit ?? 50 },
      reader,
    );
    if (stories.length === 0) return [];
    const ids = JSON.stringify(stories.map((s) => s.id));
    const ranked = (rows: string) => `SELECT * FROM (SELECT c.*,
        row_number() OVER (PARTITION BY c.storyId ORDER BY c.at DESC, c.seq DESC) AS n,
        count(*) OVER (PARTITION BY c.storyId) AS total FROM (${rows}) AS c) WHERE n <= ?
      ORDER BY at DESC, seq DESC`;
    const added = db
      .stmt(
        ranked(`SELECT 'new' AS kind, a.story_id AS storyId, a.seq, a.id, a.title, a.outlet, a.ingested_at AS at
        FROM articles a WHERE a.story_id IN (SELECT value FROM json_each(?)) AND a.ingested_at >= ?`),
      )
      .all(ids, since, CHANGED_ARTICLES);
    const updated = db
      .stmt(
        ranked(`SELECT 'updated' AS kind, a.story_id AS storyId, a.seq, a.id, a.title, a.outlet,
          max(r.replaced_at) AS at
        FROM articles a JOIN article_revisions r ON r.article_seq = a.seq
        WHERE a.story_id IN (SELECT value FROM json_each(?)) AND a.ingested_at < ? AND r.replaced_at >= ?
        GROUP BY a.seq`),
      )
      .all(ids, since, since, CHANGED_ARTICLES);
    const events = db
      .stmt(`SELECT at, kind, story_id AS storyId, other_id AS otherId, articles FROM story_events
        WHERE at >= ? AND (story_id IN (SELECT value FROM json_each(?)) OR other_id IN (SELECT value FROM json_each(?)))
        ORDER BY seq DESC`)
      .all(since, ids, ids) as unknown as StoryEvent[];
    return assembleChanges(
      stories,
      [...added, ...updated] as unknown as ChangedArticleRow[],
      events.map(({ kind, storyId, otherId, articles, at }) => ({ kind, storyId, otherId, articles, at })),
    );
  });
}
