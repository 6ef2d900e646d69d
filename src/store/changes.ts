import type { ChangedArticle, StoryChanges } from './change-types.ts';
import type { StoryEvent, StorySummary } from './story-types.ts';

/**
 * Putting a page of changed stories together from what each backend reads for it in one query of
 * each kind (never one per story): the stories, their newest new and corrected articles with the
 * counts, and their merges and splits.
 */

/** A new or corrected article as a backend reads it: its story, and how many of its kind the story has. */
export interface ChangedArticleRow extends ChangedArticle {
  readonly storyId: string;
  readonly total: number;
}

/** Each story with its changes; `articles` rows come newest first within a story, up to the named number. */
export function assembleChanges(
  stories: readonly StorySummary[],
  articles: readonly ChangedArticleRow[],
  events: readonly StoryEvent[],
): StoryChanges[] {
  return stories.map((story) => {
    const own = articles.filter((row) => row.storyId === story.id);
    const count = (kind: ChangedArticle['kind']) => own.find((row) => row.kind === kind)?.total ?? 0;
    return {
      story,
      newArticles: count('new'),
      correctedArticles: count('corrected'),
      articles: own.map(({ kind, id, title, outlet, at }) => ({ kind, id, title, outlet, at })),
      events: events.filter((e) => e.storyId === story.id || e.otherId === story.id),
    };
  });
}
