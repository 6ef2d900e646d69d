import { contradiction } from './contradicts.ts';
import { type Opened, opened, passesFirstTests, unclashed } from './pair-checks.ts';
import { mayPlanAgainstDone } from './plan-done.ts';
import { shownAs } from './proven.ts';
import type { Reading } from './reading.ts';
import type { Judgement } from './verdict.ts';

export { coverOf } from './cover.ts';
export { type CoverPath, coverFloor, inName } from './cover-floor.ts';
export { holdsNumbersAndDates } from './quantities.ts';
export type { SupportTier } from './tier.ts';
export type { Judgement, Verdict } from './verdict.ts';

/**
 * Judge whether candidate `b` supports claim `a`. Supports: `b` covers most of `a`'s weighted terms,
 * tells its predicate about most of its names, holds every number and date of `a`, in the same
 * mood and polarity. Contradicts: about the same thing, `b` gives another value for one of `a`'s
 * quantities, another day for its event, the opposite outcome, or the negation, by a kind of clash
 * proven precise (proven.ts); differs: such a clash of another kind. Planned vs
 * happened: as support, but one says it will happen and the other that it did. Anything else is
 * related (including unrelated).
 * @example
 * judge(read('Talks ended on Tuesday.'), read('The talks ended on Tuesday.'), idf).verdict // 'supports'
 */
export function judge(a: Reading, b: Reading, idf: ReadonlyMap<string, number>): Judgement {
  const pair = opened(a, b, idf);
  return pair.kind === 'judged' ? pair.judgement : finished(a, b, pair);
}

// The verdict of a pair past judge()'s first tests: its clash checks, then the rest.
function finished(a: Reading, b: Reading, pair: Opened & { readonly kind: 'open' }): Judgement {
  const against = contradiction(a, b, pair.cover, pair.about);
  return against ? shownAs(against) : unclashed(a, b, pair);
}

/**
 * judge(a, b, idf), or null where its verdict is surely 'related' (for a caller that keeps only the
 * other verdicts, facts.ts): past the clash checks, only a pair that passes unclashed()'s first tests
 * may be a support, and only one a side of which tells a verb ahead a plan against what happened.
 */
export function judgeUnlessRelated(
  a: Reading,
  b: Reading,
  idf: ReadonlyMap<string, number>,
): Judgement | null {
  const pair = opened(a, b, idf);
  if (pair.kind === 'judged') return null; // (opened() gives 'related' only)
  const against = contradiction(a, b, pair.cover, pair.about);
  const found = against
    ? shownAs(against)
    : passesFirstTests(a, b, pair) || mayPlanAgainstDone(a, b)
      ? unclashed(a, b, pair)
      : null;
  return found?.verdict === 'related' ? null : found;
}

/**
 * `judge(a, b, idf)` in two steps: whether it says `b` supports `a`, with its clash checks (the
 * dearest) run last and only where every other test of support passes; then, when asked, the whole
 * verdict (running the clash checks if they did not run yet). The same verdicts as judge().
 */
export function judgeInSteps(
  a: Reading,
  b: Reading,
  idf: ReadonlyMap<string, number>,
): { readonly supports: boolean; readonly verdict: () => Judgement } {
  const pair = opened(a, b, idf);
  if (pair.kind === 'judged') {
    const known = pair.judgement;
    return { supports: false, verdict: () => known };
  }
  // most pairs fail one of the cheap tests that unclashed() makes (a support passes them all): the
  // rest of such a pair's verdict is worked out only when asked
  if (!passesFirstTests(a, b, pair)) {
    let later: Judgement | undefined;
    return { supports: false, verdict: () => (later ??= finished(a, b, pair)) };
  }
  const rest = unclashed(a, b, pair);
  let against: Judgement | null | undefined;
  const clash = (): Judgement | null => {
    if (against === undefined) against = contradiction(a, b, pair.cover, pair.about);
    return against;
  };
  const verdict = (): Judgement => {
    const j = clash();
    return j ? shownAs(j) : rest;
  };
  // (a clash is never a support: contradiction() gives 'contradicts' or 'related')
  return { supports: rest.verdict === 'supports' && clash() === null, verdict };
}
