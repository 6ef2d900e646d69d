import type { Conflict, Evidence, Fact, Figure, SegmentedArticle } from '../../model/index.ts';
import { articleOutletKey, sourceOf } from '../../text/source.ts';
import type { Candidate } from './candidates.ts';
import type { Cut } from './compress.ts';
import { type Denial, disputedClaims } from './disputed-claims.ts';
import { disputedValues, type FigureTellings, figureTellings } from './disputed-figures.ts';
import { disputedTallies } from './disputed-tallies.ts';
import { disputedSides } from './modality.ts';
import { cutTallies, withoutCut } from './tally-cut.ts';

/** What the summary may tell of a story's sentences, and what only with another told beside it. */
export interface Tellable {
  /** The candidates left out, by index. */
  readonly left: ReadonlySet<number>;
  /** Whether a candidate not left out may be chosen (eligible, or a fallback when none is). */
  readonly usable: (c: Candidate) => boolean;
  /** The sentences giving one value of a figure difference (told with the other values beside). */
  readonly figured: FigureTellings;
  /** The sentences telling a disputed claim as someone's, with the sentence telling its dispute. */
  readonly disputed: ReadonlyMap<number, Denial>;
  /** The tallies of a vote the sources give otherwise (no headline gives one). */
  readonly tallies: ReturnType<typeof disputedTallies>['tallies'];
  /** The sentences told with such a tally cut ("passed the budget [by 8 votes to 3] on Tuesday"). */
  readonly cuts: ReadonlyMap<number, readonly Cut[]>;
}

/**
 * What the summary leaves out: a plan told as done elsewhere (`superseded`); a side of a dispute or
 * of a difference to check told as fact (the disputed points and the report's differences show every
 * side); a count of a vote another source gives otherwise, unless it can be cut from its sentence
 * (tally-cut.ts: the vote is told, its count left to the differences); a claim an article tells disputed, or its
 * dispute alone (compare/disputes.ts) — unless nothing else can be told. A sentence that gives one value
 * of a figure difference (a side's, or one more telling of its event by `tellsLikewise`) may be told
 * as its outlets' with the other values beside it, and one that tells a disputed claim as someone's
 * with its dispute right after it (beside.ts).
 * @example
 * const { left, usable, figured, disputed } = tellable(candidates, story, superseded, tellsLikewise, overtaken);
 */
export function tellable(
  candidates: readonly Candidate[],
  story: {
    readonly conflicts: readonly Conflict[];
    readonly differences?: readonly Conflict[];
    readonly figures: readonly Figure[];
    readonly facts: readonly Fact[];
    readonly articles?: readonly SegmentedArticle[];
  },
  superseded: ReadonlySet<number>,
  tellsLikewise: (a: Evidence, b: Evidence) => boolean,
  overtaken: ReadonlySet<number>,
): Tellable {
  const sides = [...story.conflicts, ...(story.differences ?? [])];
  // an article's outlet (a syndicated copy's, its original's): who gives a value
  const sources = sourceOf(story.articles ?? []);
  const outlets = new Map((story.articles ?? []).map((d) => [d.article.id, articleOutletKey(d.article)]));
  const outletOf = (id: string) => outlets.get(sources.get(id) ?? id) ?? id;
  const tallies = disputedTallies(candidates);
  const values = disputedValues(sides, story.figures, overtaken);
  const cuts = cutTallies(candidates, tallies.candidates, tallies.tallies, story.figures, values);
  const figured = withoutCut(
    figureTellings(candidates, sides, story.figures, tellsLikewise, overtaken, outletOf),
    cuts,
  );
  const left = disputedSides(
    candidates,
    sides.filter((d) => d.kind !== 'figure'),
    new Set([...superseded, ...figured.left]),
  );
  for (const i of tallies.candidates) if (!cuts.has(i)) left.add(i);
  const claims = disputedClaims(candidates, story.facts);
  for (const i of claims.left) left.add(i);
  // unless nothing else can be told (then only what is told as done elsewhere stays out)
  const leftOut = candidates.some((c) => c.fallback && !left.has(c.index)) ? left : superseded;
  const usable = candidates.some((c) => c.eligible && !leftOut.has(c.index))
    ? (c: Candidate) => c.eligible
    : (c: Candidate) => c.fallback;
  return {
    left: leftOut,
    usable,
    figured,
    disputed: leftOut === left ? claims.disputed : new Map(),
    tallies: tallies.tallies,
    cuts: leftOut === left ? cuts : new Map(),
  };
}
