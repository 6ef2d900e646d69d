import type { Pool } from 'pg';
import type { Report } from '../../model/index.ts';
import { sinceOrNull } from '../dates.ts';
import { olderVersions, reportState } from '../report-version.ts';
import type { StoredArticle, StoryFilter, StoryParts, StorySummary } from '../types.ts';
import { changedSinceCondition } from './changed-since.ts';
import { articleFilter } from './read-articles.ts';
import { ARTICLE_COLUMNS, type ArticleRow, isoOrNull, toStoredArticle } from './rows.ts';
import { resolveStoryId } from './story-events.ts';

/** A story row with the aggregates of its articles, as {@link summaryQuery} selects it. */
interface SummaryRow {
  readonly id: string;
  readonly title: string;
  readonly topic_id: string | null;
  readonly updated_at: Date;
  readonly newest_at: Date | null;
  readonly report_version: string | null;
  readonly missing: boolean;
  readonly outdated: boolean;
  readonly article_count: number;
  readonly outlets: string[] | null;
  readonly unnamed: number;
  readonly first_at: string | null;
  readonly last_at: string | null;
}

// What a story's report standing is read from (`reportState`): whether it has one, whether it was
// computed before the story's last membership change, and the version that made it.
const REPORT_STATE = `s.report_version, s.report_as_of IS NULL AS missing,
  coalesce(s.report_as_of < s.updated_at, false) AS outdated`;

// The time of a story's first or last dated article (an undated article's ingest time tells nothing
// of the story's days): its memberships in time order, up to the first whose article is dated. It is
// given as the article gives it (`published`), with its own offset, so that the list shows the
// writer's day as the story page does; else (no ISO day in it) as stored, in UTC.
const publishedAt = (order: 'ASC' | 'DESC') =>
  `(SELECT CASE WHEN d.published ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN d.published
      ELSE to_char(m.sort_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END
    FROM memberships m JOIN articles d ON d.seq = m.article_seq
    WHERE m.story_id = s.id AND d.published_at IS NOT NULL ORDER BY m.sort_at ${order} LIMIT 1)`;

// The list's order (`stories_order` is its index): newest change first; stories changed at once (as
// the stories of one fetch) newest article first, then by id as a number (its length, then its text).
const NEWEST = "coalesce(s.last_at, '-infinity'::timestamptz)";
const STORY_ORDER = `s.updated_at DESC, ${NEWEST} DESC, length(s.id), s.id`;

/** Keep each named story's newest article time (`last_at`, the list's order) after its articles changed. */
export const REFRESH_NEWEST = `UPDATE stories s
  SET last_at = (SELECT max(m.sort_at) FROM memberships m WHERE m.story_id = s.id) WHERE s.id = ANY($1::text[])`;

// The stories chosen by `where` (over `stories s`), newest change first, each with its articles'
// count, outlets (most articles first), how many name no outlet and the span of its dated articles.
// The limit applies before the aggregates, so a page costs the same however many stories there are.
function summaryQuery(where: readonly string[], limitParam: string, byOutlets = false): string {
  // (most outlets first: each story's distinct named outlets counted before the limit)
  const order = byOutlets ? `${OUTLET_COUNT} DESC, ${STORY_ORDER}` : STORY_ORDER;
  return `
    SELECT s.id, s.title, s.topic_id, s.updated_at, s.last_at AS newest_at, ${REPORT_STATE},
           agg.article_count, ${publishedAt('ASC')} AS first_at, ${publishedAt('DESC')} AS last_at,
           (SELECT array_agg(o.outlet ORDER BY o.n DESC, o.outlet)
              FROM (SELECT outlet, count(*) AS n FROM memberships b
                    WHERE b.story_id = s.id AND b.outlet IS NOT NULL GROUP BY outlet) AS o) AS outlets,
           (SELECT count(*)::int FROM memberships u WHERE u.story_id = s.id AND u.outlet IS NULL) AS unnamed
    FROM (SELECT * FROM stories s ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
          ORDER BY ${order} ${limitParam}) AS s
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS article_count FROM memberships a WHERE a.story_id = s.id
    ) AS agg
    ORDER BY ${order}`;
}

// How many named outlets a story has (over `stories s`).
const OUTLET_COUNT =
  '(SELECT count(DISTINCT c.outlet) FROM memberships c WHERE c.story_id = s.id AND c.outlet IS NOT NULL)';

function toSummary(row: SummaryRow, reader: string): StorySummary {
  return {
    id: row.id,
    title: row.title,
    topicId: row.topic_id,
    articleCount: row.article_count,
    outlets: row.outlets ?? [],
    unnamedArticles: row.unnamed,
    firstAt: row.first_at,
    lastAt: row.last_at,
    updatedAt: row.updated_at.toISOString(),
    newestAt: isoOrNull(row.newest_at),
    ...reportState({ version: row.report_version, missing: row.missing, outdated: row.outdated }, reader),
  };
}

/**
 * Stories matching the filter, newest change first: `since` keeps those whose latest article is at
 * or after it, `outlet` those with an article of that outlet (each on its own: not one article both).
 */
export async function listStories(pool: Pool, filter: StoryFilter, reader: string): Promise<StorySummary[]> {
  const params: unknown[] = [];
  const where = [
    ...articleFilter({ since: filter.since }, params, 'a'),
    ...articleFilter({ outlet: filter.outlet }, params, 'a'),
  ].map((condition) => `s.id IN (SELECT a.story_id FROM memberships a WHERE ${condition})`);
  if (filter.topic !== undefined) {
    params.push(filter.topic);
    where.push(`s.topic_id = $${params.length}`);
  }
  const changedSince = sinceOrNull(filter.changedSince);
  if (changedSince !== null) {
    params.push(changedSince);
    where.push(changedSinceCondition(params.length));
  }
  if (filter.after !== undefined) {
    const { updatedAt, newestAt, id } = filter.after;
    params.push(updatedAt, id);
    const [at, key] = [params.length - 1, params.length];
    // a cursor of before the newest article was in it (`TIME~ID`) takes its story's as stored now
    if (newestAt !== undefined) params.push(newestAt);
    const newest =
      newestAt === undefined
        ? `(SELECT coalesce(max(o.last_at), '-infinity') FROM stories o WHERE o.id = $${key})`
        : `coalesce($${params.length}::timestamptz, '-infinity')`;
    const after = `(s.updated_at < $${at} OR (s.updated_at = $${at} AND (${NEWEST} < ${newest}
      OR (${NEWEST} = ${newest} AND (length(s.id) > length($${key}) OR (length(s.id) = length($${key}) AND s.id > $${key}))))))`;
    // most outlets first: the stories of fewer outlets, or of as many after the cursor's story
    const outlets = filter.byOutlets ? filter.after.outletCount : undefined;
    if (filter.byOutlets && outlets === undefined)
      throw new Error('a list by outlets goes on after a cursor that carries its outlet count');
    if (outlets !== undefined) params.push(outlets);
    where.push(
      outlets === undefined
        ? after
        : `(${OUTLET_COUNT} < $${params.length} OR (${OUTLET_COUNT} = $${params.length} AND ${after}))`,
    );
  }
  params.push(filter.limit ?? 50);
  const result = await pool.query<SummaryRow>(
    summaryQuery(where, `LIMIT $${params.length}`, filter.byOutlets === true),
    params,
  );
  return result.rows.map((row) => toSummary(row, reader));
}

/** One story with its articles in publication order and its last report, or null. */
export async function getStory(
  pool: Pool,
  id: string,
  parts: StoryParts,
  reader: string,
): Promise<{ story: StorySummary; articles: StoredArticle[]; report: Report | null } | null> {
  let found = await pool.query<SummaryRow>(summaryQuery(['s.id = $1'], ''), [id]);
  if (found.rows[0] === undefined) {
    // a merged story's id opens the story it is now part of
    const live = await resolveStoryId(pool, id);
    if (live !== null) found = await pool.query<SummaryRow>(summaryQuery(['s.id = $1'], ''), [live]);
  }
  const row = found.rows[0];
  if (row === undefined) return null;
  id = row.id;
  const [articles, report] = await Promise.all([
    parts.articles === false
      ? { rows: [] as ArticleRow[] }
      : pool.query<ArticleRow>(
          `SELECT ${ARTICLE_COLUMNS} FROM memberships m JOIN articles a ON a.seq = m.article_seq
       WHERE m.story_id = $1 ORDER BY m.sort_at, m.article_seq`,
          [id],
        ),
    parts.report === false
      ? { rows: [] as { report: Report | null }[] }
      : pool.query<{ report: Report | null }>('SELECT report FROM stories WHERE id = $1', [id]),
  ]);
  return {
    story: toSummary(row, reader),
    articles: articles.rows.map(toStoredArticle),
    report: report.rows[0]?.report ?? null,
  };
}

/**
 * Ids of stories whose report is missing, older than their membership, naming no version or made by
 * a version older than `reader`, oldest change first.
 */
export async function staleStoryIds(pool: Pool, limit: number, reader: string): Promise<string[]> {
  // the few versions stored, sorted out here: SQL cannot order them
  const versions = await pool.query<{ v: string | null }>('SELECT DISTINCT report_version AS v FROM stories');
  const older = olderVersions(
    versions.rows.map((row) => row.v),
    reader,
  );
  const result = await pool.query<{ id: string }>(
    `SELECT id FROM stories s WHERE s.report_as_of IS NULL OR s.report_as_of < s.updated_at
       OR s.report_version IS NULL OR s.report_version = ANY($2::text[])
     ORDER BY updated_at, id LIMIT $1`,
    [limit, older],
  );
  return result.rows.map((row) => row.id);
}
