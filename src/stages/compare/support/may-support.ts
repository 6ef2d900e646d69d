import type { Claim } from '../claims.ts';
import {
  ANCHORED_MIN_COVER,
  BARE_MIN_COVER,
  PLANNED_DATED_MIN_COVER,
  RELATED_MIN_COVER,
  SUPPORT_MIN_COVER,
  SUPPORT_MIN_NAME_SHARE,
} from '../patterns.ts';
import { hasOwnVerb } from './asides.ts';
import { coverOfTerms } from './cover.ts';
import { unresolvedSubject } from './pronoun-subject.ts';
import type { Reading } from './reading.ts';
import { nameShare, sharesPredicate } from './relations.ts';

// Cheap necessary conditions of `judge(a, b, idf).verdict === 'supports'`, each a test judge.ts makes
// before it says so (with many more): a pair one of them fails is never a support; one all pass may
// still be anything. In three steps, so that most pairs fail before `b` is read (facts.ts).

// The least cover any path of judge() takes as support: the related floor and coverFloor's least.
const LEAST_SUPPORT_COVER = Math.max(
  RELATED_MIN_COVER,
  Math.min(ANCHORED_MIN_COVER, BARE_MIN_COVER, SUPPORT_MIN_COVER),
);

/** Whether claim `a` may be supported at all: it has a verb of its own and we know whom it is about. */
export const supportable = (a: Reading): boolean => hasOwnVerb(a) && !unresolvedSubject(a);

/** Whether `b`'s claim, before it is read, covers enough of `a` to support it. */
export function coverAllowsSupport(a: Reading, b: Claim, idf: ReadonlyMap<string, number>): boolean {
  // (judge's cover is capped at 1, and its floors are met within 1e-9)
  const cover = Math.min(coverOfTerms(a, b.terms, idf), 1);
  return cover >= RELATED_MIN_COVER && cover + 1e-9 >= LEAST_SUPPORT_COVER;
}

/** Whether `b` tells `a`'s predicate of most of its names, as a support must. */
export const aboutAllowsSupport = (a: Reading, b: Reading): boolean =>
  sharesPredicate(a, b) && nameShare(a, b) >= SUPPORT_MIN_NAME_SHARE;

/** Whether judge(a, b, idf) may say `b` supports `a`: false only where one of the bars above fails. */
export const maySupport = (a: Reading, b: Reading, idf: ReadonlyMap<string, number>): boolean =>
  supportable(a) && coverAllowsSupport(a, b.claim, idf) && aboutAllowsSupport(a, b);

// The cover of `b` over `a` as judge() weighs it (capped at 1).
const coverIn = (a: Reading, b: Reading, idf: ReadonlyMap<string, number>): number =>
  Math.min(coverOfTerms(a, b.claim.terms, idf), 1);

/**
 * Whether judge(a, b, idf) may tell `b` of `a`'s event past its test of what the claim is about:
 * 'supports', or a reason it gives only after that test and after its test of an unresolved
 * subject ('partial', 'missing number or date', 'a participant missing' …). False only where a test
 * judge() makes before those fails: a verb of its own, a known subject, the related floor, `about`.
 */
export const mayTellEvent = (a: Reading, b: Reading, idf: ReadonlyMap<string, number>): boolean =>
  supportable(a) && coverIn(a, b, idf) >= RELATED_MIN_COVER && aboutAllowsSupport(a, b);

/**
 * Whether judge(a, b, idf) may give the reason '<mood of a> vs <mood of b>' ("planned vs happened"):
 * as the verdict 'planned-vs-happened' (told of `a`'s names, or of one day or figure, past the
 * related floor) or as the mood that keeps a support apart (past `about`). False only where one of
 * those tests fails.
 */
export function mayTellMoods(a: Reading, b: Reading, idf: ReadonlyMap<string, number>): boolean {
  if (!hasOwnVerb(a)) return false;
  const cover = coverIn(a, b, idf);
  return cover >= RELATED_MIN_COVER && (cover >= PLANNED_DATED_MIN_COVER || aboutAllowsSupport(a, b));
}
