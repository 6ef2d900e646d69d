import { isoOrNull } from '../store/dates.ts';
import type { Store, StoryCursor, StoryFilter, StorySummary } from '../store/types.ts';

/**
 * The story list's pages: each ends with a cursor naming its last story, and the next page lists the
 * stories after it (the store reads them from its index however deep the page is).
 */

/**
 * The list's cursor after a story (`after=` of the next page): its change time, newest article's
 * time (empty when none) and id, as `TIME~NEWEST~ID`.
 */
export function cursorAfter(story: StorySummary): string {
  return `${story.updatedAt}~${story.newestAt ?? ''}~${story.id}`;
}

/**
 * A `TIME~NEWEST~ID` cursor read back, or null when it is not one. A `TIME~ID` cursor (the next
 * link of a page listed before the newest article was part of the order) is read too: the store
 * takes its story's newest article as stored now.
 */
export function parseCursor(text: string): StoryCursor | null {
  const parts = text.split('~');
  if (parts.length !== 2 && parts.length !== 3) return null;
  const [updatedAt, id] = [parts[0] as string, parts.at(-1) as string];
  if (!/^[\w-]{1,100}$/.test(id) || isoOrNull(updatedAt) === null) return null;
  if (parts.length === 2) return { updatedAt, id };
  const newest = parts[1] as string;
  if (newest !== '' && isoOrNull(newest) === null) return null;
  return { updatedAt, newestAt: newest === '' ? null : newest, id };
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
