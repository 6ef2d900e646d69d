import { LEAVING_VERBS, LEAVING_WITH_OUT } from '../data/predicates.ts';
import { perReading, type Reading } from './reading.ts';
import { passive } from './roles.ts';

const WITH_OUT = new Set(LEAVING_WITH_OUT);
const ALONE = new Set(LEAVING_VERBS);

// Whether a reading tells that its subject left something: "pulled out of negotiations", "withdrew
// from the talks", not "was pulled out of the rubble" nor "pulled the boat out".
const leaves = perReading((r: Reading): boolean => {
  const tokens = r.claim.tokens;
  return tokens.some((t, i) => {
    // a passive (roles.ts) tells no leaving: "was pulled out of the rubble"
    if (t.pos !== 'VERB' || passive(tokens, i)) return false;
    return ALONE.has(t.norm) || (WITH_OUT.has(t.norm) && tokens[i + 1]?.norm === 'out');
  });
});

/**
 * Whether one reading tells its subject left (pulled out of, withdrew from) where the other does not:
 * "Ross has pulled out of negotiations" does not state "Ross is in negotiations".
 */
export const leftOnOneSide = (a: Reading, b: Reading): boolean => leaves(a) !== leaves(b);
