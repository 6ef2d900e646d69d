// A live-updated article's "Update:" item was written when the article was changed, not when it was
// first published: its relative days ("on Monday", "today") count from the day of the change.
import type { SegmentedArticle } from '../../model/index.ts';
import { parseIsoDay } from '../../text/dates/days.ts';
import { updateItems } from '../../text/editors-notes.ts';
import { statedNoteDay } from '../../text/note-day.ts';
import type { Reference } from './reference-types.ts';

/**
 * The reference of each sentence of `doc` that is not the article's own: an "Update:" item's day.
 * A dated label ("Update (May 7): The council voted today …") is its item's day; an undated one
 * counts from the article's last change (`modifiedAt`), when the article has one such item and was
 * changed on a day after its publication day (the reference given). With several undated items the
 * change's day is only the last one's, so each stays counted from the publication day, as without a
 * modifiedAt.
 */
export function updateReference(
  doc: SegmentedArticle,
  reference: Reference | null,
): (sentenceIndex: number) => Reference | null {
  const modified = doc.article.modifiedAt ? parseIsoDay(doc.article.modifiedAt) : null;
  if (reference?.source !== 'published') return () => null;
  const items = updateItems(doc);
  const days = new Map<number, number>();
  const undated = items.filter((i) => {
    const s = doc.sentences[i];
    const day = s && statedNoteDay(doc.article.text.slice(s.start, s.end), reference.day, modified, true);
    if (day !== null && day !== undefined) days.set(i, day);
    return day === null || day === undefined;
  });
  if (modified !== null && modified > reference.day && undated.length === 1 && items.length === 1)
    days.set(undated[0] as number, modified);
  if (!days.size) return () => null;
  return (index) => {
    const day = days.get(index);
    return day === undefined ? null : { ...reference, day, beforeEvent: false };
  };
}
