// A live-updated article's "Update:" item was written when the article was changed, not when it was
// first published: its relative days ("on Monday", "today") count from the day of the change.
import type { SegmentedArticle } from '../../model/index.ts';
import { parseIsoDay } from '../../text/dates/days.ts';
import { updateItems } from '../../text/editors-notes.ts';
import type { Reference } from './reference-types.ts';

/**
 * The reference of each sentence of `doc` that is not the article's own: the day of its last change
 * (`modifiedAt`) for its "Update:" item, when the article has one such item and was changed on a day
 * after its publication day (the reference given). With several items the change's day is only the
 * last one's, so each stays counted from the publication day, as without a modifiedAt.
 */
export function updateReference(
  doc: SegmentedArticle,
  reference: Reference | null,
): (sentenceIndex: number) => Reference | null {
  const modified = doc.article.modifiedAt ? parseIsoDay(doc.article.modifiedAt) : null;
  if (reference?.source !== 'published' || modified === null || modified <= reference.day)
    return () => null;
  const items = updateItems(doc);
  if (items.length !== 1) return () => null;
  const [item] = items;
  return (index) => (index === item ? { ...reference, day: modified, beforeEvent: false } : null);
}
