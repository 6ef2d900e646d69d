import { isoOrNull } from '../store/dates.ts';
import type { StoryCursor, StorySummary } from '../store/types.ts';

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
