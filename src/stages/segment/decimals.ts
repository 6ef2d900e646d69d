import type { Sentence, Token } from '../../model/index.ts';

const SHORT_NUMBER_END = /(?:^|\D)\d{1,3}$/;
const DIGIT_START = /^\d/;
const YEAR = /^(?:1[5-9]|20)\d\d$/;

// How the stop that ends a sentence stands: right after a short number ("magnitude 6."; a year ends
// sentences, "… in 2005."), alone after a space or at the start (" .", the point of ".45 caliber"), or
// neither.
function stopAfter(tokens: readonly Token[]): 'number' | 'alone' | null {
  const dot = tokens[tokens.length - 1];
  const before = tokens[tokens.length - 2];
  if (dot?.text !== '.') return null;
  if (before === undefined || before.end < dot.start) return 'alone';
  return SHORT_NUMBER_END.test(before.text) ? 'number' : null;
}

/**
 * Join the sentences of one paragraph (from index `from` of `sentences` on) that wink-nlp split at a
 * decimal point: one written before its digits (".45 caliber", ".5 percent": "had a ." | "45 caliber")
 * or, as some texts are detokenised, with a space after it ("The 6. 1-magnitude quake": "The 6." |
 * "1-magnitude quake struck …"; news writing spells out a number that starts a sentence, a year
 * aside), or between digits after a hyphen ("a magnitude-6.1 quake": "a magnitude-6." | "1 quake").
 * Stays within `maxTokens`; works in place on the stage's own array.
 */
export function joinDecimalSplits(
  text: string,
  sentences: Sentence[],
  from: number,
  maxTokens: number,
): void {
  for (let i = sentences.length - 1; i > from; i--) {
    const prev = sentences[i - 1] as Sentence;
    const next = sentences[i] as Sentence;
    const first = next.tokens[0];
    if (first === undefined || !DIGIT_START.test(first.text) || prev.paragraph !== next.paragraph) continue;
    const stop = stopAfter(prev.tokens);
    const split =
      (stop === 'alone' && first.start === prev.end) ||
      // "a magnitude-6.1 quake": a point between digits, no space on either side
      (stop === 'number' && first.start === prev.end) ||
      (stop === 'number' &&
        first.start === prev.end + 1 &&
        text.charAt(prev.end) === ' ' &&
        !YEAR.test(first.text));
    if (!split || prev.tokens.length + next.tokens.length > maxTokens) continue;
    const tokens = [...prev.tokens, ...next.tokens];
    sentences.splice(i - 1, 2, { start: prev.start, end: next.end, paragraph: prev.paragraph, tokens });
  }
}
