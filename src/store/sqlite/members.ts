import type { Db } from './db.ts';

/**
 * Stories' memberships as the grouping reads them back: their article ids, and the days of their
 * articles before its window.
 */

/** The article ids of each of the stories, in publication order; unknown stories left out. */
export function listMembers(db: Db, ids: readonly string[]): Map<string, string[]> {
  const members = new Map<string, string[]>();
  const rows = db
    .stmt(`SELECT story_id, id FROM articles WHERE story_id IN (SELECT value FROM json_each(?))
      ORDER BY story_id, sort_at, seq`)
    .all(JSON.stringify(ids)) as { story_id: string; id: string }[];
  for (const row of rows) {
    const list = members.get(row.story_id);
    if (list === undefined) members.set(row.story_id, [row.id]);
    else list.push(row.id);
  }
  return members;
}

/** Publication days of the dated articles of the stories sorted before `before`; see `Store.storyDaysBefore`. */
export function listDaysBefore(db: Db, ids: readonly string[], before: string): Map<string, number[]> {
  const days = new Map<string, number[]>();
  const rows = db
    .stmt(`SELECT story_id, published_at FROM articles
      WHERE story_id IN (SELECT value FROM json_each(?)) AND sort_at < ? AND published_at IS NOT NULL
      ORDER BY story_id, sort_at`)
    .all(JSON.stringify(ids), before) as { story_id: string; published_at: string }[];
  for (const row of rows) {
    const day = Math.floor(Date.parse(row.published_at) / 86_400_000);
    const list = days.get(row.story_id);
    if (list === undefined) days.set(row.story_id, [day]);
    else list.push(day);
  }
  return days;
}
