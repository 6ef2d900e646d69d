import { isoOrNull } from './dates.ts';
import type { StoryCursor, StoryFilter, StorySummary } from './story-types.ts';
import type { Store } from './types.ts';

/**
 * The story list's cursor as text (`after=` of a page's next link, `parallax changes --after`): a
 * page ends with its last story's, and the next page lists the stories after it.
 */

/**
 * The list's cursor after a story (`after=` of the next page): its change time, newest article's
 * time (empty when none) and id, as `TIME~NEWEST~ID`; in a list most outlets first, its count of
 * named outlets before them (`N~TIME~NEWEST~ID`).
 */
export function cursorAfter(story: StorySummary, byOutlets = false): string {
  const cursor = `${story.updatedAt}~${story.newestAt ?? ''}~${story.id}`;
  return byOutlets ? `${story.outlets.length}~${cursor}` : cursor;
}

/**
 * A cursor of the list's order read back, or null when it is not one: `TIME~NEWEST~ID`, or with
 * `byOutlets` `N~TIME~NEWEST~ID` (a cursor of the other order is none). A `TIME~ID` cursor (the next
 * link of a page listed before the newest article was part of the order) is read too: the store
 * takes its story's newest article as stored now.
 */
export function parseCursor(text: string, byOutlets = false): StoryCursor | null {
  if (byOutlets) {
    const match = /^(\d{1,6})~(.*)$/s.exec(text);
    const rest = match ? parseCursor(match[2] as string) : null;
    return match && rest ? { ...rest, outletCount: Number(match[1]) } : null;
  }
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
 * The list's pages end with a cursor naming their last story, and the next page lists the stories
 * after it (the store reads them from its index however deep the page is).
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
