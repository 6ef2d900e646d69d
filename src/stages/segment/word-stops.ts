import type { Sentence, Token } from '../../model/index.ts';
import { WORDS_READ_AS_ABBREVIATIONS } from './data/abbreviations.ts';

// "ill." read as one token: the word and its full stop, the word written in lower case.
const WORD_STOP = /^([a-z]+)\.$/;

// The word and its stop as two tokens, the word tagged as the list says; null when `token` is none.
function splitToken(token: Token): [Token, Token] | null {
  const word = WORD_STOP.exec(token.text)?.[1];
  const pos = word === undefined ? undefined : WORDS_READ_AS_ABBREVIATIONS.get(word);
  if (word === undefined || pos === undefined) return null;
  const end = token.start + word.length;
  return [
    { start: token.start, end, text: word, norm: word, pos, stop: false, entity: undefined },
    { start: end, end: token.end, text: '.', norm: '.', pos: 'PUNCT', stop: false, entity: undefined },
  ];
}

/**
 * Split the sentences of one paragraph (from index `from` of `sentences` on) where wink-nlp read a
 * lower-case word and its full stop as an abbreviation and ran on into a sentence that opens with a
 * capital ("… was seriously ill." | "Voss has been out of view …"); the word and its stop become two
 * tokens, also at a sentence's end. Works in place on the stage's own array.
 */
export function splitWordStops(sentences: Sentence[], from: number): void {
  for (let i = sentences.length - 1; i >= from; i--) {
    const sentence = sentences[i] as Sentence;
    const parts: Token[][] = [[]];
    sentence.tokens.forEach((token, k) => {
      const split = splitToken(token);
      const next = sentence.tokens[k + 1];
      if (!split || (next && !/^\p{Lu}/u.test(next.text))) {
        parts[parts.length - 1]?.push(token);
        return;
      }
      parts[parts.length - 1]?.push(...split);
      if (next) parts.push([]);
    });
    if (parts.length === 1 && parts[0]?.length === sentence.tokens.length) continue;
    const paragraph = sentence.paragraph;
    sentences.splice(
      i,
      1,
      ...parts.map((tokens) => ({
        start: (tokens[0] as Token).start,
        end: (tokens[tokens.length - 1] as Token).end,
        paragraph,
        tokens,
      })),
    );
  }
}
