import type { Pool, PoolClient } from 'pg';
import type { Report } from '../../model/index.ts';
import type { ListFilter, StoredArticle, StoryChange, StorySummary } from '../types.ts';
import { articleFilter } from './articles.ts';
import { ARTICLE_COLUMNS, type ArticleRow, isoOrNull, toJsonb, toStoredArticle } from './rows.ts';

/** A story row with the aggregates of its articles, as {@link summaryQuery} selects it. */
interface SummaryRow {
  readonly id: string;
  readonly title: string;
  readonly topic_id: string | null;
  readonly updated_at: Date;
  readonly report_stale: boolean;
  readonly article_count: number;
  readonly outlets: string[] | null;
  readonly first_at: Date | null;
  readonly last_at: Date | null;
}

// A story's report is stale when it has none, or one computed before its last membership change.
const STALE = '(s.report_as_of IS NULL OR s.report_as_of < s.updated_at)';

// The stories chosen by `where` (over `stories s`), newest change first, each with its articles'
// count, outlets (most articles first) and time range. The limit applies before the aggregates, so a
// page costs the same however many stories there are.
function summaryQuery(where: readonly string[], limitParam: string): string {
  return `
    SELECT s.id, s.title, s.topic_id, s.updated_at, ${STALE} AS report_stale,
           agg.article_count, agg.first_at, agg.last_at,
           (SELECT array_agg(o.outlet ORDER BY o.n DESC, o.outlet)
              FROM (SELECT outlet, count(*) AS n FROM articles b
                    WHERE b.story_id = s.id AND b.outlet IS NOT NULL GROUP BY outlet) AS o) AS outlets
    FROM (SELECT * FROM stories s ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
          ORDER BY s.updated_at DESC, s.id ${limitParam}) AS s
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS article_count, min(a.sort_at) AS first_at, max(a.sort_at) AS last_at
      FROM articles a WHERE a.story_id = s.id
    ) AS agg
    ORDER BY s.updated_at DESC, s.id`;
}

function toSummary(row: SummaryRow): StorySummary {
  return {
    id: row.id,
    title: row.title,
    topicId: row.topic_id,
    articleCount: row.article_count,
    outlets: row.outlets ?? [],
    firstAt: isoOrNull(row.first_at),
    lastAt: isoOrNull(row.last_at),
    updatedAt: row.updated_at.toISOString(),
    reportStale: row.report_stale,
  };
}

/**
 * Stories matching the filter, newest change first: `since` keeps those whose latest article is at
 * or after it, `outlet` those with an article of that outlet (each on its own: not one article both).
 */
export async function listStories(pool: Pool, filter: ListFilter): Promise<StorySummary[]> {
  const params: unknown[] = [];
  const where = [
    ...articleFilter({ since: filter.since }, params, 'a'),
    ...articleFilter({ outlet: filter.outlet }, params, 'a'),
  ].map((condition) => `EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND ${condition})`);
  params.push(filter.limit ?? 50);
  const result = await pool.query<SummaryRow>(summaryQuery(where, `LIMIT $${params.length}`), params);
  return result.rows.map(toSummary);
}

/** One story with its articles in publication order and its last report, or null. */
export async function getStory(
  pool: Pool,
  id: string,
): Promise<{ story: StorySummary; articles: StoredArticle[]; report: Report | null } | null> {
  const found = await pool.query<SummaryRow>(summaryQuery(['s.id = $1'], ''), [id]);
  const row = found.rows[0];
  if (row === undefined) return null;
  const [articles, report] = await Promise.all([
    pool.query<ArticleRow>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE story_id = $1 ORDER BY sort_at, seq`,
      [id],
    ),
    pool.query<{ report: Report | null }>('SELECT report FROM stories WHERE id = $1', [id]),
  ]);
  return {
    story: toSummary(row),
    articles: articles.rows.map(toStoredArticle),
    report: report.rows[0]?.report ?? null,
  };
}

/** Ids of stories whose report is stale, oldest change first. */
export async function staleStoryIds(pool: Pool, limit: number): Promise<string[]> {
  const result = await pool.query<{ id: string }>(
    `SELECT id FROM stories s WHERE ${STALE} ORDER BY updated_at, id LIMIT $1`,
    [limit],
  );
  return result.rows.map((row) => row.id);
}

// A changed story's new time: now, but always at least a millisecond after its previous change, so
// that a report computed as of the previous one is never taken for current.
const NEXT_UPDATE = "greatest(date_trunc('milliseconds', now()), s.updated_at + interval '1 millisecond')";

/**
 * Record the grouping's changes in the given transaction: each story takes exactly the articles it
 * names; a story that loses articles to it is changed (and stale) too, and one left with no article
 * is deleted. An article id that is not stored throws.
 */
export async function applyStoryChanges(client: PoolClient, changes: readonly StoryChange[]): Promise<void> {
  const touchedIds = new Set(changes.map((change) => change.id));
  for (const change of changes) {
    const ids = [...new Set(change.articleIds)];
    await client.query(
      `INSERT INTO stories AS s (id, title, topic_id, updated_at)
       VALUES ($1, $2, $3, date_trunc('milliseconds', now()))
       ON CONFLICT (id) DO UPDATE SET title = excluded.title, topic_id = excluded.topic_id,
         updated_at = ${NEXT_UPDATE}`,
      [change.id, change.title, change.topicId],
    );
    // Move the listed articles in (saying which stories they leave), and the others out.
    const moved = await client.query<{ id: string; story_id: string | null }>(
      `WITH listed AS (SELECT id, story_id FROM articles WHERE id = ANY($2::text[]) FOR UPDATE),
       moved AS (
         UPDATE articles SET story_id = $1 FROM listed
         WHERE articles.id = listed.id AND listed.story_id IS DISTINCT FROM $1
       ),
       left_out AS (
         UPDATE articles SET story_id = NULL WHERE story_id = $1 AND NOT (id = ANY($2::text[]))
       )
       SELECT id, story_id FROM listed`,
      [change.id, ids],
    );
    if (moved.rows.length < ids.length) {
      const found = new Set(moved.rows.map((row) => row.id));
      const unknown = ids.filter((id) => !found.has(id));
      throw new Error(
        `saveStories: story ${change.id} lists articles that are not stored: ${unknown.join(', ')}`,
      );
    }
    for (const row of moved.rows) {
      if (row.story_id !== null && row.story_id !== change.id) touchedIds.add(row.story_id);
    }
  }
  const others = [...touchedIds].filter((id) => !changes.some((change) => change.id === id));
  if (others.length > 0) {
    await client.query(`UPDATE stories AS s SET updated_at = ${NEXT_UPDATE} WHERE id = ANY($1::text[])`, [
      others,
    ]);
  }
  await client.query(
    `DELETE FROM stories s WHERE s.id = ANY($1::text[])
       AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id)`,
    [[...touchedIds]],
  );
}

/**
 * Store a story's report computed as of `asOf` (the story's `updatedAt` when it was read), unless a
 * report as of a later time is there already. It stays stale when the membership changed since.
 * Returns false when the story is unknown.
 */
export async function storeReport(
  pool: Pool,
  storyId: string,
  report: Report,
  asOf: string,
): Promise<boolean> {
  const at = isoOrNull(asOf);
  if (at === null) throw new Error(`saveReport: asOf is not a date: ${asOf}`);
  const result = await pool.query<{ found: boolean }>(
    `WITH saved AS (
       UPDATE stories SET report = $2::jsonb, report_as_of = $3
       WHERE id = $1 AND (report_as_of IS NULL OR report_as_of <= $3)
       RETURNING id
     )
     SELECT EXISTS (SELECT 1 FROM stories WHERE id = $1) AS found`,
    [storyId, toJsonb(report), at],
  );
  return result.rows[0]?.found === true;
}
