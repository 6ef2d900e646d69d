// Whether a token can open a figure as sentenceFigures reads them (quantities.ts): most tokens
// cannot, and are passed over before the readers' look-ups.

import type { Token } from '../model/index.ts';
import { clockWordEnd } from './clock.ts';
import { DURATION_DAYS, FEW_UNITS, NUMBER_WORDS, ORDINAL_WORDS } from './data/quantities.ts';
import { fold } from './normalise.ts';
import { FEW_FIRST, VAGUE_FIRST } from './quantities-vague.ts';

// Every word a figure can start with, besides a digit and an article: the phrases' first words,
// number and ordinal words, and the names of Object.prototype (which the word tables' look-ups find).
// A token that is none of them starts no figure: it is passed over without those look-ups.
const FIGURE_FIRST: ReadonlySet<string | undefined> = new Set([
  ...VAGUE_FIRST,
  ...[...FEW_FIRST].filter((w) => w !== 'a' && w !== 'an'),
  ...Object.keys(NUMBER_WORDS),
  ...Object.keys(ORDINAL_WORDS),
  ...Object.getOwnPropertyNames(Object.prototype),
]);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
// What an article opens, as the readers read it: the next word of a phrase of a few units ("a few"),
// a unit of time ("for a week") or a clock word; any other article starts no figure.
const AFTER_ARTICLE: ReadonlySet<string | undefined> = new Set([
  ...FEW_UNITS.map((f) => f.phrase.split(' ')).flatMap((w) => (ARTICLES.has(w[0] as string) ? [w[1]] : [])),
  ...Object.keys(DURATION_DAYS),
  // "a hundred and twelve", "a thousand and five" (number-words.ts)
  'hundred',
  'thousand',
  'million',
  'billion',
]);
const articleOpens = (tokens: readonly Token[], i: number): boolean =>
  AFTER_ARTICLE.has(fold(tokens[i + 1]?.text ?? '')) || clockWordEnd(tokens, i + 1) >= 0;

/** Whether the token at `i` surely opens no figure (a digit, a figure word or an article that opens one may). */
export const startsNoFigure = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i] as Token;
  const c = t.text.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return false;
  const folded = fold(t.text);
  if (FIGURE_FIRST.has(t.norm) || FIGURE_FIRST.has(folded)) return false;
  return !(ARTICLES.has(t.norm) || ARTICLES.has(folded)) || !articleOpens(tokens, i);
};
