// Which full date of an article's opening tells its own day. An undated article is dated by the first
// full date of its headline and opening (`articleDay`, features.ts); a date that the opening tells as
// the background of a person or a body ("Vell was born on April 2, 1931") or as the time of a like
// event it compares its own with ("as they did on May 3, 2023") is another time's, and dating the
// article by it puts it decades from its own story, which it then cannot join.
import type { SegmentedArticle } from '../../model/index.ts';
import { BACKGROUND_DATE_WORDS } from './data/background-words.ts';
import { recalledAt } from './recalled.ts';

const BACKGROUND = new Set<string>(BACKGROUND_DATE_WORDS);

/**
 * True when the date starting at `at` in `doc`'s text is no day of the article: it closes a
 * comparison with a like event (`recalledAt`), or, past the first sentence, the last verb before it
 * in its sentence is a word of a person's or a body's background (`BACKGROUND_DATE_WORDS`: "was born
 * in Kallin on April 2, 1931").
 * @example
 * backgroundDateAt(doc, 52) // true for "Lund died on Friday. She was born on April 2, 1931." (the second date)
 */
export function backgroundDateAt(doc: SegmentedArticle, at: number): boolean {
  const { text } = doc.article;
  if (recalledAt(text, at)) return true;
  const index = sentenceAt(doc, at);
  const sentence = doc.sentences[index];
  if (index < 1 || !sentence) return false;
  // the last verb before the date is the one it belongs to ("founded on May 1, 1904, said on June 3, 2024")
  const verb = sentence.tokens.findLast(
    (t) => t.end <= at && (BACKGROUND.has(t.norm) || t.pos === 'VERB' || t.pos === 'AUX'),
  );
  return verb !== undefined && BACKGROUND.has(verb.norm);
}

/** Where in an article a date its day was read from stands: its headline, first sentence or a later one. */
export type DatePlace = 'headline' | 'first sentence' | 'later sentence';

const sentenceAt = (doc: SegmentedArticle, at: number): number =>
  doc.sentences.findIndex((s) => s.start <= at && at < s.end);

/**
 * Where the date at `at` of `doc`'s text stands (a negative `at` is in the headline), as
 * `--explain-grouping` says it: "2021-03-09 (text:first sentence "March 9, 2021")".
 */
export const datePlace = (doc: SegmentedArticle, at: number): DatePlace =>
  at < 0 ? 'headline' : sentenceAt(doc, at) < 1 ? 'first sentence' : 'later sentence';
