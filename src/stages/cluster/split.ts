// A story parted when its articles fall into groups that share no sign of one event: an article placed
// on arrival joins a look-alike's story when its own event has no story yet (a feed's poll brings a
// stadium's sale into a flood's story of the same town), and its event's later reports follow it
// there; each then sees its mates in the merged story, so placing articles again never parts them.
import { rootOf } from '../../text/forest.ts';
import { type Entry, type GrouperState, membersByStory } from './grouper-types.ts';
import { SPLIT_MAX_ARTICLES, SPLIT_MIN_PART } from './merge-patterns.ts';
import { emptyProfile, type ScoreTuning, type StoryProfile, scoreAgainst, updateProfile } from './score.ts';

/** The grouper's state a split reads and changes (see `createGrouper`). */
export interface SplitState extends GrouperState {
  /** A new story's key. */
  readonly newStory: () => number;
}

/**
 * Part each story of `SPLIT_MIN_PART` × 2 to `SPLIT_MAX_ARTICLES` articles whose articles fall into
 * groups (`eventGroups`) of which no article of one scores above `bar` against any article of another
 * (one article as a story: its headline and lead, names and body), nor shares a day
 * with it (`shareDay`): the groups become stories, the largest keeping the story's key. A store's
 * settling and a batch's (`consolidate`) ask it before the story merge, which may join the parts
 * again by its own test.
 */
export function splitStories(
  { stories, sizes, index, held, tuning, newStory }: SplitState,
  bar: number,
): void {
  for (const [story, own] of membersByStory(held)) {
    if (own.length < 2 * SPLIT_MIN_PART || own.length > SPLIT_MAX_ARTICLES) continue;
    const groups = eventGroups(own, bar, tuning);
    if (groups.length < 2) continue;
    const profile = stories.get(story) as StoryProfile;
    for (const group of groups.slice(1)) {
      const key = newStory();
      const target = emptyProfile();
      stories.set(key, target);
      for (const e of group) {
        updateProfile(profile, e.vectors, -1);
        updateProfile(target, e.vectors, 1);
        e.placement = { ...e.placement, story: key };
        for (const k of e.keys) index.post(k, key);
      }
      sizes.set(key, group.length);
      sizes.set(story, (sizes.get(story) as number) - group.length);
    }
  }
}

/**
 * The groups of a story's articles that share no sign of one event, largest first (one group when
 * they all do): articles are linked when one scores above `bar` against the other, groups of at least
 * `SPLIT_MIN_PART` linked articles are joined when an article of each shares a day
 * (`shareDay`), and an article of a smaller group goes with the article it scores best against.
 */
export function eventGroups(own: readonly Entry[], bar: number, tuning: ScoreTuning): Entry[][] {
  const n = own.length;
  const singles = own.map((e) => {
    const profile = emptyProfile();
    updateProfile(profile, e.vectors, 1);
    return profile;
  });
  const pair: number[][] = own.map(() => new Array<number>(n).fill(0));
  const root = own.map((_, i) => i);
  const find = (i: number) => rootOf(root, i);
  const link = (i: number, j: number) => {
    root[find(i)] = find(j);
  };
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const a = own[i] as Entry;
      const b = own[j] as Entry;
      const s = Math.max(
        scoreAgainst(a.vectors, singles[j] as StoryProfile, tuning).score,
        scoreAgainst(b.vectors, singles[i] as StoryProfile, tuning).score,
      );
      (pair[i] as number[])[j] = s;
      (pair[j] as number[])[i] = s;
      if (s > bar) link(i, j);
    }
  const parts = (): number[][] => {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const list = byRoot.get(find(i));
      if (list) list.push(i);
      else byRoot.set(find(i), [i]);
    }
    return [...byRoot.values()];
  };
  let large = parts().filter((p) => p.length >= SPLIT_MIN_PART);
  if (large.length < 2) return [[...own]];
  for (let x = 0; x < large.length; x++)
    for (let y = x + 1; y < large.length; y++)
      if (
        shareDay(
          (large[x] as number[]).map((i) => own[i] as Entry),
          (large[y] as number[]).map((i) => own[i] as Entry),
        )
      )
        link((large[x] as number[])[0] as number, (large[y] as number[])[0] as number);
  large = parts().filter((p) => p.length >= SPLIT_MIN_PART);
  if (large.length < 2) return [[...own]];
  // an article of a smaller group goes with the group of the article it scores best against
  const groupOf = new Map<number, number>();
  large.forEach((p, g) => {
    for (const i of p) groupOf.set(i, g);
  });
  const groups = large.map((p) => p.map((i) => own[i] as Entry));
  for (let i = 0; i < n; i++) {
    if (groupOf.has(i)) continue;
    const row = pair[i] as number[];
    let best = -1;
    for (const j of groupOf.keys()) if (best < 0 || (row[j] as number) > (row[best] as number)) best = j;
    (groups[groupOf.get(best) as number] as Entry[]).push(own[i] as Entry);
  }
  return groups.sort((a, b) => b.length - a.length);
}

/**
 * Whether two groups of articles share a day: an article's own, or one its headline and lead name as
 * its event's (`Particulars.earlierDays`). Trigger words are no such sign: look-alike events of a beat
 * share them ("killed", "evacuated"); asked too, they kept more mixed stories whole (docs: the split).
 */
export function shareDay(a: readonly Entry[], b: readonly Entry[]): boolean {
  const daysOf = (e: Entry) => [...(e.day === null ? [] : [e.day]), ...(e.particulars?.earlierDays ?? [])];
  const days = new Set(a.flatMap(daysOf));
  return b.some((e) => daysOf(e).some((d) => days.has(d)));
}
