import type { SegmentedArticle, Span, Token } from '../../../model/index.ts';
import { headlineTokens } from '../../../text/headline.ts';
import { stem } from '../../../text/normalise.ts';
import { REPORTING_STEMS } from '../data/word-forms.ts';
import { type SentenceWords, sentenceWords } from '../sentence-words.ts';
import { inRegions } from '../text.ts';

const FRAMING_POS = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);

// Token i of `tokens` is a term; its stem from `words` (a sentence's shared words) when given.
const isTerm = (tokens: readonly Token[], i: number, words: SentenceWords | undefined): boolean => {
  const t = tokens[i] as Token;
  return (
    !t.stop &&
    FRAMING_POS.has(t.pos) &&
    /^\p{L}[\p{L}'’-]+$/u.test(t.text) &&
    !REPORTING_STEMS.has(words ? words.stemAt(i) : stem(t.text))
  );
};

// Count the terms of a run of tokens (one sentence, or a headline) into `counts`, skipping quoted ones.
function countTerms(
  tokens: readonly Token[],
  regions: readonly Span[],
  counts: Map<string, number>,
  words?: SentenceWords,
): void {
  const add = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
  let prev: Token | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const own = !inRegions(t, regions);
    if (own && isTerm(tokens, i, words)) {
      add(t.norm);
      if (prev) add(`${prev.norm} ${t.norm}`);
      prev = t;
    } else prev = null;
  }
}

/**
 * The words and two-word phrases an article uses in its own voice (quotes excluded): common content
 * words by lower-case form, plus adjacent pairs of them ("irregular migration"). Names and numbers
 * and reporting verbs are left out: framing is about word choice, not about who or how many.
 */
export function ownVoiceTerms(doc: SegmentedArticle, regions: readonly Span[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of doc.sentences)
    countTerms(sentence.tokens, regions, counts, sentenceWords(sentence.tokens));
  return counts;
}

/**
 * The same terms in the article's own headline (see `headlineTokens`; none for an inferred title),
 * counted apart from the body. Quoted words in a headline count too: a headline is all the outlet's
 * choice.
 */
export function headlineTerms(doc: SegmentedArticle): Map<string, number> {
  const counts = new Map<string, number>();
  countTerms(headlineTokens(doc) ?? [], [], counts);
  return counts;
}

/** Add the counts of `more` into `into`. */
export function addCounts(into: Map<string, number>, more: ReadonlyMap<string, number>): Map<string, number> {
  for (const [t, n] of more) into.set(t, (into.get(t) ?? 0) + n);
  return into;
}
