import type { NoteKind } from '../text/editors-notes.ts';
import type { StoryCursor, StoryEvent, StorySummary } from './story-types.ts';

/**
 * What changed in the stories since a time (`storyChanges`): what a user who follows stories has
 * not seen since she last looked. See ./changes.ts for how the backends' rows are put together.
 */

/** The filter of `storyChanges`. */
export interface ChangeFilter {
  /**
   * Changes at or after this ISO date-time: articles stored, pages read again with another text or title,
   * merges and splits. (At: the newest change of one look, given back, lists its story again rather
   * than miss an article stored meanwhile.)
   */
  readonly changedSince: string;
  /** The next page: stories after this one in the story list's order (see `StoryFilter.after`). */
  readonly after?: StoryCursor;
  /** At most this many stories (default 50). */
  readonly limit?: number;
}

/**
 * An article a story gained, or one whose page was read again with another title or text (updated:
 * an update, a correction or a page cleaned otherwise; the store keeps the earlier version, not why),
 * since the time asked.
 */
export interface ChangedArticle {
  readonly kind: 'new' | 'updated';
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  /** When the store stored it (new), or read its changed page (updated, the last time), ISO. */
  readonly at: string;
  /**
   * Updated only: the editors' notes its page's versions read since the time added ("Correction: An
   * earlier version …": `addedNotes`), one of each kind; empty when none (an update told by no note,
   * or a page cleaned otherwise).
   */
  readonly notes?: NoteKind[];
}

/** One story's changes since the time asked. */
export interface StoryChanges {
  /** The story as listed now. */
  readonly story: StorySummary;
  /** How many of its articles were stored at or after the time. */
  readonly newArticles: number;
  /**
   * How many of its articles stored before the time had their page read again changed at or after
   * it (an earlier version kept, `articleRevisions`); an article new since the time counts as new only.
   */
  readonly updatedArticles: number;
  /** The newest of each kind, up to `CHANGED_ARTICLES` of each, newest first. */
  readonly articles: readonly ChangedArticle[];
  /** Its merges and splits at or after the time, on either side, newest first. */
  readonly events: readonly StoryEvent[];
}
