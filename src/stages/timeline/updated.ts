// A live-updated article's "Update:" item was written when the article was changed, not when it was
// first published: its relative days ("on Monday", "today") count from the day of the change.
import type { SegmentedArticle } from '../../model/index.ts';
import { updateItemDays } from '../../text/note-day.ts';
import type { Reference } from './reference-types.ts';

/**
 * The reference of each sentence of `doc` that is not the article's own: an "Update:" item's day
 * (text/note-day.ts `updateItemDays`, the reading compare uses too), counted only from a publication
 * day (the reference given); null for every other sentence.
 */
export function updateReference(
  doc: SegmentedArticle,
  reference: Reference | null,
): (sentenceIndex: number) => Reference | null {
  if (reference?.source !== 'published') return () => null;
  const days = updateItemDays(doc, reference.day);
  if (!days.size) return () => null;
  return (index) => {
    const day = days.get(index);
    return day === undefined ? null : { ...reference, day, beforeEvent: false };
  };
}
