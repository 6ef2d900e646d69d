// A correction of a day: "An earlier version of this article said the inquiry would open on May 7. It
// opens on May 8." The day in the clause after the note's cue is wrong, its other day the right one;
// a sentence of another outlet still gives the wrong one when it names that day beside a word of the
// note's clause and not the right day too.
import type { SegmentedArticle, Sentence } from '../../model/index.ts';
import { WRONG_CLAUSE_END } from '../../text/data/editors-notes.ts';
import { findDateMentions } from '../../text/dates/mentions.ts';
import type { DateMention } from '../../text/dates/values.ts';
import type { EditorsNoteReading } from '../../text/editors-notes.ts';
import { stem } from '../../text/normalise.ts';
import { aboutWords, type PutRight, sharesWord } from './note-words.ts';

type Day = Extract<DateMention['value'], { kind: 'day' }>;
const daysIn = (text: string): { m: DateMention; v: Day }[] =>
  findDateMentions(text).flatMap((m) => (m.value.kind === 'day' ? [{ m, v: m.value }] : []));
// one day of a month: the year only where both give one
const sameDay = (a: Day, b: Day): boolean =>
  a.month === b.month && a.day === b.day && (a.year === null || b.year === null || a.year === b.year);

/**
 * The day a note puts right (only a day of a month: which Tuesday another article means is its
 * own), with the test of a sentence that still gives it; null unless the note gives one wrong day
 * (after a cue, in its clause: `cues` are offsets in the article) and one other, right day.
 */
export function putRightDay(
  doc: SegmentedArticle,
  note: EditorsNoteReading,
  cues: readonly number[],
): PutRight | null {
  const { text } = doc.article;
  const found = note.sentences.flatMap((i) => {
    const s = doc.sentences[i] as Sentence;
    return daysIn(text.slice(s.start, s.end)).map(({ m, v }) => ({ at: s.start + m.start, m, v, s }));
  });
  const isWrong = (at: number): boolean =>
    cues.some((c) => c <= at && !WRONG_CLAUSE_END.test(text.slice(c, at)));
  const wrong = found.filter((d) => isWrong(d.at));
  const first = wrong[0];
  if (!first || wrong.some((d) => !sameDay(d.v, first.v))) return null;
  const right = found.filter((d) => !isWrong(d.at) && !sameDay(d.v, first.v));
  const fixed = right[0];
  if (!fixed || right.some((d) => !sameDay(d.v, fixed.v))) return null;
  const words = aboutWords(first.s.tokens, new Set(first.m.text.split(/\s+/).map((w) => stem(w))));
  if (!words.size) return null;
  return {
    wrong: first.m.text,
    right: fixed.m.text,
    carries: (s, t) => {
      const days = daysIn(t);
      return (
        days.some((d) => sameDay(d.v, first.v)) &&
        !days.some((d) => sameDay(d.v, fixed.v)) &&
        sharesWord(s, words, true)
      );
    },
  };
}
