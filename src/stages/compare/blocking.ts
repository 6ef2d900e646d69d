import type { Vector } from '../../text/vectors.ts';
import type { Claim } from './claims.ts';
import { ALIGN_MIN_SCORE } from './patterns.ts';

/**
 * The terms a claim is indexed under (prefix filtering, as in Bayardo et al.'s All-Pairs): its
 * rarest terms until the weight left in the rest falls below the alignment threshold. Two claims
 * that score at least the threshold must share a term in the indexed prefix of one of them, since
 * a cosine built only from the rest is at most that rest's norm. Figures are always indexed (their
 * keys, `figureKeys`, given when the caller has them).
 */
export function prefixKeys(
  claim: Claim,
  vector: Vector,
  df: ReadonlyMap<string, number>,
  figures: readonly string[] = figureKeys(claim),
): string[] {
  // each term's frequency read once, not at every comparison of the sort
  const terms = [...vector].map(([t, x]) => ({ t, x, df: df.get(t) ?? 0 }));
  terms.sort((a, b) => a.df - b.df || (a.t < b.t ? -1 : 1));
  const keys = prefixUntil(terms, ALIGN_MIN_SCORE);
  keys.push(...figures);
  return keys;
}

/**
 * The terms `t` of a unit vector (weights `x`), in the order given, until the norm of the rest
 * falls under `floor`: a vector that shares none of them has a cosine with it under `floor`.
 * @example
 * prefixUntil([{ t: 'ferry', x: 0.8 }, { t: 'pier', x: 0.6 }], 0.7) // ['ferry']: 0.6 is left
 */
export function prefixUntil(
  terms: Iterable<{ readonly t: string; readonly x: number }>,
  floor: number,
): string[] {
  let rest = 1;
  const keys: string[] = [];
  for (const { t, x } of terms) {
    if (Math.sqrt(Math.max(rest, 0)) < floor) break;
    keys.push(t);
    rest -= x * x;
  }
  return keys;
}

/** The keys a claim's figures are found by: rounded value, and the nouns before it (for values that differ). */
export const figureKeys = (c: Claim): string[] =>
  c.figures.flatMap((f) => [
    `#${f.unit}:${Number(f.value.toPrecision(2))}`,
    ...f.context.map((w) => `#${f.unit}@${w}`),
  ]);
