import type { Pool } from 'pg';
import { assembleChanges, type ChangedArticleRow } from '../changes.ts';
import { sinceOrNull } from '../dates.ts';
import { CHANGED_ARTICLES } from '../patterns.ts';
import type { ChangeFilter, StoryChanges } from '../types.ts';
import { listStories } from './stories.ts';

/**
 * What changed in the stories after a time (`storyChanges`): the story list's page of stories that
 * changed (`StoryFilter.changedSince`), then each kind of change of the page's stories in one query.
 */

interface Row {
  readonly kind: 'new' | 'updated';
  readonly story_id: string;
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly at: Date;
  readonly total: number;
}

// The newest `$3` rows of each story among `rows` (columns kind, story_id, seq, id, title, outlet, at), with their count.
const ranked = (rows: string) => `SELECT * FROM (SELECT c.*,
    row_number() OVER (PARTITION BY c.story_id ORDER BY c.at DESC, c.seq DESC) AS n,
    (count(*) OVER (PARTITION BY c.story_id))::int AS total FROM (${rows}) AS c) AS w
  WHERE n <= $3 ORDER BY at DESC, seq DESC`;

/** A page of stories changed at or after `filter.changedSince`, newest change first, each with what changed. */
export async function listChanges(pool: Pool, filter: ChangeFilter, reader: string): Promise<StoryChanges[]> {
  const since = sinceOrNull(filter.changedSince) as string;
  const stories = await listStories(
    pool,
    { changedSince: since, ...(filter.after ? { after: filter.after } : {}), limit: filter.limit ?? 50 },
    reader,
  );
  if (stories.length === 0) return [];
  const params = [stories.map((s) => s.id), since, CHANGED_ARTICLES];
  const [added, updated, events] = await Promise.all([
    pool.query<Row>(
      // each membership's article by its key (OFFSET 0 keeps the planner from hashing a scan of every article)
      ranked(`SELECT 'new' AS kind, m.story_id, a.seq, a.id, a.title, a.outlet, a.ingested_at AS at
        FROM memberships m CROSS JOIN LATERAL (SELECT x.seq, x.id, x.title, x.outlet, x.ingested_at FROM articles x
          WHERE x.seq = m.article_seq AND x.ingested_at >= $2::timestamptz OFFSET 0) AS a
        WHERE m.story_id = ANY($1::text[])`),
      params,
    ),
    pool.query<Row>(
      ranked(`SELECT 'updated' AS kind, m.story_id, a.seq, a.id, a.title, a.outlet, max(r.replaced_at) AS at
        FROM memberships m JOIN articles a ON a.seq = m.article_seq JOIN article_revisions r ON r.article_seq = a.seq
        WHERE m.story_id = ANY($1::text[]) AND a.ingested_at < $2::timestamptz AND r.replaced_at >= $2::timestamptz
        GROUP BY m.story_id, a.seq`),
      params,
    ),
    pool.query<{ at: Date; kind: 'merged' | 'split'; story_id: string; other_id: string; articles: number }>(
      `SELECT at, kind, story_id, other_id, articles FROM story_events
       WHERE at >= $2::timestamptz AND (story_id = ANY($1::text[]) OR other_id = ANY($1::text[])) ORDER BY seq DESC`,
      params.slice(0, 2),
    ),
  ]);
  const rows: ChangedArticleRow[] = [...added.rows, ...updated.rows].map((r) => ({
    kind: r.kind,
    storyId: r.story_id,
    id: r.id,
    title: r.title,
    outlet: r.outlet,
    at: r.at.toISOString(),
    total: r.total,
  }));
  return assembleChanges(
    stories,
    rows,
    events.rows.map((e) => ({
      kind: e.kind,
      storyId: e.story_id,
      otherId: e.other_id,
      articles: e.articles,
      at: e.at.toISOString(),
    })),
  );
}
