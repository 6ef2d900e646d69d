// The walks of a centroid's packed sum (key ids ascending, `m` entries in use) with one packed vector
// (`keys` ascending, `weights`): the dot product, what adding or taking away the vector does to the
// sum, and the three ways of doing it (in place from the front or the back, or into new arrays). A
// key whose sum comes to (almost) nothing is dropped.

/** A sum's arrays: key ids ascending and their sums (the first `size` entries in use). */
export type Sums = Float64Array | Float32Array;

const NOTHING = 1e-9;

// Dot product of a packed vector with the first `m` entries of a packed sum (both ids ascending),
// summed in the order of `keys` as `dot` does. The sum's next matching entry is found by a few
// steps, then (a long sum) by galloping; past the sum's last id nothing more can match.
export function dotSorted(
  keys: Int32Array,
  weights: Float32Array,
  ids: Int32Array,
  sums: Sums,
  m: number,
): number {
  const n = keys.length;
  if (m === 0 || n === 0) return 0;
  const last = ids[m - 1] as number;
  let s = 0;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const id = keys[i] as number;
    if (id > last) break;
    j = nextAtLeast(ids, id, j, m);
    if (ids[j] === id) s += (weights[i] as number) * (sums[j] as number);
  }
  return s;
}

/** From `j`, the first index whose id is not below `id` (`ids[m - 1]` is not): a few steps, then galloping. */
export function nextAtLeast(ids: Int32Array, id: number, j: number, m: number): number {
  if ((ids[j] as number) >= id) return j;
  j++;
  for (let steps = 0; steps < 4 && (ids[j] as number) < id; steps++) j++;
  return (ids[j] as number) < id ? lowerBound(ids, id, j + 1, m - 1) : j;
}

// The first index in `lo..hi` whose id is not below `id` (`ids[hi]` is not), galloping from `lo`.
export function lowerBound(ids: Int32Array, id: number, lo: number, hi: number): number {
  let step = 1;
  while (lo + step < hi && (ids[lo + step] as number) < id) {
    lo += step;
    step *= 2;
  }
  let top = Math.min(lo + step, hi);
  while (lo < top) {
    const mid = (lo + top) >>> 1;
    if ((ids[mid] as number) < id) lo = mid + 1;
    else top = mid;
  }
  return lo;
}

/** What adding `sign` × a vector to a sum does: the dot product before, keys added, whether any is dropped, the size after. */
export interface MergeCount {
  dot: number;
  added: number;
  dropped: boolean;
  size: number;
}

/**
 * Count what adding `sign` × the vector does to a sum none of whose entries is (almost) nothing (a
 * centroid's own arrays, which every merge leaves so), and its dot product with the vector before, in
 * one walk over the vector's keys (galloping over the sum, as `dotSorted`): an entry the vector does
 * not touch stays, so the whole sum need not be read. Written into `out`.
 */
export function countMerge(
  keys: Int32Array,
  weights: Float32Array,
  ids: Int32Array,
  sums: Sums,
  m: number,
  sign: 1 | -1,
  out: MergeCount,
): MergeCount {
  const n = keys.length;
  const last = m > 0 ? (ids[m - 1] as number) : -1;
  let [s, added, lost, dropped, j] = [0, 0, 0, false, 0];
  for (let i = 0; i < n; i++) {
    const id = keys[i] as number;
    const y = weights[i] as number;
    if (id <= last) {
      j = nextAtLeast(ids, id, j, m);
      if (ids[j] === id) {
        const x = sums[j] as number;
        s += y * x;
        if (Math.abs(x + sign * y) < NOTHING) {
          dropped = true;
          lost++;
        }
        continue;
      }
    }
    if (Math.abs(0 + sign * y) < NOTHING) dropped = true;
    else added++;
  }
  out.dot = s;
  out.added = added;
  out.dropped = dropped;
  out.size = m - lost + added;
  return out;
}

/**
 * Count as `countMerge` does, reading every entry of the sum (which may hold entries of almost
 * nothing: a vector kept as it is).
 */
export function countMergeAll(
  keys: Int32Array,
  weights: Float32Array,
  ids: Int32Array,
  sums: Sums,
  m: number,
  sign: 1 | -1,
  out: MergeCount,
): MergeCount {
  union(ids, sums, m, keys, weights, sign, out, null);
  out.dot = dotSorted(keys, weights, ids, sums, m);
  return out;
}

/**
 * In place from the front: no key of the vector is added (the write never passes the read); a key
 * the sum lacks comes to nothing and is passed over.
 */
export function mergeForward(
  ids: Int32Array,
  sums: Sums,
  m: number,
  keys: Int32Array,
  weights: Float32Array,
  sign: 1 | -1,
): void {
  const [a, x, b, y, n] = [ids, sums, keys, weights, m];
  let [i, j, k] = [0, 0, 0];
  while (i < n) {
    const p = a[i] as number;
    while (j < b.length && (b[j] as number) < p) j++;
    let next: number;
    if (j < b.length && b[j] === p) next = (x[i++] as number) + sign * (y[j++] as number);
    else next = x[i++] as number;
    if (Math.abs(next) < NOTHING) continue;
    a[k] = p;
    x[k] = next;
    k++;
  }
}

/** In place from the back into `size` entries: nothing is dropped (the write never falls behind the read). */
export function mergeBackward(
  ids: Int32Array,
  sums: Sums,
  m: number,
  keys: Int32Array,
  weights: Float32Array,
  sign: 1 | -1,
  size: number,
): void {
  const [a, x, b, y] = [ids, sums, keys, weights];
  let [i, j, k] = [m - 1, b.length - 1, size - 1];
  while (j >= 0) {
    const p = i >= 0 ? (a[i] as number) : -1;
    const q = b[j] as number;
    if (p > q) {
      a[k] = p;
      x[k--] = x[i--] as number;
    } else if (q > p) {
      a[k] = q;
      x[k--] = 0 + sign * (y[j--] as number);
    } else {
      a[k] = p;
      x[k--] = (x[i--] as number) + sign * (y[j--] as number);
    }
  }
}

/** The merged sum in new arrays of `size` entries. */
export function mergeInto(
  ids: Int32Array,
  sums: Sums,
  m: number,
  keys: Int32Array,
  weights: Float32Array,
  sign: 1 | -1,
  size: number,
): [Int32Array, Float64Array] {
  const into: [Int32Array, Float64Array] = [new Int32Array(size), new Float64Array(size)];
  union(ids, sums, m, keys, weights, sign, null, into);
  return into;
}

// The sum plus `sign` × the vector in id order, entries of (almost) nothing left out: counted into
// `count` (keys added, whether any is dropped, the size) and written into `into`, each when given.
function union(
  ids: Int32Array,
  sums: Sums,
  m: number,
  keys: Int32Array,
  weights: Float32Array,
  sign: 1 | -1,
  count: MergeCount | null,
  into: [Int32Array, Float64Array] | null,
): void {
  const [a, x, b, y, n] = [ids, sums, keys, weights, m];
  let [i, j, k, added, dropped] = [0, 0, 0, 0, false];
  while (i < n || j < b.length) {
    const p = i < n ? (a[i] as number) : Number.MAX_SAFE_INTEGER;
    const q = j < b.length ? (b[j] as number) : Number.MAX_SAFE_INTEGER;
    let next: number;
    if (p < q) next = x[i++] as number;
    else if (q < p) next = 0 + sign * (y[j++] as number);
    else next = (x[i++] as number) + sign * (y[j++] as number);
    if (Math.abs(next) < NOTHING) {
      dropped = true;
      continue;
    }
    if (q < p) added++;
    if (into) {
      into[0][k] = Math.min(p, q);
      into[1][k] = next;
    }
    k++;
  }
  if (count) {
    count.added = added;
    count.dropped = dropped;
    count.size = k;
  }
}
