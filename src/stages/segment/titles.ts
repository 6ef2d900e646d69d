import type { Sentence, Token } from '../../model/index.ts';
import { TITLE_ABBREVIATIONS } from './data/abbreviations.ts';

// Whether a sentence ends in a title abbreviation and its stop ("… police Const."), written as a word.
function endsInTitle(tokens: readonly Token[]): boolean {
  const dot = tokens[tokens.length - 1];
  const word = tokens[tokens.length - 2];
  const before = tokens[tokens.length - 3];
  return (
    dot?.text === '.' &&
    word !== undefined &&
    dot.start === word.end &&
    TITLE_ABBREVIATIONS.has(word.text) &&
    (before === undefined || before.end < word.start)
  );
}

/**
 * Join the sentences of one paragraph (from index `from` of `sentences` on) that wink-nlp split after a
 * title abbreviation when a name follows ("Vancouver police Const." | "Tim Fanning told …"), as long
 * as the joined sentence stays within `maxTokens`. Works in place on the stage's own array.
 */
export function joinTitleSplits(sentences: Sentence[], from: number, maxTokens: number): void {
  for (let i = sentences.length - 1; i > from; i--) {
    const prev = sentences[i - 1] as Sentence;
    const next = sentences[i] as Sentence;
    const first = next.tokens[0];
    if (
      first?.pos !== 'PROPN' ||
      !endsInTitle(prev.tokens) ||
      prev.tokens.length + next.tokens.length > maxTokens
    )
      continue;
    const tokens = [...prev.tokens, ...next.tokens];
    sentences.splice(i - 1, 2, { start: prev.start, end: next.end, paragraph: prev.paragraph, tokens });
  }
}
