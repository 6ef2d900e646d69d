import type { Store } from './types.ts';

/**
 * Where a story's articles went when the grouping parted it: the parts split off it (each a story of
 * its own, or the story it has since merged into), read from the recorded events (`storyEvents`),
 * so a reader of a bookmarked id (a page, `parallax story <id>`) can follow them. Both backends.
 */

/** A part split off a story: how many of its articles, when, and the live story that holds them now. */
export interface SplitPart {
  /** The id the part was given when it was split off. */
  readonly storyId: string;
  /** The story that part is now (its id, or the story it merged into since); null when gone. */
  readonly liveId: string | null;
  readonly articles: number;
  /** ISO date-time of the split. */
  readonly at: string;
}

/**
 * Events read per story, newest first (merges into it count too: a story that took in more than this
 * many since its last split shows no split).
 */
const EVENTS_READ = 500;

/**
 * The parts split off story `id`, newest first, each followed to the story it is now.
 * @example
 * await splitParts(store, 's5');
 * // [{ storyId: 's9', liveId: 's9', articles: 3, at: '2026-12-06T05:10:00.000Z' }]
 */
export async function splitParts(store: Store, id: string): Promise<SplitPart[]> {
  const events = await store.storyEvents({ storyId: id, limit: EVENTS_READ });
  const parts = events.filter((e) => e.kind === 'split' && e.otherId === id);
  return Promise.all(
    parts.map(async (e) => ({
      storyId: e.storyId,
      liveId: (await store.story(e.storyId, { articles: false, report: false }))?.story.id ?? null,
      articles: e.articles,
      at: e.at,
    })),
  );
}

/**
 * What a reader of story `id` (as shown: escaped for HTML by the caller) is told of its parts split
 * off, one line in the past tense, dated (empty when none still lives apart from it): how many articles
 * went to which story then, and the story that part is now part of when it merged since. `linkTo`
 * shapes a story id (an HTML link, the id itself).
 * @example
 * splitNote('s5', [{ storyId: 's9', liveId: 's9', articles: 3, at: '2026-12-06T05:10:00.000Z' }], (id) => id);
 * // 'story s5 was split on 2026-12-06: 3 of its articles went to story s9'
 */
export function splitNote(
  id: string,
  parts: readonly SplitPart[],
  linkTo: (story: string) => string,
): string {
  const live = parts.filter((p) => p.liveId !== null && p.liveId !== id);
  if (!live.length) return '';
  const days = new Set(live.map((p) => p.at.slice(0, 10)));
  const pieces = live.map(
    (p) =>
      `${p.articles} of its articles went to story ${linkTo(p.storyId)}${days.size > 1 ? ` on ${p.at.slice(0, 10)}` : ''}${p.liveId === p.storyId ? '' : `, now part of story ${linkTo(p.liveId as string)}`}`,
  );
  return `story ${id} was split${days.size === 1 ? ` on ${[...days][0]}` : ''}: ${pieces.join('; ')}`;
}
