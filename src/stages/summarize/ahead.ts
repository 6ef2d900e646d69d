import type { Candidate } from './candidates.ts';
import { type Telling, tellingOf } from './modality.ts';

/**
 * Whether a story is told only ahead of its event: every article's first sentence (its lede) tells it
 * as still to come ("will sign two executive orders on Monday", "is expected to plead guilty"). Such a
 * summary opens with a lede, told as planned, not with a later sentence that tells background in the
 * past ("In 2019, … created a council …") only because it happened. One lede telling what happened,
 * or no lede read, and the story is not.
 * @example
 * toldAhead(candidates, tellings) // true when every lede is a plan
 */
export function toldAhead(candidates: readonly Candidate[], tellings: readonly (Telling | null)[]): boolean {
  const ledes = candidates.filter((c) => c.lead === 0);
  return (
    ledes.length > 0 &&
    ledes.every((c) => (tellings[c.index] ?? tellingOf(c.tokens, null)).modality === 'planned')
  );
}
