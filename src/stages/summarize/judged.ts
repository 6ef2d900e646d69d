import type { Evidence, StoryExtraction, StoryInput } from '../../model/index.ts';
import {
  judgeEvidence,
  maySupport,
  mayTellEvent,
  mayTellMoods,
  type Reading,
  readSentences,
} from '../compare/support/index.ts';
import type { Judgement } from '../compare/support/verdict.ts';

const key = (e: Evidence): string => `${e.articleId}\u0000${e.span.start}:${e.span.end}`;

/** The support judge's judgement of (claim, evidence), and what it may say of the pair before it is judged. */
export interface Judged {
  (claim: Evidence, evidence: Evidence): Judgement;
  /** Whether the evidence states the claim: judged only where the judge may say so (may-support.ts). */
  readonly supports: (claim: Evidence, evidence: Evidence) => boolean;
  /** False where it surely tells the evidence of another event, or of the claim's by no reason past its test of `about`. */
  readonly mayTellEvent: (claim: Evidence, evidence: Evidence) => boolean;
  /** False where its reason is surely not the two sides' moods ("planned vs happened"). */
  readonly mayTellMoods: (claim: Evidence, evidence: Evidence) => boolean;
}

/**
 * The support judge's judgement of (claim, evidence), worked out once per pair of a story: the
 * summarize stage asks it of one pair for who supports a sentence, plans told as done, one event told
 * twice and the single-source points. Most pairs asked whether one states the other fail a cheap test
 * the judge makes first: the `may…` tests answer those without judging them.
 * @example
 * const judged = judgedOnce(input); judged(claim, evidence) === judged(claim, evidence) // true
 */
export function judgedOnce(input: StoryInput & StoryExtraction): Judged {
  const known = new Map<string, Judgement>();
  const judged = (claim: Evidence, evidence: Evidence): Judgement => {
    const k = `${key(claim)}\u0001${key(evidence)}`;
    let j = known.get(k);
    if (!j) {
      j = judgeEvidence(input, claim, evidence);
      known.set(k, j);
    }
    return j;
  };
  // a pair neither side of which reads as a claim is related to anything (judgeEvidence)
  const may =
    (test: (a: Reading, b: Reading, idf: ReadonlyMap<string, number>) => boolean) =>
    (claim: Evidence, evidence: Evidence): boolean => {
      const { find, idf } = readSentences(input);
      const a = find(claim);
      const b = a && find(evidence);
      return !!b && test(a, b, idf);
    };
  const mayStateIt = may(maySupport);
  return Object.assign(judged, {
    supports: (claim: Evidence, evidence: Evidence) =>
      mayStateIt(claim, evidence) && judged(claim, evidence).verdict === 'supports',
    mayTellEvent: may(mayTellEvent),
    mayTellMoods: may(mayTellMoods),
  });
}
