import type { Sentence, Token } from '../../model/index.ts';
import { WORDS_READ_AS_ABBREVIATIONS } from './data/abbreviations.ts';

// "ill." read as one token: the word and its full stop, the word written in lower case.
const WORD_STOP = /^([a-z]+)\.$/;

// The word and its stop as two tokens, the word tagged as the list says; null when `token` is none.
function splitToken(token: Token): [Token, Token] | null {
  // (asked of every token: one that does not end in a stop is passed over without the pattern)
  if (token.text.charCodeAt(token.text.length - 1) !== 0x2e) return null;
  const word = WORD_STOP.exec(token.text)?.[1];
  const pos = word === undefined ? undefined : WORDS_READ_AS_ABBREVIATIONS.get(word);
  if (word === undefined || pos === undefined) return null;
  const end = token.start + word.length;
  return [
    { start: token.start, end, text: word, norm: word, pos, stop: false, entity: undefined },
    { start: end, end: token.end, text: '.', norm: '.', pos: 'PUNCT', stop: false, entity: undefined },
  ];
}

// The word and its stop at token k as two tokens where they end the sentence or run on into one that
// opens with a capital ("ill." | "Voss"); else null (a small letter after them: "ill. the rest").
function splitAt(tokens: readonly Token[], k: number): [Token, Token] | null {
  const split = splitToken(tokens[k] as Token);
  const next = tokens[k + 1];
  return split && (!next || /^\p{Lu}/u.test(next.text)) ? split : null;
}

/**
 * Split the sentences of one paragraph (from index `from` of `sentences` on) where wink-nlp read a
 * lower-case word and its full stop as an abbreviation and ran on into a sentence that opens with a
 * capital ("… was seriously ill." | "Voss has been out of view …"); the word and its stop become two
 * tokens, also at a sentence's end. Works in place on the stage's own array.
 */
export function splitWordStops(sentences: Sentence[], from: number): void {
  for (let i = sentences.length - 1; i >= from; i--) {
    const { tokens, paragraph } = sentences[i] as Sentence;
    // (most sentences hold no such word: they are passed over without a copy of their tokens)
    if (!tokens.some((_, k) => splitAt(tokens, k) !== null)) continue;
    const parts: Token[][] = [[]];
    tokens.forEach((token, k) => {
      const split = splitAt(tokens, k);
      if (!split) {
        parts[parts.length - 1]?.push(token);
        return;
      }
      parts[parts.length - 1]?.push(...split);
      if (k + 1 < tokens.length) parts.push([]);
    });
    sentences.splice(
      i,
      1,
      ...parts.map((part) => ({
        start: (part[0] as Token).start,
        end: (part[part.length - 1] as Token).end,
        paragraph,
        tokens: part,
      })),
    );
  }
}
