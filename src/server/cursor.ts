import { cursorAfter } from '../store/story-cursor.ts';
import type { Store, StoryFilter, StorySummary } from '../store/types.ts';

export { cursorAfter, parseCursor } from '../store/story-cursor.ts';

/**
 * The story list's pages: each ends with a cursor naming its last story, and the next page lists the
 * stories after it (the store reads them from its index however deep the page is).
 */

/** One page of the story list and the cursor of the page after it (null when no story comes after). */
export interface StoryListPage {
  readonly stories: readonly StorySummary[];
  readonly next: string | null;
}

/**
 * A page of `limit` stories of the list, and its next page's cursor only when a story is left for it:
 * one story past the page is read, so a last page that happens to be full links to no empty page.
 */
export async function storyListPage(
  store: Store,
  filter: Omit<StoryFilter, 'limit'>,
  limit: number,
): Promise<StoryListPage> {
  const read = await store.stories({ ...filter, limit: limit + 1 });
  const stories = read.slice(0, limit);
  const last = read.length > limit ? stories.at(-1) : undefined;
  return { stories, next: last ? cursorAfter(last, filter.byOutlets === true) : null };
}
