import { nameNumbersOf, numberOfNameIn } from '../../text/model-number.ts';
import { type ClaimFigure, sameQuantity, surelySameQuantity, valuesAgree } from '../../text/quantities.ts';
import { foldedMarks } from '../../text/quotes/marks.ts';
import {
  cosine,
  documentFrequencies,
  idfOfFrequencies,
  type Packed,
  packedCosine,
  packVectors,
  type Vector,
  vectorOf,
} from '../../text/vectors.ts';
import { attachClashes, mergeGroups } from './align-merge.ts';
import { countedApart, type Traits, traitsOf } from './align-traits.ts';
import { figureKeys, prefixKeys } from './blocking.ts';
import { scanCandidates } from './candidates.ts';
import type { Claim } from './claims.ts';
import {
  ALIGN_MIN_SCORE,
  BLOCK_MAX_DF,
  BLOCK_MAX_DF_SHARE,
  BLOCK_MIN_DF,
  FIGURE_BONUS,
  FIGURE_CONFLICT_MIN_SIM,
  NAME_BONUS,
  NAME_BONUS_MIN,
} from './patterns.ts';

/** Claims grouped as one fact, with the vectors and pair scores alignment computed. */
export interface Alignment {
  /** Groups of claim indices, one per fact (an article may give several claims of one fact). */
  readonly groups: readonly (readonly number[])[];
  readonly vectors: readonly Vector[];
  readonly idf: ReadonlyMap<string, number>;
  /** Score of a pair of claims alignment looked at (0 for pairs blocking left out). */
  readonly score: (i: number, j: number) => number;
  /** The claims of other articles that score at least ALIGN_MIN_SCORE with claim i. */
  readonly near: (i: number) => readonly number[];
  /**
   * The claims of other articles sharing most of claim i's words (a cosine of MENTION_SAME_WORDS)
   * that a figure or outcome rule kept under ALIGN_MIN_SCORE: never merged with it, but judged.
   */
  readonly alike: (i: number) => readonly number[];
}

/**
 * How strongly two claims state the same thing: the cosine of their IDF-weighted terms, plus a
 * small bonus when they share two or more names, and a bonus when they give the same quantity with
 * agreeing values. A number of the same size that counts something else blocks the pair, and so
 * does a figure on one side only; clashing values of one quantity need a close wording or the same
 * subject; opposite outcomes never merge.
 */
export function claimScore(a: Claim, b: Claim, va: Vector, vb: Vector): number {
  return adjustScore(a, b, traitsOf(a), traitsOf(b), cosine(va, vb));
}

// Whether a stored pair score is a cosine whose rules are not applied yet (see alignClaims).
const pending = (x: number): boolean => x < 0 || Object.is(x, -0);

// Claims naming the same people, places or bodies are likelier to report the same thing.
function nameBonus(a: Traits, b: Claim): number {
  let shared = 0;
  for (const t of a.names) if (b.terms.has(t) && ++shared >= NAME_BONUS_MIN) return NAME_BONUS;
  return 0;
}

// Whether every number in digits of `a` is a name's number that `b` writes glued to the name ("a
// Boeing 737" / "a Boeing-737"): one word there, no figure, so the two give the same figures.
function onlyGluedNames(a: Claim, b: Claim): boolean {
  const names = nameNumbersOf(b.tokens);
  if (!names.size) return false;
  return a.figures.every((f) => f.worded || numberOfNameIn(f, a.tokens, b.tokens));
}

// The figure and outcome rules of `claimScore`, applied to a cosine already computed.
function adjustScore(a: Claim, b: Claim, ta: Traits, tb: Traits, sim: number): number {
  // "the talks failed" and "the talks were productive" never merge
  if (a.outcome * b.outcome < 0) return 0;
  // a claim that gives a figure in digits and one that gives none state different things; a number in
  // words ("the two leaders", "three days of talks") is often incidental, so it alone never splits a pair
  const counted = countedApart(a, b, ta, tb);
  if (ta.digits !== tb.digits && !counted && !(ta.digits ? onlyGluedNames(a, b) : onlyGluedNames(b, a)))
    return 0;
  if (!a.figures.length || !b.figures.length) return sim + nameBonus(ta, b);
  let agree = false;
  let clash = false;
  let clashOnSubject = false;
  let sizeOnly = false;
  for (let i = 0; i < a.figures.length; i++)
    for (let j = 0; j < b.figures.length; j++) {
      const fa = a.figures[i] as ClaimFigure;
      const fb = b.figures[j] as ClaimFigure;
      const same = sameQuantity(fa, fb);
      const values = valuesAgree(fa, fb);
      // small counts in words are everywhere ("two leaders"): they never block a pair, and agreeing says little
      const loose = ta.loose[i] || tb.loose[j];
      if (same && values) agree ||= !loose;
      else if (surelySameQuantity(fa, fb)) {
        if (!loose) clash = true;
        // "estimated the repair at $48 million" / "the repair bill could hit $65 million"
        if (fa.context.some((w) => fb.context.includes(w))) clashOnSubject = true;
      } else if (values && !loose) sizeOnly = true;
    }
  if (agree) return sim + FIGURE_BONUS;
  if (sizeOnly) return 0;
  // two values of one quantity about the same subject are one fact in conflict, however worded
  if (clashOnSubject || counted) return sim + FIGURE_BONUS;
  if (clash && sim < FIGURE_CONFLICT_MIN_SIM) return 0;
  // only numbers in words on one side: the pair is judged by its words and names, as without figures
  return ta.allWorded || tb.allWorded ? sim + nameBonus(ta, b) : sim;
}

/**
 * Align claims across articles: identical wordings are aligned once; candidate pairs come from an
 * inverted index over each claim's prefix of rare terms and its figures (blocking, so long stories
 * stay near-linear); pairs at or above ALIGN_MIN_SCORE are merged best first, and a merge must keep
 * the average score of the cross-article pairs at LINK_MIN_SCORE (average linkage), so chains of
 * loosely related sentences do not snowball.
 */
export function alignClaims(claims: readonly Claim[]): Alignment {
  // each term's count of claims, for the IDF and for blocking
  const df = documentFrequencies(claims.map((c) => c.terms));
  const idf = idfOfFrequencies(df, claims.length);
  const vectors = claims.map((c) => vectorOf(c.terms, idf));
  const traits = claims.map(traitsOf);
  // identical wordings (wire copies not marked as such; their quotation marks aside, straight or
  // curly) are aligned once, then expanded
  const unitOf = new Int32Array(claims.length);
  const units: Claim[] = [];
  const byText = new Map<string, number>();
  claims.forEach((c, i) => {
    const key = foldedMarks(c.text);
    let u = byText.get(key);
    if (u === undefined) {
      u = units.length;
      units.push(c);
      byText.set(key, u);
    }
    unitOf[i] = u;
  });
  const unitVectors = units.map((c) => vectors[c.index] as Vector);
  const maxDf = Math.max(BLOCK_MIN_DF, Math.min(BLOCK_MAX_DF, BLOCK_MAX_DF_SHARE * claims.length));
  const postings = new Map<string, number[]>();
  const unitFigureKeys = units.map(figureKeys);
  units.forEach((c, u) => {
    for (const k of prefixKeys(c, unitVectors[u] as Vector, df, unitFigureKeys[u])) {
      if ((df.get(k) ?? 0) > maxDf) continue;
      const list = postings.get(k);
      if (list) list.push(u);
      else postings.set(k, [u]);
    }
  });
  const packed = packVectors(unitVectors);
  const unitTraits = units.map((c) => traits[c.index] as Traits);
  const ruled = (u: number, v: number, sim: number): number =>
    adjustScore(units[u] as Claim, units[v] as Claim, unitTraits[u] as Traits, unitTraits[v] as Traits, sim);
  // Most candidate pairs score far below the threshold, and only some of them are ever asked for
  // again: a pair whose rules cannot lift it to ALIGN_MIN_SCORE (no figures on one side, so at
  // most a name bonus) keeps its cosine negated (`pending`: scores are never negative, and a cosine
  // of 0 is kept as -0), and the rules are applied when its score is first read.
  const scoreOf = (u: number, v: number, sim: number): number =>
    (!(units[u] as Claim).figures.length || !(units[v] as Claim).figures.length) &&
    sim + NAME_BONUS < ALIGN_MIN_SCORE
      ? -sim
      : ruled(u, v, sim);
  // each unit's article as a number, for the inner loop
  const articleNumbers = new Map<string, number>();
  const articleOf = Int32Array.from(units, (c) => {
    let k = articleNumbers.get(c.articleId);
    if (k === undefined) {
      k = articleNumbers.size;
      articleNumbers.set(c.articleId, k);
    }
    return k;
  });
  // each unit's posting lists, the rarest keys first
  const lists = units.map((a, u) =>
    [...a.terms.keys(), ...(unitFigureKeys[u] as string[])]
      .map((k) => postings.get(k))
      .filter((list) => list !== undefined)
      .sort((x, y) => x.length - y.length),
  );
  const { scores, edges, apart } = scanCandidates({ lists, packed, articleOf }, scoreOf);
  const unitScore = (u: number, v: number): number => {
    let value = scores.get(u, v);
    if (value === undefined || pending(value)) {
      value = ruled(
        u,
        v,
        value === undefined ? packedCosine(packed[u] as Packed, packed[v] as Packed) : -value,
      );
      scores.set(u, v, value);
    }
    return value;
  };
  edges.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const adjacent = units.map((): number[] => []);
  for (const [, u, v] of edges) {
    (adjacent[u] as number[]).push(v);
    (adjacent[v] as number[]).push(u);
  }
  const unitGroups = attachClashes(mergeGroups(units, edges, unitScore), units, adjacent);
  const members = units.map((): number[] => []);
  for (let i = 0; i < claims.length; i++) (members[unitOf[i] as number] as number[]).push(i);
  const groups = unitGroups.map((g) => g.flatMap((u) => members[u] as number[]).sort((x, y) => x - y));
  // pairs never scored (blocking) are below the threshold: 0; identical wordings score as one
  const score = (i: number, j: number): number => {
    const [u, v] = [unitOf[i] as number, unitOf[j] as number];
    if (u === v)
      return adjustScore(claims[i] as Claim, claims[j] as Claim, traits[i] as Traits, traits[j] as Traits, 1);
    return scores.has(u, v) ? unitScore(u, v) : 0;
  };
  const near = (i: number): number[] => {
    const u = unitOf[i] as number;
    const article = (claims[i] as Claim).articleId;
    return [u, ...(adjacent[u] as number[])]
      .flatMap((v) => members[v] as number[])
      .filter((j) => (claims[j] as Claim).articleId !== article);
  };
  const apartOf = new Map<number, number[]>();
  for (const [, u, v] of apart) {
    apartOf.set(u, [...(apartOf.get(u) ?? []), v]);
    apartOf.set(v, [...(apartOf.get(v) ?? []), u]);
  }
  const alike = (i: number): number[] =>
    (apartOf.get(unitOf[i] as number) ?? []).flatMap((v) => members[v] as number[]);
  return { groups, vectors, idf, score, near, alike };
}
