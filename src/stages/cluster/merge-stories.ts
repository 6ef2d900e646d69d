import { agesBar } from './ages.ts';
import { shareCount } from './counted.ts';
import { type Entry, type GrouperState, membersByStory } from './grouper-types.ts';
import { holdsEnough } from './held.ts';
import { FOLLOW_UP_MERGE_BAR, SAME_DAY_GAP, SAME_DAY_MERGE_BAR } from './merge-patterns.ts';
import {
  type ArticleVectors,
  anchorDay,
  type StoryProfile,
  scoreAgainst,
  storyMatch,
  updateProfile,
} from './score.ts';

/** The grouper's state a merge of stories reads and changes (see `createGrouper`). */
export interface MergeState extends GrouperState {
  /**
   * In a small run, how many keys of an event beyond its setting an article, on a side of `own`
   * articles (default 1), shares with a story (`sharedEventKeys`).
   */
  readonly eventKeysIn: (counts: Entry['counts'], story: StoryProfile, own?: number) => number | undefined;
  /** The joins the follow-up bar let through, by the key of the story joined (what explanations read). */
  readonly followUps?: Map<number, FollowUpJoin[]>;
}

/**
 * Two stories joined at the lower bar of a story and its event's follow-up (`followsDay`) that they
 * would not have met without it: the day named, the article that named it, the articles moved.
 */
export interface FollowUpJoin {
  readonly day: number;
  readonly namedBy: string;
  readonly joined: readonly string[];
}

/**
 * Merge each story, smallest first, into the candidate story its centroid scores best against, when
 * that score and its articles' average match there (`storyMatch`) are both above `bar` (or the lower
 * bars of stories giving the same ages, `agesBar`, of the same days giving the same count, and of a
 * story and its event's follow-up, `followsDay`): the grouper's `mergeStories`.
 */
export function mergeStories(
  { stories, sizes, index, held, tuning, eventKeysIn, followUps }: MergeState,
  bar: number,
): void {
  const alive = (story: number) => stories.has(story);
  const members = membersByStory(held);
  const order = [...members].sort((a, b) => a[1].length - b[1].length || a[0] - b[0]);
  for (const [story] of order) {
    const profile = stories.get(story);
    const own = members.get(story) ?? [];
    if (!profile || !own.length) continue;
    const self: ArticleVectors = {
      lead: profile.lead.unit(),
      names: profile.names.unit(),
      body: profile.body.unit(),
      day: anchorDay(profile.days),
      // the dates its articles' headlines and leads name, which may place it in the other's time
      particulars: { triggers: [], when: [], times: own.flatMap((e) => e.particulars?.times ?? []) },
      // and the sites its articles' leads name
      sites: own.flatMap((e) => e.vectors.sites ?? []),
    };
    const candidates = index.candidates(
      own.map((e) => e.keys),
      alive,
      undefined,
      story,
    );
    let best: { story: number; score: number } | null = null;
    for (const other of candidates) {
      const { score } = scoreAgainst(self, stories.get(other) as StoryProfile, tuning);
      if (!best || score > best.score) best = { story: other, score };
    }
    if (!best) continue;
    // a lower bar for stories told of the same people, by their ages (`agesBar`), and for stories of
    // the same days giving the same count of one kind of thing (`shareCount`)
    const others = members.get(best.story) ?? [];
    const target = stories.get(best.story) as StoryProfile;
    const agesLowered = agesBar(
      own.map((e) => e.particulars?.ages),
      others.map((e) => e.particulars?.ages),
      bar,
    );
    // (and for a story whose articles name the other's first day as the day of their event: `followsDay`)
    const named = followsDay(own, others, target) ?? followsDay(others, own, profile);
    const follows = named !== null;
    const counted =
      sameDays(self.day, target) &&
      shareCount(
        own.map((e) => e.particulars?.counted),
        others.map((e) => e.particulars?.counted),
      );
    const unfollowed = counted ? Math.min(agesLowered, SAME_DAY_MERGE_BAR) : agesLowered;
    const lowered = follows ? Math.min(agesLowered, SAME_DAY_MERGE_BAR) : unfollowed;
    if (best.score <= lowered) continue;
    // its articles must match that story above the threshold on average too (a lower one the same day:
    // `articlesBar`), each against it and against its best-matching article there (`storyMatch`: a
    // centroid blurs what tells look-alikes apart)
    const theirs = others.map((e) => e.vectors);
    // (at the join bar for a story and its event's follow-up)
    const matchBar = follows
      ? Math.min(articlesBar(self.day, target, lowered), FOLLOW_UP_MERGE_BAR)
      : articlesBar(self.day, target, lowered);
    const match = storyMatch(
      own.map((e) => e.vectors),
      target,
      theirs,
      tuning,
    );
    if (
      match <= matchBar ||
      // and share enough of their weight with it (`holdsEnough`), and of an event in a small run
      !holdsEnough(
        own.map((e) => e.vectors),
        target,
        tuning,
        mostEventKeys(own, target, eventKeysIn),
      )
    )
      continue;
    // (the follow-up bar let it through: said in the explanation)
    if (followUps) {
      const joins = [...(followUps.get(best.story) ?? []), ...(followUps.get(story) ?? [])];
      if (named && (best.score <= unfollowed || match <= articlesBar(self.day, target, unfollowed)))
        joins.push({ ...named, joined: own.map((e) => e.id) });
      if (joins.length) followUps.set(best.story, joins);
      followUps.delete(story);
    }
    for (const e of own) {
      updateProfile(target, e.vectors, 1);
      e.placement = { ...e.placement, story: best.story };
      for (const key of e.keys) index.post(key, best.story);
    }
    members.set(best.story, [...(members.get(best.story) ?? []), ...own]);
    members.set(story, []);
    sizes.set(best.story, (sizes.get(best.story) ?? 0) + own.length);
    stories.delete(story);
    sizes.delete(story);
  }
}

/**
 * The bar a story's articles must pass on average (`storyMatch`) to merge into `target`: `bar`, or at
 * most `SAME_DAY_MERGE_BAR` when both are dated (`day`: the merging story's anchor day) and their
 * anchor days lie at most `SAME_DAY_GAP` apart.
 */
export function articlesBar(day: number | null, target: StoryProfile, bar: number): number {
  return sameDays(day, target) ? Math.min(bar, SAME_DAY_MERGE_BAR) : bar;
}

// Whether a story anchored on `day` and `target` are both dated and their anchor days lie at most
// `SAME_DAY_GAP` apart.
function sameDays(day: number | null, target: StoryProfile): boolean {
  const anchor = anchorDay(target.days);
  return day !== null && anchor !== null && Math.abs(day - anchor) <= SAME_DAY_GAP;
}

/**
 * Whether an article of `own` names, as a day before its own in its headline or lead
 * (`Particulars.earlierDays`), the anchor day of `target` (the story of `theirs`) when that is the day
 * of its event: its articles name no other earlier day. "The river burst its banks on Monday" in a
 * Wednesday report of the return home follows the flood reported that Monday; a fire "on Tuesday
 * night" reported on Wednesday does not follow the one of Monday night reported on Tuesday, nor does
 * a bus crash "on Sunday" follow another crash of that Sunday reported on Monday. A look-alike names
 * another event's day only in passing or in a comparison ("as it did on Monday", left out:
 * `recalledAt`). Gives that day and the first article naming it, or null.
 */
export function followsDay(
  own: readonly Entry[],
  theirs: readonly Entry[],
  target: StoryProfile,
): Omit<FollowUpJoin, 'joined'> | null {
  const anchor = anchorDay(target.days);
  if (anchor === null) return null;
  if (theirs.some((e) => e.particulars?.earlierDays?.some((day) => day !== anchor))) return null;
  const by = own.find((e) => e.particulars?.earlierDays?.includes(anchor));
  return by ? { day: anchor, namedBy: by.id } : null;
}

// The most keys of an event any of a story's articles shares with `target` (undefined: not counted).
function mostEventKeys(
  own: readonly Entry[],
  target: StoryProfile,
  eventKeysIn: MergeState['eventKeysIn'],
): number | undefined {
  let most: number | undefined;
  for (const e of own) {
    const n = eventKeysIn(e.counts, target, own.length);
    if (n !== undefined) most = Math.max(most ?? 0, n);
  }
  return most;
}
