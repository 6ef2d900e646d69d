import type { AliasGraph, AliasNode } from './graph.ts';
import { isSuffix, sameGivenName } from './keys.ts';

/** People's nodes by each tail of their names ("lopez obrador", "obrador") and by their first word. */
export interface PeopleIndex {
  readonly lastIndex: Map<string, AliasNode[]>;
  readonly firstIndex: Map<string, AliasNode[]>;
}

/**
 * Link the people's names that share a surname (a shorter name ends a longer one, or the given names agree), and
 * index every person by each tail of their name and by their first word, for partial names to find them.
 */
export function linkPeople(graph: AliasGraph): PeopleIndex {
  const { named } = graph;
  const byLast = new Map<string, AliasNode[]>();
  for (const [node, n] of named) {
    if (node.kind !== 'person') continue;
    const last = n.words[n.words.length - 1] as string;
    byLast.set(last, [...(byLast.get(last) ?? []), node]);
  }
  for (const list of byLast.values()) {
    const sorted = list.sort(
      (a, b) =>
        (named.get(b)?.words.length ?? 0) - (named.get(a)?.words.length ?? 0) ||
        (named.get(b)?.count ?? 0) - (named.get(a)?.count ?? 0),
    );
    const local: AliasNode[] = [];
    for (const node of sorted) {
      const w = named.get(node)?.words ?? [];
      const head = local.find((h) => {
        const hw = named.get(h)?.words ?? [];
        return isSuffix(w, hw) || sameGivenName(w[0] as string, hw[0] as string);
      });
      if (head) graph.union(head, node);
      else local.push(node);
    }
  }
  const lastIndex = new Map<string, AliasNode[]>();
  const firstIndex = new Map<string, AliasNode[]>();
  for (const [node, n] of named) {
    if (node.kind !== 'person') continue;
    const root = graph.find(node);
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

// per graph, so the counts are summed once however many names look a root up
const rootCounts = new WeakMap<AliasGraph, Map<AliasNode, number>>();

/** Of the people a partial name may stand for, the most mentioned; so "Smith" goes to the Smith the story is about. */
export function bestRoot(roots: readonly AliasNode[] | undefined, graph: AliasGraph): AliasNode | undefined {
  if (!roots?.length) return undefined;
  if (roots.length === 1) return graph.find(roots[0] as AliasNode);
  let counts = rootCounts.get(graph);
  if (!counts) {
    counts = new Map();
    for (const [node, n] of graph.named)
      counts.set(graph.find(node), (counts.get(graph.find(node)) ?? 0) + n.count);
    rootCounts.set(graph, counts);
  }
  let best = roots[0] as AliasNode;
  let bestCount = -1;
  for (const r of roots) {
    const count = counts.get(graph.find(r)) ?? 0;
    if (count > bestCount) {
      best = r;
      bestCount = count;
    }
  }
  return best;
}
