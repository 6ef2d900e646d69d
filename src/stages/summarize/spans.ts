import type { Evidence, Fact } from '../../model/index.ts';
import { evidenceOverlaps } from '../../text/evidence.ts';
import type { Candidate } from './candidates.ts';

/** Whether two spans of evidence overlap in one article (src/text's one test, under summarize's name). */
export const overlaps = evidenceOverlaps;

/** The candidates of each article, in text order (built in one pass: a story can be one huge article). */
export function groupByArticle(candidates: readonly Candidate[]): Map<string, Candidate[]> {
  const out = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = out.get(c.articleId);
    if (list) list.push(c);
    else out.set(c.articleId, [c]);
  }
  return out;
}

/** Each candidate's article as a number, by candidate index (the groups of `similarityRows`). */
export function articleGroups(candidates: readonly Candidate[]): Int32Array {
  const numbers = new Map<string, number>();
  const groups = new Int32Array(candidates.length);
  for (const c of candidates) {
    let n = numbers.get(c.articleId);
    if (n === undefined) {
      n = numbers.size;
      numbers.set(c.articleId, n);
    }
    groups[c.index] = n;
  }
  return groups;
}

/**
 * A lookup of the candidates whose sentence overlaps a span of evidence, by binary search over each
 * article's sentences (they are in text order and do not overlap).
 * @example
 * const at = candidatesAt(groupByArticle(candidates));
 * at({ articleId: 'a1', span: { start: 120, end: 180 } }) // the sentences of a1 it touches
 */
export function candidatesAt(
  groups: ReadonlyMap<string, readonly Candidate[]>,
): (evidence: Evidence) => Candidate[] {
  return (e) => {
    const list = groups.get(e.articleId) ?? [];
    // the first sentence ending after the span starts
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as Candidate).evidence.span.end <= e.span.start) lo = mid + 1;
      else hi = mid;
    }
    const out: Candidate[] = [];
    for (let i = lo; i < list.length && (list[i] as Candidate).evidence.span.start < e.span.end; i++)
      out.push(list[i] as Candidate);
    return out;
  };
}

/** The facts each candidate states: those with a span of evidence inside its sentence. */
export function factsOfCandidates(
  candidates: readonly Candidate[],
  facts: readonly Fact[],
  at: (evidence: Evidence) => readonly Candidate[],
): Fact[][] {
  const out: Fact[][] = candidates.map(() => []);
  for (const fact of facts)
    for (const e of fact.evidence)
      for (const c of at(e)) {
        const list = out[c.index] as Fact[];
        if (list[list.length - 1] !== fact) list.push(fact);
      }
  return out;
}
