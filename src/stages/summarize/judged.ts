import type { Evidence, StoryExtraction, StoryInput } from '../../model/index.ts';
import {
  judge,
  judgeInSteps,
  maySupport,
  mayTellEvent,
  mayTellMoods,
  type Reading,
  readSentences,
} from '../compare/support/index.ts';
import type { Judgement } from '../compare/support/verdict.ts';

const key = (e: Evidence): string => `${e.articleId}\u0000${e.span.start}:${e.span.end}`;

// Most spans one story asks about: a pair's key is its two spans' numbers in one safe integer.
const SPAN_IDS = 2 ** 26;

/** The support judge's judgement of (claim, evidence), and what it may say of the pair before it is judged. */
export interface Judged {
  (claim: Evidence, evidence: Evidence): Judgement;
  /** Whether the evidence states the claim: judged only where the judge may say so (may-support.ts). */
  readonly supports: (claim: Evidence, evidence: Evidence) => boolean;
  /** False where it surely tells the evidence of another event, or of the claim's by no reason past its test of `about`. */
  readonly mayTellEvent: (claim: Evidence, evidence: Evidence) => boolean;
  /** False where its reason is surely not the two sides' moods ("planned vs happened"). */
  readonly mayTellMoods: (claim: Evidence, evidence: Evidence) => boolean;
  /** The judge's reading of a span (readSentences), kept by its evidence object too. */
  readonly read: (evidence: Evidence) => Reading | null;
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
  // each span a number, looked up by its evidence object (the candidates' and the facts' are asked
  // many times), else by its text key
  const ids = new Map<string, number>();
  const idOfObject = new WeakMap<Evidence, number>();
  const idOf = (e: Evidence): number => {
    let id = idOfObject.get(e);
    if (id === undefined) {
      const k = key(e);
      id = ids.get(k);
      if (id === undefined) {
        id = ids.size;
        if (id >= SPAN_IDS) throw new RangeError(`a story of more than ${SPAN_IDS} spans asked`);
        ids.set(k, id);
      }
      idOfObject.set(e, id);
    }
    return id;
  };
  // the readings by evidence object (readSentences keeps them by span, behind a key made per call)
  const readings = new WeakMap<Evidence, Reading | null>();
  let sentences: ReturnType<typeof readSentences> | undefined;
  const read = (e: Evidence): Reading | null => {
    let r = readings.get(e);
    if (r === undefined) {
      sentences ??= readSentences(input);
      r = sentences.find(e);
      readings.set(e, r);
    }
    return r;
  };
  const idf = (): ReadonlyMap<string, number> => {
    sentences ??= readSentences(input);
    return sentences.idf;
  };
  const known = new Map<number, Judgement>();
  const later = new Map<number, () => Judgement>();
  // (as judgeEvidence: a span that reads as no claim is related to anything)
  const judged = (claim: Evidence, evidence: Evidence): Judgement => {
    const k = idOf(claim) * SPAN_IDS + idOf(evidence);
    let j = known.get(k);
    if (!j) {
      const a = read(claim);
      const b = read(evidence);
      j =
        later.get(k)?.() ??
        (a && b ? judge(a, b, idf()) : { verdict: 'related', cover: 0, reason: 'not a claim' });
      known.set(k, j);
    }
    return j;
  };
  // a pair neither side of which reads as a claim is related to anything (judgeEvidence)
  const may =
    (test: (a: Reading, b: Reading, idf: ReadonlyMap<string, number>) => boolean) =>
    (claim: Evidence, evidence: Evidence): boolean => {
      const a = read(claim);
      const b = a && read(evidence);
      return !!b && test(a, b, idf());
    };
  const mayStateIt = may(maySupport);
  // whether the evidence states the claim, its clash checks run only where every other test of
  // support passes (judgeInSteps): the rest of a verdict is worked out if the pair is asked again
  const supports = (claim: Evidence, evidence: Evidence): boolean => {
    if (!mayStateIt(claim, evidence)) return false;
    const k = idOf(claim) * SPAN_IDS + idOf(evidence);
    const j = known.get(k);
    if (j) return j.verdict === 'supports';
    if (later.has(k)) return false;
    const a = read(claim);
    const b = read(evidence);
    if (!a || !b) return false;
    const steps = judgeInSteps(a, b, idf());
    if (steps.supports) known.set(k, steps.verdict());
    else later.set(k, steps.verdict);
    return steps.supports;
  };
  return Object.assign(judged, {
    supports,
    mayTellEvent: may(mayTellEvent),
    mayTellMoods: may(mayTellMoods),
    read,
  });
}
