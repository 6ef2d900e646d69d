// Look-ups into sorted lists of numbers (positions in a text, days), by binary search.

/**
 * The index of the first number of `sorted` (ascending) that is not below `value`; its length when
 * none is.
 * @example
 * firstAtLeast([3, 8, 8, 12], 8) // 1
 */
export function firstAtLeast(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
