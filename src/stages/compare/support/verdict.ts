import type { SupportTier } from './tier.ts';

/**
 * How a candidate sentence stands to a claim. `differs`: it gives another value, day, place, age or
 * account of what seems the claim's thing, by a kind of clash not proven precise enough to call a
 * contradiction (proven.ts): a difference for a reader to check, neither ✓ nor ✗.
 */
export type Verdict = 'supports' | 'contradicts' | 'differs' | 'related' | 'planned-vs-happened';

/**
 * What kind of clash made a `contradicts` or `differs` verdict: another value of one measure told by
 * the same verb of the same named subject, in one voice and mood, with no word of an update (`one
 * predicate`, told-alike.ts), one measure of one named thing told with two values (`one
 * thing`, one-thing.ts), another value of one measure (told by one word, of one event), an item
 * of one list or one end of one range, a decimal a segmenter cut, a
 * tally of one vote or game, none against a count, another age, day, month or year, place, speaker of the
 * same words, the opposite outcome, opposite words, or a negation.
 */
export type ClashKind =
  | 'one predicate'
  | 'one thing'
  | 'measure'
  | 'list item'
  | 'decimal'
  | 'tally'
  | 'none'
  | 'age'
  | 'day'
  | 'month'
  | 'year'
  | 'place'
  | 'speaker'
  | 'outcome'
  | 'opposite words'
  | 'negation';

/** The evidence of a verdict: how much of the claim the candidate covers and what was checked. */
export interface Judgement {
  readonly verdict: Verdict;
  /** Share of the claim's IDF-weighted terms found in the candidate. */
  readonly cover: number;
  /** Why (for `--explain` and tests): "figure 48000000 USD vs 65000000 USD", "date", "missing number" … */
  readonly reason: string;
  /** For `contradicts` and `differs`: the kind of clash. */
  readonly kind?: ClashKind;
  /** For `supports`: which path accepted it (tier.ts). */
  readonly tier?: SupportTier;
}
