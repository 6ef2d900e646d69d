import type { Sentence } from '../../model/index.ts';

const LOWER_START = /^\p{Ll}/u;
const WORD_END = /[\p{L}\p{N}]$/u;

/**
 * Join the sentences of one paragraph (from index `from` of `sentences` on) that wink-nlp split at a dot
 * with no space after it and a lower-case word right after: a web address ("EW.com reports …": "EW." |
 * "com reports …"), which no sentence ends inside. Stays within `maxTokens`; works in place on the stage's
 * own array.
 */
export function joinAddressSplits(sentences: Sentence[], from: number, maxTokens: number): void {
  for (let i = sentences.length - 1; i > from; i--) {
    const prev = sentences[i - 1] as Sentence;
    const next = sentences[i] as Sentence;
    const first = next.tokens[0];
    const dot = prev.tokens[prev.tokens.length - 1];
    const before = prev.tokens[prev.tokens.length - 2];
    if (
      first === undefined ||
      dot?.text !== '.' ||
      before === undefined ||
      prev.paragraph !== next.paragraph ||
      // "EW.com": word, dot and word with no space between them
      before.end !== dot.start ||
      dot.end !== first.start ||
      !WORD_END.test(before.text) ||
      !LOWER_START.test(first.text) ||
      prev.tokens.length + next.tokens.length > maxTokens
    )
      continue;
    const tokens = [...prev.tokens, ...next.tokens];
    sentences.splice(i - 1, 2, { start: prev.start, end: next.end, paragraph: prev.paragraph, tokens });
  }
}
