import type { Report } from '../../model/index.ts';
import type { StoryPagePiece } from '../../report/story-page-piece.ts';
import { mayReplace, reportTitle, reportVersionOf } from '../report-version.ts';
import { storyEventsOf } from '../story-events.ts';
import type { StoryChange } from '../types.ts';
import type { Db } from './db.ts';
import { recordEvents } from './story-events.ts';

/**
 * Writing the stories table: memberships as the grouping decides them, with the aggregates a list
 * shows (counts, outlets, first and last dates) recomputed, and each story's last computed report.
 * Reading it: stories.ts.
 */

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
 * membership, or of the same one made by a newer version, is stored already, with its page's piece
 * (null: none) and the version that made it (its `generator.version`). Throws for an unknown story.
 */
export function storeReport(
  db: Db,
  storyId: string,
  report: Report,
  asOf: string,
  page: StoryPagePiece | null = null,
): void {
  db.write(() => {
    const row = db.stmt('SELECT report_as_of, report_version FROM stories WHERE id = ?').get(storyId) as
      | { report_as_of: string | null; report_version: string | null }
      | undefined;
    if (row === undefined) throw new Error(`saveReport: no story ${storyId}`);
    if (row.report_as_of !== null && row.report_as_of > asOf) return;
    const version = reportVersionOf(report);
    if (row.report_as_of === asOf && !mayReplace(row.report_version, version)) return;
    // the story is listed under the title its report heads it with
    db.stmt(
      'UPDATE stories SET report_as_of = ?, report_version = ?, title = coalesce(?, title) WHERE id = ?',
    ).run(asOf, version, reportTitle(report, storyId), storyId);
    db.stmt(`INSERT INTO story_reports (story_id, report, page) VALUES (?, ?, ?)
      ON CONFLICT (story_id) DO UPDATE SET report = excluded.report, page = excluded.page`).run(
      storyId,
      JSON.stringify(report),
      page === null ? null : JSON.stringify(page),
    );
  });
}
