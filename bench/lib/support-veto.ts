/**
 * The named features of a (claim, candidate) pair that a veto on the judge's `supports` may read
 * (`eval:support:cv`): what the judge computes already (cover, its path, the names' and
 * participants' shares) and a few cheap readings more (the other direction's cover, the claim's rare
 * terms held, lengths, voices, figures the candidate adds). Higher or lower is not assumed: the
 * logistic fit gives each its sign.
 */

import { coverOf } from '../../src/stages/compare/support/cover.ts';
import { type CoverPath, coverFloor, type Reading } from '../../src/stages/compare/support/index.ts';
import { holdsFigure } from '../../src/stages/compare/support/quantities.ts';
import {
  nameShare,
  participantShare,
  sameMainPredicate,
} from '../../src/stages/compare/support/relations.ts';
import { attributed, isName } from './support-bands.ts';

/** The features' names, in the order `vetoFeatures` gives their values. */
export const VETO_FEATURES = [
  'cover',
  'cover the other way',
  'path anchored',
  'path bare',
  'name share',
  'participant share',
  'rare terms held (3 of highest IDF)',
  'content words shared beyond names (log)',
  'claim tokens (log)',
  'evidence / claim tokens (log)',
  'claim quoted',
  'evidence quoted',
  'one voice on both sides',
  'figures the evidence adds (log)',
  'same main predicate',
  'claim has no predicate verb',
] as const;

const RARE = 3;

/** The claim's terms of highest IDF (at most `RARE`) and how many of them `b` holds. */
function rareHeld(a: Reading, b: Reading, idf: ReadonlyMap<string, number>): number {
  const terms = [...a.claim.terms.keys()].sort(
    (x, y) => (idf.get(y) ?? 1) - (idf.get(x) ?? 1) || x.localeCompare(y),
  );
  const rare = terms.slice(0, RARE);
  return rare.length ? rare.filter((t) => b.claim.terms.has(t)).length / rare.length : 1;
}

/**
 * The values of `VETO_FEATURES` for claim `a` and candidate `b` of one story (`idf`: the story's),
 * `cover` the judge's.
 * @example
 * vetoFeatures(a, b, idf, 0.8)[0] // 0.8
 */
export function vetoFeatures(
  a: Reading,
  b: Reading,
  idf: ReadonlyMap<string, number>,
  cover: number,
): number[] {
  const path: CoverPath = coverFloor(a, b).path;
  const shared = [...a.claim.terms.keys()].filter((t) => !isName(t) && b.claim.terms.has(t)).length;
  const added = b.claim.figures.filter((f) => !holdsFigure(f, a)).length;
  const [la, lb] = [a.claim.tokens.length, b.claim.tokens.length];
  return [
    cover,
    Math.min(coverOf(b, a, idf), 1),
    Number(path === 'anchored'),
    Number(path === 'bare'),
    nameShare(a, b),
    participantShare(a, b),
    rareHeld(a, b, idf),
    Math.log1p(shared),
    Math.log(Math.max(la, 1)),
    Math.log(Math.max(lb, 1) / Math.max(la, 1)),
    Number(a.claim.quoted),
    Number(b.claim.quoted),
    Number(attributed(a) === attributed(b)),
    Math.log1p(added),
    Number(sameMainPredicate(a, b)),
    Number(a.predicates.length === 0),
  ];
}
