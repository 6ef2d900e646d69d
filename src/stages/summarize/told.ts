import type { Token } from '../../model/index.ts';
import { NEGATION } from '../../text/negated-words.ts';
import { isContentWord, stem as wordStem } from '../../text/normalise.ts';
import { numberAt } from '../../text/number-at.ts';
import { cosine, type Vector } from '../../text/vectors.ts';
import { REPORTING_STEMS } from '../compare/data/word-forms.ts';
import type { Candidate } from './candidates.ts';
import { TOLD_AGAIN_NOVELTY } from './patterns.ts';
import { stem } from './text.ts';

// A token with a digit ("210", "A1", "5:30"): a new one is news on its own.
const FIGURE = /\d/;

// The numbers a sentence tells, in digits or words ("210", "forty", "twenty-five"): a new one is news
// on its own, and one told in other digits or words is the same ("forty" / "40").
function numbersOf(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const n = numberAt(tokens, i);
    if (!n) continue;
    out.push(n.value);
    i = Math.max(i, n.end - 1);
  }
  return out;
}

/**
 * Whether a sentence tells again what the sentences already chosen tell, in other words: it names no
 * person, organisation, place or number (in digits or words) they do not, tells no negation they do
 * not, and under `TOLD_AGAIN_NOVELTY` of its content (its distinct content stems weighed by their
 * inverse frequency, reporting verbs left out) is new to them ("The union said 210 staff were on strike" after "About 210
 * library staff walked out …" and "A strike by library workers shut every branch …"). Unlike the
 * closest chosen sentence's cosine, it reads what all of them tell together. Gives the chosen sentence
 * closest to it (whose wording it is), or null when it tells something new.
 * @example
 * const again = toldAgain(idf, vectors);
 * again(chosen, candidate) // a chosen candidate when nothing of it is news beside the chosen sentences
 */
export function toldAgain(
  idf: ReadonlyMap<string, number>,
  vectors: readonly Vector[],
): (chosen: readonly Candidate[], c: Candidate) => Candidate | null {
  const news = (chosen: readonly Candidate[], c: Candidate): boolean => {
    const told = new Set(chosen.flatMap((s) => s.stems));
    // a name or a figure the chosen sentences do not hold is news, and so is a "not" none of them tells
    const negated = (x: Candidate) => x.tokens.some((t) => NEGATION.has(t.norm));
    if (negated(c) && !chosen.some(negated)) return true;
    // (a code or a time by its stem: "A1", "5:30")
    const coded = (t: Token, i: number) => FIGURE.test(t.text) && !numberAt(c.tokens, i);
    for (const [i, t] of c.tokens.entries())
      if ((t.pos === 'PROPN' || coded(t, i)) && isContentWord(t) && !told.has(stem(t.norm))) return true;
    const numbers = new Set(chosen.flatMap((s) => numbersOf(s.tokens)));
    if (numbersOf(c.tokens).some((n) => !numbers.has(n))) return true;
    let all = 0;
    let fresh = 0;
    const seen = new Set<string>();
    for (const t of c.tokens) {
      if (!isContentWord(t) || REPORTING_STEMS.has(wordStem(t.norm))) continue;
      const s = stem(t.norm);
      if (seen.has(s)) continue;
      seen.add(s);
      const weight = idf.get(s) ?? 1;
      all += weight;
      if (!told.has(s)) fresh += weight;
    }
    return all === 0 || fresh / all >= TOLD_AGAIN_NOVELTY;
  };
  return (chosen, c) => {
    if (!chosen.length || news(chosen, c)) return null;
    const own = vectors[c.index] as Vector;
    let best = chosen[0] as Candidate;
    for (const s of chosen)
      if (cosine(vectors[s.index] as Vector, own) > cosine(vectors[best.index] as Vector, own)) best = s;
    return best;
  };
}
