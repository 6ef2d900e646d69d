import type { ListFilter } from './article-types.ts';

/** The store's story types: stories as listed and changed, their events and filters (see ./types.ts). */

/** A story as listed: enough for a list page, without its articles' texts. */
export interface StorySummary {
  readonly id: string;
  readonly title: string;
  readonly topicId: string | null;
  readonly articleCount: number;
  /** Distinct outlet names (null outlets left out), most articles first. */
  readonly outlets: readonly string[];
  /**
   * How many of its articles name no outlet: sources the outlet list cannot show (the story's report
   * labels each by its file's name), so that a list does not read one named outlet as the whole story.
   */
  readonly unnamedArticles: number;
  /**
   * Earliest and latest publication time of its articles, ISO as the article gives it, with its own
   * offset (so a list shows the writer's day, as the story page does; UTC when it gives no ISO day);
   * null when none of them is dated.
   */
  readonly firstAt: string | null;
  readonly lastAt: string | null;
  /** ISO date-time of the last change of its membership. */
  readonly updatedAt: string;
  /**
   * Latest time of its articles (publication, else ingest), ISO: the list's order among stories
   * changed at once (as the stories of one fetch). Null only for a story stored without articles.
   */
  readonly newestAt: string | null;
  /**
   * True when this code computes its report again and stores it: it has none, its articles changed
   * since it was computed, or an older Parallax made it (see `reportStanding`). A report of its
   * present articles made by a newer Parallax is not stale, and is never stored over.
   */
  readonly reportStale: boolean;
  /**
   * True when its title may be the one it was grouped under, which its report's headline replaces
   * (`WORKING_TITLE`): it has no report, or its articles changed since. A report of its present
   * articles made by an older Parallax is stale but titled it: no working title.
   */
  readonly titleWorking: boolean;
  /**
   * True when its stored report is shown as it is: made for its present articles, by this version or
   * by a newer one whose report shape this code reads. Neither stale nor readable: a newer Parallax
   * made it in a shape this code cannot read, so it is computed for each reader and not stored.
   */
  readonly reportReadable: boolean;
  /** The version that made its stored report (`generator.version`); null when it has none or it names none. */
  readonly reportVersion: string | null;
}

/** Where the online grouping put the articles of a batch, and the stories it created or changed. */
export interface StoryChange {
  readonly id: string;
  readonly title: string;
  readonly topicId: string | null;
  /** Article ids now in the story (the whole membership, replacing the stored one). */
  readonly articleIds: readonly string[];
}

/**
 * A change of stories that growth alone does not tell (recorded by `saveStories`): a story whose
 * articles all went to another is `merged` into it (its id then opens that story), and a new story
 * that took articles of a stored one is `split` off it.
 */
export interface StoryEvent {
  readonly kind: 'merged' | 'split';
  /** The story that ended (merged) or began (split). */
  readonly storyId: string;
  /** The story it merged into, or was split off. */
  readonly otherId: string;
  /** How many articles moved between the two. */
  readonly articles: number;
  /** ISO date-time of the change. */
  readonly at: string;
}

/** Filters of `storyEvents`. */
export interface StoryEventFilter {
  /** Only events at or after this ISO date-time. */
  readonly since?: string;
  /** Only events naming this story, on either side. */
  readonly storyId?: string;
  /** At most this many (default 50). */
  readonly limit?: number;
}

/** Filters of the story list: the shared ones, and the grouping's topic. */
export interface StoryFilter extends ListFilter {
  /** Only stories of this topic (the grouping's `topicId`, exact). */
  readonly topic?: string;
  /**
   * Only stories listed after this one in the list's order (newest change first, then newest
   * article first, then id as a number): the next page of a list, read from the index however deep
   * it is (keyset pagination).
   */
  readonly after?: StoryCursor;
  /**
   * Only stories that changed at or after this ISO date-time by an article stored, an article's
   * page read again changed (a correction) or a merge or split (`storyChanges` tells which).
   */
  readonly changedSince?: string;
  /**
   * Most outlets first ("which stories does everyone have"), then the list's order; its next page
   * takes an `after` that carries its last story's outlet count.
   */
  readonly byOutlets?: boolean;
}

/** Where a page of the story list ended: its last story's change time, newest article and id. */
export interface StoryCursor {
  readonly updatedAt: string;
  /** Its `newestAt`; left out (a cursor written before it was one), the story's as stored now. */
  readonly newestAt?: string | null;
  readonly id: string;
  /** Its count of named outlets: the cursor of a list most outlets first (`byOutlets`). */
  readonly outletCount?: number;
}

/** What `story` reads besides the story's summary (both by default). */
export interface StoryParts {
  /** Read the story's articles (else `articles` is empty). */
  readonly articles?: boolean;
  /** Read the story's last report (else `report` is null). */
  readonly report?: boolean;
}
