import type { Report } from '../../model/index.ts';
import { sinceOrNull } from '../dates.ts';
import { olderVersions, reportState } from '../report-version.ts';
import type { StoredArticle, StoryFilter, StoryParts, StorySummary } from '../types.ts';
import { limitOf, storedOutletKey } from './articles.ts';
import { CHANGED_SINCE } from './changed-since.ts';
import type { Db } from './db.ts';
import { ARTICLE_COLUMNS, type ArticleRow, toStoredArticle } from './rows.ts';
import { resolveStoryId } from './story-events.ts';

/**
 * Reading the stories table: lists, stale stories, and one story with its articles and last report.
 * The memberships, the aggregates a list shows (counts, outlets, first and last dates) and the
 * reports are written by story-changes.ts.
 */

/** Up to this many articles of an outlet, a story list filtered by it reads them from the outlet's index. */
const OUTLET_INDEX_ROWS = 2000;

/** A `stories` row as the summary queries read it. */
interface StoryRow {
  readonly id: string;
  readonly title: string;
  readonly topic_id: string | null;
  readonly article_count: number;
  readonly outlets: string;
  readonly unnamed: number;
  readonly first_at: string | null;
  readonly last_at: string | null;
  readonly updated_at: string;
  readonly newest_at: string | null;
  readonly report_version: string | null;
  readonly missing: number;
  readonly outdated: number;
}

// The span shown is of the articles' publication times only (an undated article's ingest time tells
// nothing of the story's days): read from the story's index in time order, up to its first and last
// dated article, whose time is given as the article gives it, with its own offset (the list shows the
// writer's day, as the story page does), else (no ISO day in it) as stored, in UTC. The stored
// first_at and last_at (publication, else ingest) serve the `since` filter.
const PUBLISHED_AT = (order: 'ASC' | 'DESC') =>
  `(SELECT CASE WHEN p.given GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' THEN p.given ELSE p.sort_at END
    FROM (SELECT json_extract(b.article, '$.publishedAt') AS given, a.sort_at FROM articles a
      JOIN article_bodies b ON b.seq = a.seq WHERE a.story_id = s.id AND a.published_at IS NOT NULL
      ORDER BY a.sort_at ${order} LIMIT 1) AS p)`;
// Its articles of no named outlet, counted from the story's index (the stored outlet list leaves them out).
const UNNAMED = '(SELECT count(*) FROM articles a WHERE a.story_id = s.id AND a.outlet IS NULL)';
// A story summary's columns (over `stories s`); its report's standing is read (`reportState`) from
// the version that made it, whether it has one and whether it was computed before the story's last
// membership change.
const SUMMARY_COLUMNS = `s.id, s.title, s.topic_id, s.article_count, s.outlets, ${UNNAMED} AS unnamed,
  ${PUBLISHED_AT('ASC')} AS first_at,
  ${PUBLISHED_AT('DESC')} AS last_at, s.updated_at, s.last_at AS newest_at, s.report_version, s.report_as_of IS NULL AS missing,
  s.report_as_of < s.updated_at AS outdated`;

function toSummary(row: StoryRow, reader: string): StorySummary {
  return {
    id: row.id,
    title: row.title,
    topicId: row.topic_id,
    articleCount: row.article_count,
    outlets: JSON.parse(row.outlets) as string[],
    unnamedArticles: row.unnamed,
    firstAt: row.first_at,
    lastAt: row.last_at,
    updatedAt: row.updated_at,
    newestAt: row.newest_at,
    ...reportState(
      { version: row.report_version, missing: row.missing === 1, outdated: row.outdated === 1 },
      reader,
    ),
  };
}

// The list's order (`stories_order` is its index): newest change first; stories changed at once (as
// the stories of one fetch) newest article first, then by id as a number (its length, then its
// text: s4 before s11).
const NEWEST = "coalesce(s.last_at, '')";
const STORY_ORDER = `s.updated_at DESC, ${NEWEST} DESC, length(s.id), s.id`;
// A story's count of named outlets (`outlets` lists them once each): the order most outlets first.
const OUTLET_COUNT = 'json_array_length(s.outlets)';

/**
 * Stories in the list's order (newest change first, see STORY_ORDER; `byOutlets`: most outlets
 * first), filtered by their latest article's date, by outlet and by topic.
 */
export function listStories(db: Db, filter: StoryFilter, reader: string): StorySummary[] {
  const where: string[] = [];
  const params: (string | number)[] = [];
  const since = sinceOrNull(filter.since);
  if (since !== null) {
    where.push('s.last_at >= ?');
    params.push(since);
  }
  if (filter.outlet !== undefined) {
    // An outlet of few articles: its stories from the outlet's index. A common one: the newest stories
    // checked one by one, which finds a page of them early (the index read would cost its every row),
    // each by its list of outlet names (a story's articles, read one by one for their outlet, took
    // 40 ms of CPU for 50 stories at 100k articles; the list 1 ms). SQLite's lower() folds ASCII only:
    // other names are checked on the articles.
    const key = storedOutletKey(filter.outlet);
    const count = (
      db
        .stmt('SELECT count(*) AS n FROM (SELECT 1 FROM articles WHERE outlet_key = ? LIMIT ?)')
        .get(key, OUTLET_INDEX_ROWS + 1) as { n: number }
    ).n;
    where.push(
      count <= OUTLET_INDEX_ROWS
        ? 's.id IN (SELECT a.story_id FROM articles a WHERE a.outlet_key = ?)'
        : /^[\x20-\x7e]*$/.test(key)
          ? 'EXISTS (SELECT 1 FROM json_each(s.outlets) WHERE lower(value) = ?)'
          : 'EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.outlet_key = ?)',
    );
    params.push(key);
  }
  if (filter.topic !== undefined) {
    where.push('s.topic_id = ?');
    params.push(filter.topic);
  }
  const changedSince = sinceOrNull(filter.changedSince);
  if (changedSince !== null) {
    where.push(CHANGED_SINCE);
    params.push(...Array<string>(6).fill(changedSince));
  }
  if (filter.after !== undefined) {
    // a range of the order's index (an OR of two ranges was read whole and sorted: 17 ms cold); a
    // cursor of before the newest article was in it (`TIME~ID`) takes its story's as stored now
    const { updatedAt, id } = filter.after;
    const newest =
      filter.after.newestAt !== undefined
        ? filter.after.newestAt
        : ((
            db.stmt('SELECT last_at FROM stories WHERE id = ?').get(id) as
              | { last_at: string | null }
              | undefined
          )?.last_at ?? null);
    const after = `s.updated_at <= ? AND (s.updated_at < ? OR ${NEWEST} < ? OR (${NEWEST} = ? AND
      (length(s.id) > ? OR (length(s.id) = ? AND s.id > ?))))`;
    const values = [updatedAt, updatedAt, newest ?? '', newest ?? '', id.length, id.length, id];
    // most outlets first: the stories of fewer outlets, or of as many after the cursor's story
    const outlets = filter.byOutlets ? filter.after.outletCount : undefined;
    if (filter.byOutlets && outlets === undefined)
      throw new Error('a list by outlets goes on after a cursor that carries its outlet count');
    if (outlets === undefined) where.push(after);
    else where.push(`(${OUTLET_COUNT} < ? OR (${OUTLET_COUNT} = ? AND ${after}))`);
    params.push(...(outlets === undefined ? [] : [outlets, outlets]), ...values);
  }
  // `since` reads the stories of its range by their latest article (a recent range holds few; read
  // by last change instead, a page of 50 that the range never fills walks every story)
  const from = since !== null ? 'stories s INDEXED BY stories_last' : 'stories s';
  const order = filter.byOutlets ? `${OUTLET_COUNT} DESC, ${STORY_ORDER}` : STORY_ORDER;
  const sql = `SELECT ${SUMMARY_COLUMNS} FROM ${from} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${order} LIMIT ?`;
  return (db.stmt(sql).all(...params, limitOf(filter)) as unknown as StoryRow[]).map((row) =>
    toSummary(row, reader),
  );
}

/**
 * Ids of stories whose report is missing, older than their membership, naming no version or made by
 * a version older than `reader`, oldest change first.
 */
export function listStale(db: Db, limit: number, reader: string): string[] {
  return db.read(() => {
    // the few versions stored, sorted out here: SQL cannot order them
    const versions = db.stmt('SELECT DISTINCT report_version AS v FROM stories').all() as {
      v: string | null;
    }[];
    const older = olderVersions(
      versions.map((row) => row.v),
      reader,
    );
    const rows = db
      .stmt(`SELECT s.id FROM stories s WHERE s.report_as_of IS NULL OR s.report_as_of < s.updated_at
        OR s.report_version IS NULL OR s.report_version IN (SELECT value FROM json_each(?))
        ORDER BY s.updated_at, s.id LIMIT ?`)
      .all(JSON.stringify(older), limit) as { id: string }[];
    return rows.map((row) => row.id);
  });
}

/** One story with its articles in publication order and its last report, read in one snapshot. */
export function readStory(
  db: Db,
  id: string,
  parts: StoryParts,
  reader: string,
): { story: StorySummary; articles: StoredArticle[]; report: Report | null } | null {
  const withReport = parts.report !== false;
  return db.read(() => {
    const read = (at: string) =>
      db
        .stmt(
          withReport
            ? `SELECT ${SUMMARY_COLUMNS}, r.report FROM stories s LEFT JOIN story_reports r ON r.story_id = s.id WHERE s.id = ?`
            : `SELECT ${SUMMARY_COLUMNS}, NULL AS report FROM stories s WHERE s.id = ?`,
        )
        .get(at) as (StoryRow & { report: string | null }) | undefined;
    // a merged story's id opens the story it is now part of
    let row = read(id);
    if (row === undefined) {
      const live = resolveStoryId(db, id);
      row = live === null ? undefined : read(live);
    }
    if (row === undefined) return null;
    const storyId = row.id;
    const articles =
      parts.articles === false
        ? []
        : (db
            .stmt(`SELECT ${ARTICLE_COLUMNS} FROM articles a JOIN article_bodies b ON b.seq = a.seq
        WHERE a.story_id = ? ORDER BY a.sort_at, a.seq`)
            .all(storyId) as unknown as ArticleRow[]);
    return {
      story: toSummary(row, reader),
      articles: articles.map(toStoredArticle),
      report: row.report === null ? null : (JSON.parse(row.report) as Report),
    };
  });
}
