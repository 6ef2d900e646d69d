// The day an editor's note was made, read only where the note dates itself: its label's day
// ("Correction (May 5):", "Update, May 7, 2031:") or the day after a verb of its history ("This
// article was updated on Monday"). A day the note tells of ("said the inquiry would open on May 7")
// is the story's, not the note's. Read by the compare stage's corrections and the timeline's
// "Update:" items, and the day each "Update:" item was written (`updateItemDays`).
import type { SegmentedArticle } from '../model/index.ts';
import { NOTE_DAY_LABEL, NOTE_DAY_VERB } from './data/editors-notes.ts';
import { dayOf, parseIsoDay, weekdayOf } from './dates/days.ts';
import { findDateMentions } from './dates/mentions.ts';
import { chooseYear } from './dates/resolve.ts';
import { updateItems } from './editors-notes.ts';

/**
 * The day a note states for itself (see above): a day of a month (its year stated, else the one
 * nearest before the article's last change or publication), or a weekday counted back from the
 * article's last change (only with a modifiedAt, whose week it must be). Never before the article's
 * publication nor after its last change; null when the note states none or it cannot be told.
 * `labelOnly`: the label's day alone (an "Update:" item's own words are news).
 * @example
 * statedNoteDay('Correction (May 4): The vote was 5-2.', may3, null) // the day of 2031-05-04
 */
export function statedNoteDay(
  text: string,
  published: number | null,
  modified: number | null,
  labelOnly = false,
): number | null {
  const reference = modified ?? published;
  const labelEnd = NOTE_DAY_LABEL.exec(text)?.[0].length ?? 0;
  for (const m of findDateMentions(text)) {
    if (m.start >= labelEnd && (labelOnly || !NOTE_DAY_VERB.test(text.slice(0, m.start)))) continue;
    const v = m.value;
    let day: number | null = null;
    if (v.kind === 'day') {
      const year =
        v.year ?? (reference === null ? null : chooseYear(v.month, v.day, v.weekday, reference, 'past'));
      day = year === null ? null : dayOf(year, v.month, v.day);
    } else if (v.kind === 'weekday' && v.shift === null && modified !== null) {
      day = modified - ((weekdayOf(modified) - v.weekday + 7) % 7);
    } else continue;
    if (day === null || (published !== null && day < published)) return null;
    if (modified !== null && day > modified) return null;
    return day;
  }
  return null;
}

/**
 * The day each "Update:" item of `doc` was written, by sentence index, where it differs from the
 * article's publication day `published`: a dated label ("Update (May 7): The council voted today …")
 * is its item's day; an undated one is the article's last change (`modifiedAt`), when the article has
 * one such item and was changed on a day after `published`. With several undated items the change's
 * day is only the last one's, so none is given. One reading for every stage: the timeline dates the
 * item's events by it, compare resolves its relative days and tells its article's day from it.
 * @example
 * updateItemDays(doc, may2).get(3) // the day of 2031-05-05 (modifiedAt), for "Update: … on Monday …"
 */
export function updateItemDays(doc: SegmentedArticle, published: number | null): ReadonlyMap<number, number> {
  const days = new Map<number, number>();
  if (published === null) return days;
  const modified = doc.article.modifiedAt ? parseIsoDay(doc.article.modifiedAt) : null;
  const items = updateItems(doc);
  const undated = items.filter((i) => {
    const s = doc.sentences[i];
    const day = s && statedNoteDay(doc.article.text.slice(s.start, s.end), published, modified, true);
    if (day !== null && day !== undefined) days.set(i, day);
    return day === null || day === undefined;
  });
  if (modified !== null && modified > published && undated.length === 1 && items.length === 1)
    days.set(undated[0] as number, modified);
  return days;
}
