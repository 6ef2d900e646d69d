import type { StoryEvent } from './types.ts';

/**
 * What a membership change means besides growth, worked out the same way by both backends from
 * what they saw while applying it: which articles moved from which stored story to which, which
 * changed stories are new, and which stories were left empty.
 */

/** Articles that moved from one story to another in one `saveStories` call. */
export interface StoryMove {
  readonly from: string;
  readonly to: string;
  readonly articles: number;
}

/** A story event without its time, which the backend sets. */
export type NewStoryEvent = Omit<StoryEvent, 'at'>;

/** Store order of story ids (`s9` before `s10`), for a tie between two stories that took as many articles. */
function byNumber(a: string, b: string): number {
  const x = Number(/\d+$/.exec(a)?.[0] ?? Number.NaN);
  const y = Number(/\d+$/.exec(b)?.[0] ?? Number.NaN);
  if (x !== y && !Number.isNaN(x) && !Number.isNaN(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

// The move of the most articles among `moves`, ties to the lower id on `side`.
function largest(moves: readonly StoryMove[], side: 'from' | 'to'): StoryMove | undefined {
  return [...moves].sort((m, n) => n.articles - m.articles || byNumber(m[side], n[side]))[0];
}

/**
 * The merges and splits of one change: a removed story that lost articles merged into the story that
 * took most of them; a new story that took articles of stored stories split off the one it took most
 * from, unless that one merged into it (which says it). A removed story parted between a story that
 * took most of it and a new one merged into the first and the new one split off it, so its id tells
 * where each part went.
 * @example
 * storyEventsOf([{ from: 's4', to: 's2', articles: 3 }], new Set(), new Set(['s4']));
 * // [{ kind: 'merged', storyId: 's4', otherId: 's2', articles: 3 }]
 */
export function storyEventsOf(
  moves: readonly StoryMove[],
  created: ReadonlySet<string>,
  removed: ReadonlySet<string>,
): NewStoryEvent[] {
  const events: NewStoryEvent[] = [];
  const real = moves.filter((m) => m.from !== m.to && m.articles > 0);
  const mergedInto = new Map<string, string>();
  for (const story of [...removed].sort(byNumber)) {
    const into = largest(
      real.filter((m) => m.from === story),
      'to',
    );
    if (into && !removed.has(into.to)) {
      events.push({ kind: 'merged', storyId: story, otherId: into.to, articles: into.articles });
      mergedInto.set(story, into.to);
    }
  }
  for (const story of [...created].sort(byNumber)) {
    const from = largest(
      real.filter((m) => m.to === story),
      'from',
    );
    if (from && !created.has(from.from) && mergedInto.get(from.from) !== story)
      events.push({ kind: 'split', storyId: story, otherId: from.from, articles: from.articles });
  }
  return events;
}

/** Hops followed from a merged story's id to the story it is now part of (merges of merges). */
export const MAX_REDIRECTS = 32;
