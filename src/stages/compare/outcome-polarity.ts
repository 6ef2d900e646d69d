import { stem } from '../../text/normalise.ts';
import { EVENT_WORDS, NEGATIVE_OUTCOME_CUES, NEGATORS, POSITIVE_OUTCOME_CUES } from './data/outcome-cues.ts';
import { type CompiledPhrase, compilePhrases, matchPhrase } from './text.ts';

const NEGATIVE = compilePhrases(NEGATIVE_OUTCOME_CUES);
const POSITIVE = compilePhrases(POSITIVE_OUTCOME_CUES);
// stem → the first listed word for it, used to name the event ("meeting" rather than "met")
const EVENTS = new Map([...EVENT_WORDS].reverse().map((w) => [stem(w), w]));
const NEGATOR_STEMS = new Set(NEGATORS.map(stem));

function longestAt(stems: readonly string[], at: number, phrases: readonly CompiledPhrase[]): number {
  let best = 0;
  for (const p of phrases) best = Math.max(best, matchPhrase(stems, at, p));
  return best;
}

/**
 * The outcome a claim reports for an event: -1 when it says the event produced nothing ("failed to
 * announce", "no agreement"), +1 when it says it produced something ("very productive", "agreements
 * were reached"; a negator just before flips it), 0 when it says neither or names no event. The
 * event may be named elsewhere in the sentence (`context`) than the clause that gives the outcome.
 */
export function outcomePolarity(stems: readonly string[], context: readonly string[] = stems): -1 | 0 | 1 {
  if (!context.some((s) => EVENTS.has(s))) return 0;
  let negative = 0;
  let positive = 0;
  for (let i = 0; i < stems.length; i++) {
    const neg = longestAt(stems, i, NEGATIVE);
    if (neg) {
      negative++;
      i += neg - 1;
      continue;
    }
    const pos = longestAt(stems, i, POSITIVE);
    if (!pos) continue;
    const negated = [stems[i - 1], stems[i - 2]].some((s) => s !== undefined && NEGATOR_STEMS.has(s));
    if (negated) negative++;
    else positive++;
    i += pos - 1;
  }
  return negative > positive ? -1 : positive > negative ? 1 : 0;
}
