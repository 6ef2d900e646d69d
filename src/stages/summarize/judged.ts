import type { Evidence, StoryExtraction, StoryInput } from '../../model/index.ts';
import { judgeEvidence } from '../compare/support/index.ts';
import type { Judgement } from '../compare/support/verdict.ts';

const key = (e: Evidence): string => `${e.articleId}\u0000${e.span.start}:${e.span.end}`;

/**
 * The support judge's judgement of (claim, evidence), worked out once per pair of a story: the
 * summarize stage asks it of one pair for who supports a sentence, plans told as done, one event told
 * twice and the single-source points.
 * @example
 * const judged = judgedOnce(input); judged(claim, evidence) === judged(claim, evidence) // true
 */
export function judgedOnce(
  input: StoryInput & StoryExtraction,
): (claim: Evidence, evidence: Evidence) => Judgement {
  const known = new Map<string, Judgement>();
  return (claim, evidence) => {
    const k = `${key(claim)}\u0001${key(evidence)}`;
    let j = known.get(k);
    if (!j) {
      j = judgeEvidence(input, claim, evidence);
      known.set(k, j);
    }
    return j;
  };
}
