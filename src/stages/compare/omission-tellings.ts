import type { Figure } from '../../model/index.ts';
import { type ClaimFigure, surelySameQuantity, valuesAgree } from '../../text/quantities.ts';
import { cosine, type Vector } from '../../text/vectors.ts';
import type { Alignment } from './align.ts';
import { prefixUntil } from './blocking.ts';
import { callsOff } from './called-off.ts';
import type { Claim } from './claims.ts';
import { otherSources } from './figure-source.ts';
import { predicateStems, toldInPart } from './in-part.ts';
import { toldSameCount, toldSameFigure } from './omission-count.ts';
import { laterValueOf } from './omission-later.ts';
import { otherValueOf } from './other-value.ts';
import { MENTION_SAME_WORDS, OMISSION_IN_PART } from './patterns.ts';
import type { Reading } from './support/index.ts';

// How an article may tell a fact other than in the words the alignment matched: each a reason for
// `omissionsOf` (omissions.ts) not to call the fact left out.

/** One way an article tells a fact's supporters: the article's claim that does, or undefined. */
type Telling = (articleId: string, supporters: readonly Claim[]) => Claim | undefined;

/** The ways an article may tell a fact's supporters (see `omissionsOf`), each read of its claims. */
export interface Tellings {
  /** A claim sharing most of a supporter's words (MENTION_SAME_WORDS). */
  readonly wordedClose: Telling;
  /** A claim telling a supporter in part, in its own words (`toldInPart`). */
  readonly toldThere: Telling;
  /** A claim giving a supporter's measure another value that cannot hold with it, of a figure `shown`. */
  readonly toldOtherValue: (
    articleId: string,
    supporters: readonly Claim[],
    shown: readonly ClaimFigure[] | undefined,
  ) => Claim | undefined;
  /** A claim giving the measure as a bound that holds with the supporter's value. */
  readonly toldBound: Telling;
  /** A claim giving a supporter's count of what happened, with its predicate. */
  readonly toldCount: Telling;
  /** A claim giving one of a supporter's counts, by the same verb. */
  readonly toldFigure: Telling;
  /** A claim giving a supporter's measure a later value. */
  readonly toldLater: Telling;
  /** Whether a claim tells a supporter's plan as called off. */
  readonly calledOff: (articleId: string, supporters: readonly Claim[]) => boolean;
}

/**
 * The ways each article may tell a fact's supporters, read of `claims` (`readingOf` is the support
 * judge's reading of a claim by its index; `figures`, the story's, tell whose count a figure is).
 */
export function omissionTellings(
  claims: readonly Claim[],
  alignment: Alignment,
  readingOf: (index: number) => Reading,
  figures: readonly Figure[],
): Tellings {
  let byArticle: Map<string, Claim[]> | undefined;
  // an article's claims (grouped when first asked)
  const claimsIn = (articleId: string): readonly Claim[] => {
    byArticle ??= Map.groupBy(claims, (c) => c.articleId);
    return byArticle.get(articleId) ?? [];
  };
  const vector = (c: Claim) => alignment.vectors[c.index] as Vector;
  // whether one of the article's claims shares enough words with one of the supporters: only those
  // that hold one of the supporter's weightiest terms (`heaviestOf`) are scored, found by the
  // article's claims by term (built when the article is first asked about)
  const heaviest: (readonly string[] | undefined)[] = new Array(claims.length);
  const byTerm = new Map<string, Map<string, Claim[]>>();
  const termsIn = (articleId: string): Map<string, Claim[]> => {
    let index = byTerm.get(articleId);
    if (!index) {
      index = new Map();
      for (const c of claimsIn(articleId))
        for (const t of vector(c).keys()) {
          const list = index.get(t);
          if (list) list.push(c);
          else index.set(t, [c]);
        }
      byTerm.set(articleId, index);
    }
    return index;
  };
  const keysOf = (s: Claim): readonly string[] => {
    let keys = heaviest[s.index];
    if (!keys) {
      keys = heaviestOf(vector(s));
      heaviest[s.index] = keys;
    }
    return keys;
  };
  const wordedClose = (articleId: string, supporters: readonly Claim[]): Claim | undefined => {
    const index = termsIn(articleId);
    for (const s of supporters)
      for (const t of keysOf(s)) {
        const c = (index.get(t) ?? []).find((c) => cosine(vector(s), vector(c)) >= MENTION_SAME_WORDS);
        if (c) return c;
      }
    return undefined;
  };
  // whether one of the article's claims tells one of the supporters in part, in words of its own:
  // only one that holds a predicate of the supporter can (`predicateStems`), a set look-up or two
  // where toldInPart would read the pair
  const toldThere = (articleId: string, supporters: readonly Claim[]): Claim | undefined =>
    firstOf(supporters, (s) => {
      const a = readingOf(s.index);
      const stems = OMISSION_IN_PART.predicate ? predicateStems(a) : null;
      return claimsIn(articleId).find((c) => {
        const b = readingOf(c.index);
        return (
          (!stems || stems.some((t) => b.allStems.has(t))) &&
          toldInPart(a, b, alignment.idf, OMISSION_IN_PART)
        );
      });
    });
  // whether one of the article's claims gives the measure of a supporter's figure a value of its own
  // that `differ` tells apart, and holds one of that supporter's weightiest terms: the article tells
  // the fact otherwise (a difference to check: "Fourteen people were hurt in the fire" beside "The
  // fire injured 17 people"), it does not leave it out
  const toldValue =
    (differ: (fs: ClaimFigure, fc: ClaimFigure) => boolean) =>
    (articleId: string, supporters: readonly Claim[]): Claim | undefined =>
      claimsIn(articleId).find(
        (c) =>
          c.figures.length > 0 &&
          supporters.some(
            (s) =>
              s.figures.some((fs) => c.figures.some((fc) => surelySameQuantity(fs, fc) && differ(fs, fc))) &&
              keysOf(s).some((t) => vector(c).has(t)),
          ),
      );
  // another value of one measure, one that cannot hold with the supporter's (`otherValueOf`, by the
  // differences' test `bothHold`), where the article gives the supporter's value nowhere, of a figure
  // the fact's shown claim gives (`shown`: the first supporter's figures), not another named source's
  // count (`otherSources`, by the story's `figures`): ≠
  const otherSource = (fa: ClaimFigure, a: Reading, fb: ClaimFigure, b: Reading) =>
    otherSources(a.claim, fa, b.claim, fb, figures);
  const toldOtherValue = (
    articleId: string,
    supporters: readonly Claim[],
    shown: readonly ClaimFigure[] | undefined,
  ): Claim | undefined => {
    const held = () => claimsIn(articleId).flatMap((c) => c.figures);
    return claimsIn(articleId).find(
      (c) =>
        c.figures.length > 0 &&
        supporters.some(
          (s) =>
            keysOf(s).some((t) => vector(c).has(t)) &&
            otherValueOf(readingOf(s.index), readingOf(c.index), held, shown, otherSource) !== undefined,
        ),
    );
  };
  // a bound that holds with the supporter's value ("up to three months" beside "at least six weeks"):
  // it tells the measure, so it leaves nothing out, but gives no other value (no mark)
  const toldBound = toldValue((fs, fc) => !valuesAgree(fs, fc));
  // whether one of the article's claims gives a supporter's count of what happened, with its predicate
  const toldCount = (articleId: string, supporters: readonly Claim[]): Claim | undefined =>
    claimsIn(articleId).find(
      (c) =>
        c.figures.length > 0 &&
        supporters.some((s) => s.figures.length > 0 && toldSameCount(readingOf(s.index), readingOf(c.index))),
    );
  // whether one of the article's claims gives one of a supporter's counts, by the same verb
  const toldFigure = (articleId: string, supporters: readonly Claim[]): Claim | undefined =>
    claimsIn(articleId).find(
      (c) =>
        c.figures.length > 0 &&
        supporters.some(
          (s) => s.figures.length > 0 && toldSameFigure(readingOf(s.index), readingOf(c.index)),
        ),
    );
  // whether one of the article's claims gives a supporter's measure a later value (`laterValueOf`;
  // asked of an article written after every supporter's only)
  const toldLater = (articleId: string, supporters: readonly Claim[]): Claim | undefined =>
    claimsIn(articleId).find(
      (c) =>
        c.figures.length > 0 &&
        supporters.some((s) => laterValueOf(readingOf(s.index), readingOf(c.index)) !== undefined),
    );
  // whether one of the article's claims tells a supporter's plan as called off
  const calledOff = (articleId: string, supporters: readonly Claim[]): boolean =>
    claimsIn(articleId).some((c) => supporters.some((s) => callsOff(readingOf(s.index), readingOf(c.index))));
  return { wordedClose, toldThere, toldOtherValue, toldBound, toldCount, toldFigure, toldLater, calledOff };
}

// The first of some items for which `find` finds something, and what it finds.
function firstOf<T, U>(items: readonly T[], find: (item: T) => U | undefined): U | undefined {
  for (const item of items) {
    const found = find(item);
    if (found !== undefined) return found;
  }
  return undefined;
}

// The heaviest terms of a vector of unit length, until the norm of the rest falls under
// MENTION_SAME_WORDS: a vector that shares none of them has a cosine with it under that (`prefixUntil`,
// as alignment's blocking cuts its keys). (A margin for rounding: a term too many only scores a pair more.)
function heaviestOf(vector: Vector): string[] {
  const terms = Array.from(vector, ([t, x]) => ({ t, x })).sort((p, q) => q.x - p.x);
  return prefixUntil(terms, MENTION_SAME_WORDS - 1e-6);
}
