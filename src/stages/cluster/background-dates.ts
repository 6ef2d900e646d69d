// Which full date of an article's opening tells its own day. An undated article is dated by the first
// full date of its headline and opening (`articleDay`, features.ts); a date that the opening tells as
// the background of a person or a body ("Vell was born on April 2, 1931") or as the time of a like
// event it compares its own with ("as they did on May 3, 2023") is another time's, and dating the
// article by it puts it decades from its own story, which it then cannot join.
import type { SegmentedArticle, Token } from '../../model/index.ts';
import { dayOf } from '../../text/dates/days.ts';
import { type DateMention, findDateMentions } from '../../text/dates/mentions.ts';
import { BACKGROUND_DATE_WORDS } from './data/background-words.ts';
import { recalledAt } from './recalled.ts';

const BACKGROUND = new Set<string>(BACKGROUND_DATE_WORDS);

/**
 * True when the date starting at `at` in `doc`'s text is no day of the article: it closes a
 * comparison with a like event (`recalledAt`), or the last verb before it in its sentence is a word
 * of a person's or a body's background (`BACKGROUND_DATE_WORDS`: "was born in Kallin on April 2,
 * 1931") past the first sentence, or in it told aside ("Varga, who was born on April 2, 1931, died").
 * @example
 * backgroundDateAt(doc, 52) // true for "Lund died on Friday. She was born on April 2, 1931." (the second date)
 */
export function backgroundDateAt(doc: SegmentedArticle, at: number): boolean {
  const { text } = doc.article;
  if (recalledAt(text, at)) return true;
  const index = sentenceAt(doc, at);
  const tokens = doc.sentences[index]?.tokens ?? [];
  // the last verb before the date is the one it belongs to ("founded on May 1, 1904, said on June 3, 2024")
  let verb = tokens.length;
  while (--verb >= 0) {
    const t = tokens[verb] as Token;
    if (t.end <= at && (BACKGROUND.has(t.norm) || t.pos === 'VERB' || t.pos === 'AUX')) break;
  }
  if (verb < 0 || !BACKGROUND.has((tokens[verb] as Token).norm)) return false;
  // in the first sentence a birth or founding is the news, unless told aside in a relative clause
  // ("Ilse Varga, who was born on April 2, 1931, died on Thursday")
  let k = verb - 1;
  while (k >= 0 && ASIDE_FILLER.has((tokens[k] as Token).pos)) k--;
  return index > 0 || RELATIVE.has(tokens[k]?.norm ?? '');
}

// what may stand between a relative pronoun and its verb ("who was born", "which was later founded")
const ASIDE_FILLER = new Set(['AUX', 'ADV', 'PART']);
const RELATIVE = new Set(['who', 'which']);

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

/** A full date an article tells as a day of its own: its day number, where it starts and as written. */
export interface OwnDate {
  readonly day: number;
  /** Where the date starts in the article's text (negative: in its headline). */
  readonly at: number;
  readonly mention: DateMention;
}

/**
 * The full dates (day, month and year) an article tells as days of its own, in order: not another
 * time's (`backgroundDateAt`); in its text, or with `opening` in its headline and first `opening`
 * characters. The one reader of an undated article's day, for the grouping (`articleDay`: the first
 * of its opening) and the summary's periods (the latest it tells as done).
 * @example
 * [...ownFullDates(doc)].map((d) => d.mention.text) // ['March 3, 2025'] for "… on March 3, 2025. She was born on April 2, 1931."
 */
export function* ownFullDates(doc: SegmentedArticle, opening?: number): Generator<OwnDate> {
  const { article } = doc;
  // the headline before the text, when the opening is read ("\n" between them)
  const head = opening === undefined ? '' : `${article.title ?? ''}\n`;
  for (const mention of findDateMentions(head + article.text.slice(0, opening))) {
    const v = mention.value;
    if (v.kind !== 'day' || v.year === null) continue;
    const at = mention.start - head.length;
    if (at >= 0 && backgroundDateAt(doc, at)) continue;
    const day = dayOf(v.year, v.month, v.day);
    if (day !== null) yield { day, at, mention };
  }
}
