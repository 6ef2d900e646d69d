import type { DateSource } from './article-day.ts';
import type { CandidateIndex } from './candidates.ts';
import type { SignalCounts } from './counts.ts';
import type { ArticleFeatures } from './features.ts';
import type { Particulars } from './particulars.ts';
import type { ArticleVectors, ScoreParts, ScoreTuning, StoryProfile } from './score.ts';

/** Options of the online grouper. */
export interface GrouperOptions {
  /**
   * Score above which an article joins its best candidate story (default `SAME_STORY_THRESHOLD`); when
   * articles are re-placed (`refine`), a clear winner joins above `CLEAR_WINNER_FLOOR` (not in a pass
   * stricter than this threshold).
   */
  readonly threshold?: number;
  /** The score's weights and time window (default `DEFAULT_TUNING`). */
  readonly tuning?: ScoreTuning;
  /**
   * Called each time an article is scored against its candidate stories (placed or re-placed, before
   * it joins one), with each candidate's score parts: what `bench/fit-cluster.ts` fits the score on.
   */
  readonly trace?: (entry: Entry, scored: readonly ScoredCandidate[]) => void;
}

/** One candidate story as an article was scored against it (see `GrouperOptions.trace`). */
export interface ScoredCandidate {
  readonly story: number;
  readonly profile: StoryProfile;
  /** Its articles, the one being placed not counted. */
  readonly size: number;
  readonly parts: ScoreParts;
}

/** Where an article was put: its story key and the score that joined it (null when it started the story). */
export interface Placement {
  readonly story: number;
  readonly parts: ScoreParts | null;
  /** How many candidate stories were scored. */
  readonly candidates: number;
  /** True when it joined at or below the bar as its best candidate's clear winner (`CLEAR_WINNER_FLOOR`). */
  readonly clearWinner?: boolean;
}

/** One article held by the grouper: what it keeps of the features, packed, and where the article is. */
export interface Entry {
  readonly id: string;
  readonly day: number | null;
  readonly dateSource: DateSource | null;
  /** How each name key is written in the article (for explanations). */
  readonly labels: ReadonlyMap<string, string>;
  /** Raw counts of its names (`n:` ids) and lead and body terms (`t:` ids). */
  readonly counts: SignalCounts;
  /** Trigger words and named days of its headline and first sentence, when read. */
  readonly particulars?: Particulars | undefined;
  /** The content hash of its text, when read (`ArticleFeatures.textHash`). */
  readonly textHash?: string | undefined;
  vectors: ArticleVectors;
  /** Its rarest key ids, read when its vectors were (the candidate lookup). */
  keys: Int32Array;
  /** How many articles had been observed when its vectors and keys were read (their IDF's). */
  readAt: number;
  placement: Placement;
}

/** The online grouper: articles arrive one at a time; each is compared only with candidate stories. */
export interface Grouper {
  /** Count an article's terms and names for rarity (before or when it is placed; once per article). */
  observe(features: ArticleFeatures): void;
  /** Put an article into its best candidate story, or a new one. */
  place(features: ArticleFeatures, threshold?: number): Placement;
  /**
   * Put an article back into the story it is known to be in, unscored (an online store rebuilding its
   * stories); later `place`d articles start new stories above every restored key.
   */
  restore(features: ArticleFeatures, story: number): Placement;
  /**
   * Add to a story the days of its articles that were not restored (an online store restores only a
   * recent window): its anchor day then stays at its start, where a story seen through a sliding window
   * would seem to start at its oldest article in the window and look-alike stories would chain into it.
   */
  remember(story: number, days: readonly number[]): void;
  /**
   * Take every article out and place it again, in arrival order, against the stories as they now are;
   * then once more each article that joined another and was left alone by it later in the pass.
   * With `only`, just the articles of those ids (an online store's new articles; the rest stay put).
   */
  refine(threshold?: number, only?: ReadonlySet<string>): void;
  /**
   * Part each story whose articles fall into groups that share no sign of one event: no article of one
   * scores above the threshold against an article of another, nor shares a trigger word or a day with
   * it (`splitStories`).
   */
  splitStories(threshold?: number): void;
  /**
   * Put each article whose text is an earlier held article's (`ArticleFeatures.textHash`) in that
   * article's story: a copy republished on another day is the same article, which an online store
   * keeps once, and the time apart would otherwise part it from its story.
   */
  followOriginals(): void;
  /**
   * Merge whole stories, smallest first: a story joins its best candidate story when its own centroid
   * scores above the threshold against it and so do its articles on average, each against that story
   * and against its best-matching article there (what moving one article at a time cannot do).
   */
  mergeStories(threshold?: number): void;
  /** The articles held, in arrival order, with where each now is. */
  entries(): readonly Entry[];
  /** The key of a vector id: a term (stemmed) or a name, without its `t:`/`n:` prefix. */
  key(id: number): string;
  /** Why an article is in its story: its score against the rest of the story and what they share. */
  explain(entry: Entry): Explanation;
}

/**
 * Why an article is in its story: score parts (null alone), the rarest names and lead terms and the
 * trigger words shared, the sites its lead names, and the other candidate story it scores best
 * against (null when none), with that story's sites; and when its part of the story joined the rest
 * only at the lower bar of an event's follow-up (`followsDay`), the day named and the article naming it.
 */
export interface Explanation {
  readonly parts: ScoreParts | null;
  readonly names: readonly string[];
  readonly lead: readonly string[];
  readonly triggers: readonly string[];
  readonly sites: readonly string[];
  readonly nearest: {
    readonly story: number;
    readonly parts: ScoreParts;
    readonly sites: readonly string[];
  } | null;
  readonly followUp: { readonly day: number; readonly namedBy: string } | null;
}

/** The grouper's state a pass over its stories reads and changes: a split, a merge (see `createGrouper`). */
export interface GrouperState {
  readonly stories: Map<number, StoryProfile>;
  readonly sizes: Map<number, number>;
  readonly index: CandidateIndex;
  readonly held: readonly Entry[];
  readonly tuning: ScoreTuning;
}

/** The held articles by the key of their story, each story's in the order they are held. */
export function membersByStory(held: readonly Entry[]): Map<number, Entry[]> {
  const members = new Map<number, Entry[]>();
  for (const entry of held) {
    const list = members.get(entry.placement.story);
    if (list) list.push(entry);
    else members.set(entry.placement.story, [entry]);
  }
  return members;
}
