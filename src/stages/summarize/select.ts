import type { Candidate } from './candidates.ts';
import { LONG_SENTENCE_WORDS, MAX_WORDS, WEIGHTS } from './patterns.ts';
import type { Support } from './support.ts';
import { cosine, type Vector } from './text.ts';

/** What selection weighs for each candidate. */
export interface Scored {
  readonly candidate: Candidate;
  readonly support: Support;
  readonly vector: Vector;
  readonly relevance: number;
}

/**
 * A sentence's worth for the summary: the share of the story's independent sources that support it,
 * the status of the facts it states, how central it is to the story, how early it comes, whether it is
 * attributed; less for opinion words, quotation, repairs and length.
 */
export function relevance(
  candidate: Candidate,
  support: Support,
  centrality: number,
  totalSources: number,
): number {
  const share = totalSources > 1 ? (support.sources.size - 1) / (totalSources - 1) : 0;
  return (
    WEIGHTS.support * share +
    WEIGHTS.fact * support.factWeight +
    WEIGHTS.centrality * centrality +
    WEIGHTS.position * (1 - candidate.position) +
    WEIGHTS.attributed * (candidate.attributed ? 1 : 0) -
    WEIGHTS.opinion * Math.min(candidate.opinion, 2) -
    WEIGHTS.quote * candidate.quoteShare -
    WEIGHTS.repaired * (candidate.standalone?.repaired ? 1 : 0) -
    (WEIGHTS.length * Math.max(0, candidate.words - LONG_SENTENCE_WORDS)) / (MAX_WORDS - LONG_SENTENCE_WORDS)
  );
}

// What a sentence tells: its facts, or without facts the spans it is supported by.
const units = (s: Scored): readonly string[] =>
  s.support.factIds.length
    ? s.support.factIds
    : s.support.citations.map((e) => `${e.articleId}:${e.span.start}:${e.span.end}`);

// Share of a sentence's units that sentences already chosen tell: a fact told twice is no news.
function covered(s: Scored, chosen: readonly Scored[]): number {
  const ids = units(s);
  if (!ids.length || !chosen.length) return 0;
  const told = new Set(chosen.flatMap(units));
  return ids.filter((id) => told.has(id)).length / ids.length;
}

/**
 * Maximal marginal relevance within a word budget: repeatedly take the candidate with the best
 * `lambda * relevance * (share of its facts not yet told) - (1 - lambda) * (similarity to the
 * closest one already taken)` that still fits;
 * one that does not fit is passed over for shorter ones. Takes at least one sentence.
 */
export function selectMmr(scored: readonly Scored[], budget: number, lambda: number): Scored[] {
  const chosen: Scored[] = [];
  const left = new Set(scored);
  let words = 0;
  while (left.size) {
    let best: Scored | null = null;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const s of left) {
      const redundancy = chosen.reduce((m, c) => Math.max(m, cosine(s.vector, c.vector)), 0);
      const score = lambda * s.relevance * (1 - covered(s, chosen)) - (1 - lambda) * redundancy;
      if (score > bestScore) [best, bestScore] = [s, score];
    }
    if (!best) break;
    left.delete(best);
    const n = best.candidate.words;
    if (chosen.length && words + n > budget) continue;
    // the same article span chosen twice through a syndicated copy is no new information
    if (chosen.some((c) => cosine(c.vector, best.vector) > 0.8)) continue;
    chosen.push(best);
    words += n;
    if (words >= budget) break;
  }
  return chosen;
}
