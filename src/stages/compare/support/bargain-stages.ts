import { stem } from '../../../text/normalise.ts';
import type { ClaimFigure } from '../../../text/quantities.ts';
import { BARGAIN_STAGES } from '../data/bargain-stages.ts';
import { clauseVerb, tokenAt } from './figure-words.ts';
import { perFigure, type Reading } from './reading.ts';

// Verb stem → the index of its bargain stage (data/bargain-stages.ts).
const STAGE = new Map(BARGAIN_STAGES.flatMap((verbs, i) => verbs.map((v) => [stem(v), i] as const)));

// The bargain stage of the nearest verb before a figure in its clause ("has offered drivers a 3.5
// per cent rise" → offer), or null; none when a "that" opens a clause between the two ("accept that
// 40 people died": the verb reports the figure, no bargain's stage).
const stageOf = perFigure((f: ClaimFigure, r: Reading): number | null => {
  const [verb] = clauseVerb(f, r);
  const stage = verb === undefined ? null : (STAGE.get(verb) ?? null);
  if (stage === null) return null;
  const tokens = r.claim.tokens;
  for (let k = tokenAt(f, r) - 1; k >= 0 && tokens[k]?.pos !== 'VERB'; k--)
    if (tokens[k]?.pos === 'SCONJ') return null;
  return stage;
});

/**
 * Whether two figures are told at two stages of a bargain ("Carrow Transit has offered 3.5 per
 * cent" / "drivers voted to accept a pay rise of 4.8 per cent"): an offer and the deal taken, a
 * demand and an offer, are two states of one dispute, not two values of one figure.
 * @example
 * twoStages(offered35, a, accepted48, b) // true
 */
export function twoStages(f: ClaimFigure, a: Reading, x: ClaimFigure, b: Reading): boolean {
  const [s, t] = [stageOf(f, a), stageOf(x, b)];
  return s !== null && t !== null && s !== t;
}
