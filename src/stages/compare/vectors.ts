/** IDF weights of claim terms, and a packed form of sparse vectors for fast inner loops. */

import type { Vector } from '../../text/vectors.ts';

/** IDF weights of terms over a set of term maps (smoothed, as in scikit-learn). */
export function idfOf(docs: readonly ReadonlyMap<string, number>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  return new Map([...df].map(([t, k]) => [t, Math.log((1 + n) / (1 + k)) + 1]));
}

/** A vector as parallel arrays sorted by term id, for a fast merge-join cosine. */
export interface Packed {
  readonly ids: Int32Array;
  readonly weights: Float64Array;
}

/** Pack vectors over one shared term numbering. */
export function packVectors(vectors: readonly Vector[]): Packed[] {
  const ids = new Map<string, number>();
  return vectors.map((v) => {
    const entries = [...v].map(([t, x]): [number, number] => {
      let id = ids.get(t);
      if (id === undefined) {
        id = ids.size;
        ids.set(t, id);
      }
      return [id, x];
    });
    entries.sort((a, b) => a[0] - b[0]);
    return { ids: Int32Array.from(entries, (e) => e[0]), weights: Float64Array.from(entries, (e) => e[1]) };
  });
}

/** Cosine of two packed vectors by merge join. */
export function packedCosine(a: Packed, b: Packed): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) sum += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return sum;
}
