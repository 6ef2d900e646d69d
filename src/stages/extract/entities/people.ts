import type { AliasNodes } from './alias-types.ts';
import { isSuffix, sameGivenName } from './keys.ts';
import type { UnionFind } from './union-find.ts';

/**
 * Link the people's names that share a surname (a shorter name ends a longer one, or the given names agree), and
 * index every person by each tail of their name and by their first word, for partial names to find them.
 */
export function linkPeople(nodes: AliasNodes, uf: UnionFind) {
  const byLast = new Map<string, string[]>();
  for (const [node, n] of nodes) {
    if (!node.startsWith('p:')) continue;
    const last = n.words[n.words.length - 1] as string;
    byLast.set(last, [...(byLast.get(last) ?? []), node]);
  }
  for (const list of byLast.values()) {
    const sorted = list.sort(
      (a, b) =>
        (nodes.get(b)?.words.length ?? 0) - (nodes.get(a)?.words.length ?? 0) ||
        (nodes.get(b)?.count ?? 0) - (nodes.get(a)?.count ?? 0),
    );
    const local: string[] = [];
    for (const node of sorted) {
      const w = nodes.get(node)?.words ?? [];
      const head = local.find((h) => {
        const hw = nodes.get(h)?.words ?? [];
        return isSuffix(w, hw) || sameGivenName(w[0] as string, hw[0] as string);
      });
      if (head) uf.union(head, node);
      else local.push(node);
    }
  }
  const lastIndex = new Map<string, string[]>();
  const firstIndex = new Map<string, string[]>();
  for (const [node, n] of nodes) {
    if (!node.startsWith('p:')) continue;
    const root = uf.find(node);
    for (let k = 1; k < n.words.length; k++) {
      const tail = n.words.slice(k).join(' ');
      const list = lastIndex.get(tail) ?? [];
      if (!list.includes(root)) list.push(root);
      lastIndex.set(tail, list);
    }
    const first = n.words[0] as string;
    const list = firstIndex.get(first) ?? [];
    if (!list.includes(root)) list.push(root);
    firstIndex.set(first, list);
  }
  return { lastIndex, firstIndex };
}

// per node table, so the counts are summed once however many names look a root up
const rootCounts = new WeakMap<AliasNodes, Map<string, number>>();

/** Of the people a partial name may stand for, the most mentioned; so "Smith" goes to the Smith the story is about. */
export function bestRoot(
  roots: readonly string[] | undefined,
  nodes: AliasNodes,
  uf: UnionFind,
): string | undefined {
  if (!roots?.length) return undefined;
  if (roots.length === 1) return uf.find(roots[0] as string);
  let counts = rootCounts.get(nodes);
  if (!counts) {
    counts = new Map();
    for (const [node, n] of nodes) counts.set(uf.find(node), (counts.get(uf.find(node)) ?? 0) + n.count);
    rootCounts.set(nodes, counts);
  }
  let best = roots[0] as string;
  let bestCount = -1;
  for (const r of roots) {
    const count = counts.get(uf.find(r)) ?? 0;
    if (count > bestCount) {
      best = r;
      bestCount = count;
    }
  }
  return best;
}
