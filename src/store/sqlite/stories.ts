import type { Report } from '../../model/index.ts';
import type { StoryPagePiece } from '../../report/story-page-piece.ts';
import { sinceOrNull } from '../dates.ts';
import { storyEventsOf } from '../story-events.ts';
import type { StoredArticle, StoryChange, StoryFilter, StoryParts, StorySummary } from '../types.ts';
import { limitOf, outletKey } from './articles.ts';
import type { Db } from './db.ts';
import { ARTICLE_COLUMNS, type ArticleRow, toStoredArticle } from './rows.ts';
import { recordEvents, resolveStoryId } from './story-events.ts';

/**
 * The stories table: memberships as the grouping decides them, the aggregates a list shows
 * (counts, outlets, first and last dates) kept with each story, and its last computed report.
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
  readonly first_at: string | null;
  readonly last_at: string | null;
  readonly updated_at: string;
  readonly stale: number;
}

const SUMMARY_COLUMNS = `s.id, s.title, s.topic_id, s.article_count, s.outlets, s.first_at, s.last_at,
  s.updated_at, (s.report_as_of IS NULL OR s.report_as_of < s.updated_at) AS stale`;

function toSummary(row: StoryRow): StorySummary {
  return {
    id: row.id,
    title: row.title,
    topicId: row.topic_id,
    articleCount: row.article_count,
    outlets: JSON.parse(row.outlets) as string[],
    firstAt: row.first_at,
    lastAt: row.last_at,
    updatedAt: row.updated_at,
    reportStale: row.stale === 1,
  };
}

/** `now`, or one millisecond after `previous` when that is not earlier: a story's changes never tie. */
function after(previous: string | undefined, now: string): string {
  if (previous === undefined || previous < now) return now;
  return new Date(Date.parse(previous) + 1).toISOString();
}

/**
 * Apply the grouping's changes in one transaction: each changed story gets exactly the listed
 * articles; articles it no longer lists are left without a story; stories left empty are deleted;
 * every story that gained or lost an article has its aggregates recomputed and its `updatedAt` moved.
 */
export function applyStoryChanges(db: Db, changes: readonly StoryChange[], clock: string): void {
  db.write(() => {
    // One time for the whole change, after every earlier change of any story: stale stories are
    // refreshed oldest change first, and two changes in the same millisecond must keep their order.
    const latest = (db.stmt('SELECT max(updated_at) AS t FROM stories').get() as { t: string | null }).t;
    const now = after(latest ?? undefined, clock);
    const touched = new Set<string>();
    const was = new Map<string, string | undefined>();
    const previous = db.stmt('SELECT updated_at FROM stories WHERE id = ?');
    const upsert = db.stmt(`INSERT INTO stories (id, title, topic_id, article_count, outlets, updated_at)
      VALUES (?, ?, ?, 0, '[]', ?)
      ON CONFLICT (id) DO UPDATE SET title = excluded.title, topic_id = excluded.topic_id`);
    const members = db.stmt('SELECT id FROM articles WHERE story_id = ?');
    const storyOf = db.stmt('SELECT story_id FROM articles WHERE id = ?');
    const assign = db.stmt('UPDATE articles SET story_id = ? WHERE id = ?');
    const previousOf = (id: string) => (previous.get(id) as { updated_at: string } | undefined)?.updated_at;
    // where articles came from, for the merges and splits: an article a change leaves out and a later
    // one takes came from the first change's story
    const moves = new Map<string, Map<string, number>>();
    const dropped = new Map<string, string>();
    for (const change of changes) {
      if (!was.has(change.id)) was.set(change.id, previousOf(change.id));
      upsert.run(change.id, change.title, change.topicId, now);
      touched.add(change.id);
      const listed = new Set(change.articleIds);
      for (const row of members.all(change.id) as { id: string }[])
        if (!listed.has(row.id)) {
          assign.run(null, row.id);
          dropped.set(row.id, change.id);
        }
      for (const id of listed) {
        const row = storyOf.get(id) as { story_id: string | null } | undefined;
        if (row === undefined) throw new Error(`saveStories: no stored article ${id} (story ${change.id})`);
        if (row.story_id === change.id) continue;
        if (row.story_id !== null) touched.add(row.story_id);
        const from = row.story_id ?? dropped.get(id);
        if (from !== undefined && from !== change.id) {
          const to = moves.get(from) ?? new Map<string, number>();
          to.set(change.id, (to.get(change.id) ?? 0) + 1);
          moves.set(from, to);
        }
        assign.run(change.id, id);
      }
    }
    const stats = db.stmt(`SELECT count(*) AS n, min(sort_at) AS first_at, max(sort_at) AS last_at
      FROM articles WHERE story_id = ?`);
    const outlets =
      db.stmt(`SELECT outlet, count(*) AS n FROM articles WHERE story_id = ? AND outlet IS NOT NULL
      GROUP BY outlet ORDER BY n DESC, outlet`);
    const update = db.stmt(`UPDATE stories SET article_count = ?, outlets = ?, first_at = ?, last_at = ?,
      updated_at = ? WHERE id = ?`);
    const remove = db.stmt('DELETE FROM stories WHERE id = ?');
    const removed = new Set<string>();
    for (const id of touched) {
      const agg = stats.get(id) as { n: number; first_at: string | null; last_at: string | null };
      if (agg.n === 0) {
        remove.run(id);
        removed.add(id);
        continue;
      }
      const names = (outlets.all(id) as { outlet: string }[]).map((row) => row.outlet);
      const before = was.has(id) ? was.get(id) : previousOf(id);
      update.run(agg.n, JSON.stringify(names), agg.first_at, agg.last_at, after(before, now), id);
    }
    const created = new Set([...was].filter(([, at]) => at === undefined).map(([id]) => id));
    const moved = [...moves].flatMap(([from, to]) =>
      [...to].map(([story, articles]) => ({ from, to: story, articles })),
    );
    recordEvents(db, storyEventsOf(moved, created, removed), now);
  });
}

/**
 * Store a story's report computed from its membership as of `asOf`, unless a report of a later
 * membership is stored already, with its page's piece (null: none). Throws for an unknown story.
 */
export function storeReport(
  db: Db,
  storyId: string,
  report: Report,
  asOf: string,
  page: StoryPagePiece | null = null,
): void {
  db.write(() => {
    const row = db.stmt('SELECT report_as_of FROM stories WHERE id = ?').get(storyId) as
      | { report_as_of: string | null }
      | undefined;
    if (row === undefined) throw new Error(`saveReport: no story ${storyId}`);
    if (row.report_as_of !== null && row.report_as_of > asOf) return;
    db.stmt('UPDATE stories SET report_as_of = ? WHERE id = ?').run(asOf, storyId);
    db.stmt(`INSERT INTO story_reports (story_id, report, page) VALUES (?, ?, ?)
      ON CONFLICT (story_id) DO UPDATE SET report = excluded.report, page = excluded.page`).run(
      storyId,
      JSON.stringify(report),
      page === null ? null : JSON.stringify(page),
    );
  });
}

/** Stories newest change first, filtered by their latest article's date, by outlet and by topic. */
export function listStories(db: Db, filter: StoryFilter): StorySummary[] {
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
    const key = outletKey(filter.outlet);
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
  if (filter.after !== undefined) {
    // a range of the change-time index (an OR of two ranges was read whole and sorted: 17 ms cold)
    where.push('s.updated_at <= ? AND (s.updated_at < ? OR s.id > ?)');
    params.push(filter.after.updatedAt, filter.after.updatedAt, filter.after.id);
  }
  // `since` reads the stories of its range by their latest article (a recent range holds few; read
  // by last change instead, a page of 50 that the range never fills walks every story)
  const from = since !== null ? 'stories s INDEXED BY stories_last' : 'stories s';
  const sql = `SELECT ${SUMMARY_COLUMNS} FROM ${from} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY s.updated_at DESC, s.id LIMIT ?`;
  return (db.stmt(sql).all(...params, limitOf(filter)) as unknown as StoryRow[]).map(toSummary);
}

/** Ids of stories whose report is missing or older than their membership, oldest change first. */
export function listStale(db: Db, limit: number): string[] {
  const rows = db
    .stmt(`SELECT id FROM stories WHERE report_as_of IS NULL OR report_as_of < updated_at
      ORDER BY updated_at, id LIMIT ?`)
    .all(limit) as { id: string }[];
  return rows.map((row) => row.id);
}

/** One story with its articles in publication order and its last report, read in one snapshot. */
export function readStory(
  db: Db,
  id: string,
  parts: StoryParts = {},
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
      story: toSummary(row),
      articles: articles.map(toStoredArticle),
      report: row.report === null ? null : (JSON.parse(row.report) as Report),
    };
  });
}
