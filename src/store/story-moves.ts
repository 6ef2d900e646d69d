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

/** Split events read per story (a story parted more often than this shows its latest ones). */
const PARTS_READ = 20;

/**
 * The parts split off story `id`, newest first, each followed to the story it is now.
 * @example
 * await splitParts(store, 's5');
 * // [{ storyId: 's9', liveId: 's9', articles: 3, at: '2026-12-06T05:10:00.000Z' }]
 */
export async function splitParts(store: Store, id: string): Promise<SplitPart[]> {
  const events = await store.storyEvents({ storyId: id, limit: PARTS_READ });
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
 * What a reader of story `id` is told of its parts split off, one line (empty when none): the parts
 * still live, each by the id to open it with (`linkTo` shapes it: an HTML link, a command).
 * @example
 * splitNote('s5', [{ storyId: 's9', liveId: 's9', articles: 3, at: '2026-12-06T05:10:00.000Z' }], (id) => id);
 * // 'story s5 was split on 2026-12-06: 3 of its articles are now story s9'
 */
export function splitNote(id: string, parts: readonly SplitPart[], linkTo: (live: string) => string): string {
  const live = parts.filter((p) => p.liveId !== null && p.liveId !== id);
  if (!live.length) return '';
  const days = [...new Set(live.map((p) => p.at.slice(0, 10)))].sort();
  const when = days.length === 1 ? `on ${days[0]}` : `from ${days[0]} to ${days[days.length - 1]}`;
  const pieces = live.map(
    (p) =>
      `${p.articles} of its articles ${p.articles === 1 ? 'is' : 'are'} now ${p.liveId === p.storyId ? 'story' : 'in story'} ${linkTo(p.liveId as string)}`,
  );
  return `story ${id} was split ${when}: ${pieces.join('; ')}`;
}
