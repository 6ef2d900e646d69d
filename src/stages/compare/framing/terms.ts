import type { SegmentedArticle, Span, Token } from '../../../model/index.ts';
import { REPORTING_STEMS } from '../data/word-forms.ts';
import { inRegions, stem } from '../text.ts';

const FRAMING_POS = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);

const isTerm = (t: Token): boolean =>
  !t.stop &&
  FRAMING_POS.has(t.pos) &&
  /^\p{L}[\p{L}'’-]+$/u.test(t.text) &&
  !REPORTING_STEMS.has(stem(t.text));

/**
 * The words and two-word phrases an article uses in its own voice (quotes excluded): common content
 * words by lower-case form, plus adjacent pairs of them ("irregular migration"). Names and numbers
 * and reporting verbs are left out: framing is about word choice, not about who or how many.
 */
export function ownVoiceTerms(doc: SegmentedArticle, regions: readonly Span[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const sentence of doc.sentences) {
    let prev: Token | null = null;
    for (const t of sentence.tokens) {
      const own = !inRegions(t, regions);
      if (own && isTerm(t)) {
        add(t.norm);
        if (prev) add(`${prev.norm} ${t.norm}`);
        prev = t;
      } else prev = null;
    }
  }
  return counts;
}

/** Add the counts of `more` into `into`. */
export function addCounts(into: Map<string, number>, more: ReadonlyMap<string, number>): Map<string, number> {
  for (const [t, n] of more) into.set(t, (into.get(t) ?? 0) + n);
  return into;
}
