import type { Pool } from 'pg';

/**
 * Stories' memberships as the grouping reads them back: their article ids, and the days of their
 * articles before its window.
 */

/** The article ids of each known story of `ids`, in publication order, without reading the articles. */
export async function storyMembers(pool: Pool, ids: readonly string[]): Promise<Map<string, string[]>> {
  const members = new Map<string, string[]>();
  if (ids.length === 0) return members;
  const result = await pool.query<{ story_id: string; id: string }>(
    `SELECT m.story_id, a.id FROM memberships m JOIN articles a ON a.seq = m.article_seq
     WHERE m.story_id = ANY($1::text[]) ORDER BY m.story_id, m.sort_at, m.article_seq`,
    [[...ids]],
  );
  for (const row of result.rows) {
    const list = members.get(row.story_id);
    if (list) list.push(row.id);
    else members.set(row.story_id, [row.id]);
  }
  return members;
}

/** Publication days of the dated articles of the stories sorted before `before`; see `Store.storyDaysBefore`. */
export async function storyDaysBefore(
  pool: Pool,
  ids: readonly string[],
  before: string,
): Promise<Map<string, number[]>> {
  const days = new Map<string, number[]>();
  if (ids.length === 0) return days;
  const result = await pool.query<{ story_id: string; day: number }>(
    `SELECT m.story_id, floor(extract(epoch FROM a.published_at) / 86400)::int AS day
     FROM memberships m JOIN articles a ON a.seq = m.article_seq
     WHERE m.story_id = ANY($1::text[]) AND m.sort_at < $2 AND a.published_at IS NOT NULL
     ORDER BY m.story_id, m.sort_at`,
    [[...ids], before],
  );
  for (const row of result.rows) {
    const list = days.get(row.story_id);
    if (list) list.push(row.day);
    else days.set(row.story_id, [row.day]);
  }
  return days;
}
