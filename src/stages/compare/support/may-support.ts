import type { Claim } from '../claims.ts';
import {
  ANCHORED_MIN_COVER,
  BARE_MIN_COVER,
  RELATED_MIN_COVER,
  SUPPORT_MIN_COVER,
  SUPPORT_MIN_NAME_SHARE,
} from '../patterns.ts';
import { hasOwnVerb } from './asides.ts';
import { coverOfTerms } from './cover.ts';
import type { Reading } from './reading.ts';
import { nameShare, sharesPredicate, unresolvedSubject } from './relations.ts';

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
