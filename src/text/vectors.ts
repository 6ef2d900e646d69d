/** Sparse term vectors shared by the stages that compare texts: IDF weighting and cosine. */

/** A sparse vector of weighted terms (term → weight), L2-normalised where built here. */
export type Vector = ReadonlyMap<string, number>;

/** An IDF-weighted, L2-normalised vector of a term map (term → count or weight); unknown terms weigh 1. */
export function vectorOf(
  terms: ReadonlyMap<string, number>,
  idf: ReadonlyMap<string, number>,
): Map<string, number> {
  const v = new Map<string, number>();
  let norm = 0;
  for (const [t, w] of terms) {
    const x = w * (idf.get(t) ?? 1);
    v.set(t, x);
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [t, x] of v) v.set(t, x / norm);
  return v;
}

/** Cosine of two normalised sparse vectors. */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, x] of small) sum += x * (large.get(t) ?? 0);
  return sum;
}
