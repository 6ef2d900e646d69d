import { isoOrNull } from '../store/dates.ts';
import type { Store, StoryCursor, StoryFilter, StorySummary } from '../store/types.ts';

/**
 * The story list's pages: each ends with a cursor naming its last story, and the next page lists the
 * stories after it (the store reads them from its index however deep the page is).
 */

/** The list's cursor after a story (`after=` of the next page): its change time and id, as `TIME~ID`. */
export function cursorAfter(story: StorySummary): string {
  return `${story.updatedAt}~${story.id}`;
}

/** A `TIME~ID` cursor read back, or null when it is not one. */
export function parseCursor(text: string): StoryCursor | null {
  const at = text.lastIndexOf('~');
  const [updatedAt, id] = [text.slice(0, at), text.slice(at + 1)];
  if (at < 0 || !/^[\w-]{1,100}$/.test(id) || isoOrNull(updatedAt) === null) return null;
  return { updatedAt, id };
}

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
  return { stories, next: last ? cursorAfter(last) : null };
}
