import { type Doc, sentenceOf, type Tok } from '../../../text/annotated.ts';
import { CLOSING_TOKENS, OPENING_TOKENS } from '../../../text/quotes/marks.ts';
import { MAX_ASIDE_TOKENS } from '../patterns.ts';
import { phraseBefore } from '../speakers/phrases.ts';

// The token-level pieces that the quote finders before, after and around a quote share.

/** Tokens that close a quote (the shared prose marks). */
export const CLOSERS = CLOSING_TOKENS;

/** Tokens that open a quote (the shared prose marks). */
export const OPENERS = OPENING_TOKENS;

/** Double quote marks in text. */
export const QUOTE_CHARS = /[“”"]/;

/** The sentence a token belongs to, if any. */
export function sentenceAt(doc: Doc, token: number) {
  return doc.sentences[sentenceOf(doc, token)];
}

/** Where a sentence's clause starts: before it when the split fell after a closing parenthesis ("Wu (D-Mo.) said"). */
export function clauseStart(doc: Doc, index: number): number {
  const sentence = doc.sentences[index] as { first: number; paragraph: number };
  const prev = doc.sentences[index - 1];
  return prev && prev.paragraph === sentence.paragraph && doc.tokens[sentence.first - 1]?.text === ')'
    ? prev.first
    : sentence.first;
}

/** "as Lee put it": "put it" after a name introduced by "as" is a speech cue. */
export function putIt(doc: Doc, c: number): boolean {
  if ((doc.tokens[c] as Tok).norm !== 'put' || doc.tokens[c + 1]?.norm !== 'it') return false;
  const np = phraseBefore(doc, c, Math.max(0, c - MAX_ASIDE_TOKENS));
  return np !== null && doc.tokens[np[0] - 1]?.norm === 'as';
}
