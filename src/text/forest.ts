/**
 * The root of `i` in a union-find forest stored as a parent array, with path halving; a loop, never
 * recursion, so a long chain cannot overflow the stack.
 * @example
 * const parent = [0, 0, 1]; rootOf(parent, 2) // 0
 */
export function rootOf(parent: number[], i: number): number {
  let x = i;
  while (parent[x] !== x) {
    parent[x] = parent[parent[x] as number] as number;
    x = parent[x] as number;
  }
  return x;
}
