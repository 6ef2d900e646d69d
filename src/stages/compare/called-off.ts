// A plan that a later article tells as called off ("Tuesday's strike has been called off" beside
// "Drivers plan to strike for 48 hours from Tuesday") is told by it: what became of the plan, not the
// plan left out. The omissions do not list it (omissions.ts).
import { CALL_OFF_CUES } from '../../text/data/call-off.ts';
import type { Reading } from './support/reading.ts';

// Whether the claim's words hold a call-off cue (a run of words matched whole).
const holdsCue = (r: Reading): boolean =>
  r.claim.tokens.some((_, i, ts) => CALL_OFF_CUES.some((cue) => cue.every((w, k) => ts[i + k]?.norm === w)));

/**
 * Whether `claim` tells the event that `plan` (a claim told as planned) plans as called off: it holds
 * a call-off cue, is not negated ("has not been called off"), and names one of the plan's predicates,
 * as a verb or a noun ("strike" in "Tuesday's strike has been called off").
 * @example
 * callsOff(read('Drivers plan to strike from Tuesday.'), read("Tuesday's strike has been called off.")) // true
 */
export function callsOff(plan: Reading, claim: Reading): boolean {
  if (plan.modality !== 'planned' || claim.negatedAnywhere || !holdsCue(claim)) return false;
  return plan.predicates.some((p) => claim.allStems.has(p));
}
