import type { Entity } from '../../model/index.ts';
import { NON_NAME_WORDS } from './data/given-names.ts';
import { LEADER_ROLES } from './data/titles.ts';
import { fold } from './doc.ts';
import { buildEntities } from './entities.ts';
import { isSuffix, orgKey, personWords, placeKey, sameGivenName } from './keys.ts';
import { isOrgWord, PLACE_NAMES } from './lexicon.ts';
import type { ArticleNames, Mention, NameKind, RoleMention } from './names.ts';
import { linkOrganizations } from './org-aliases.ts';
import { ACRONYM } from './patterns.ts';
import { UnionFind } from './union-find.ts';

/** A person mention located for pronoun and role resolution. */
export interface PersonMention {
  readonly token: number;
  readonly paragraph: number;
  readonly entityId: string;
}

/** The story's entities and how to find the entity behind a mention. */
export interface ResolvedEntities {
  readonly entities: Entity[];
  /** `articleId:start` of a name → the id of its entity. */
  readonly byMention: ReadonlyMap<string, string>;
  /** Person mentions per article, in text order. */
  readonly people: ReadonlyMap<string, readonly PersonMention[]>;
  readonly byId: ReadonlyMap<string, Entity>;
  /** Canonical role ("governor") → the people who hold it, most mentioned first. */
  readonly roles: ReadonlyMap<string, readonly string[]>;
}

/** A mention placed in a node of the alias graph. */
export type Item = {
  readonly m: Mention | RoleMention;
  node: string;
  kind: NameKind | 'other';
  weight: number;
};

/** Merge the names of all articles of a story into entities: one per real-world thing, with all aliases. */
export function resolveEntities(
  articles: readonly ArticleNames[],
  idPrefix: string,
  articleOrder: ReadonlyMap<string, number>,
): ResolvedEntities {
  const uf = new UnionFind();
  const items: Item[] = [];
  const nodes = new Map<string, { words: string[]; count: number; kind: NameKind }>();
  const add = (m: Mention, node: string, kind: NameKind | 'other', words: string[]) => {
    const weight = kind === 'person' && m.role ? 3 : m.strong ? 2 : 1;
    items.push({ m, node, kind, weight });
    const n = nodes.get(node) ?? { words, count: 0, kind: kind === 'other' ? 'unknown' : kind };
    n.count++;
    nodes.set(node, n);
    uf.find(node);
  };
  const deferred: Mention[] = [];
  const headlines: Mention[] = [];
  for (const a of articles) {
    for (const m of a.mentions) {
      if (m.headline) headlines.push(m);
      else if (m.kind === 'person' && personWords(m.words).length >= 2)
        add(m, `p:${personWords(m.words).join(' ')}`, 'person', personWords(m.words));
      else if (m.kind === 'organization') add(m, `o:${orgKey(m.words)}`, 'organization', [orgKey(m.words)]);
      else if (m.kind === 'place') add(m, `l:${placeKey(m.words)}`, 'place', [placeKey(m.words)]);
      else deferred.push(m);
    }
  }
  const flags = linkOrganizations(articles, nodes, items, uf);
  const { lastIndex, firstIndex } = linkPeople(nodes, uf);
  for (const m of deferred) placeDeferred(m, add, lastIndex, firstIndex, nodes, uf);
  for (const m of headlines) placeHeadline(m, add, lastIndex, nodes, uf);
  for (const a of articles) for (const r of a.roles) placeRole(r, items, uf);
  return buildEntities(items, uf, flags, idPrefix, articleOrder);
}

function linkPeople(nodes: Map<string, { words: string[]; count: number; kind: NameKind }>, uf: UnionFind) {
  const byLast = new Map<string, string[]>();
  for (const [node, n] of nodes) {
    if (!node.startsWith('p:')) continue;
    const last = n.words[n.words.length - 1] as string;
    byLast.set(last, [...(byLast.get(last) ?? []), node]);
  }
  const heads: string[] = [];
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
    heads.push(...local);
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
  return { lastIndex, firstIndex, heads };
}

type Add = (m: Mention, node: string, kind: NameKind | 'other', words: string[]) => void;
type Nodes = Map<string, { words: string[]; count: number; kind: NameKind }>;

const rootCounts = new WeakMap<Nodes, Map<string, number>>();

function bestRoot(roots: readonly string[] | undefined, nodes: Nodes, uf: UnionFind): string | undefined {
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

function placeDeferred(
  m: Mention,
  add: Add,
  lastIndex: Map<string, string[]>,
  firstIndex: Map<string, string[]>,
  nodes: Nodes,
  uf: UnionFind,
): void {
  const [node, kind, words] = deferredNode(m, lastIndex, firstIndex, nodes, uf);
  // a lone common word in capitals ("Border states …") is no name
  if (kind === 'other' && words.length === 1 && NON_NAME_WORDS.has(words[0] as string)) return;
  add(m, node, kind, words);
}

function deferredNode(
  m: Mention,
  lastIndex: Map<string, string[]>,
  firstIndex: Map<string, string[]>,
  nodes: Nodes,
  uf: UnionFind,
): [string, NameKind | 'other', string[]] {
  const words = personWords(m.words);
  const key = words.join(' ');
  const last = bestRoot(lastIndex.get(key), nodes, uf);
  if (last) return [last, 'person', words];
  const first = firstIndex.get(key);
  if (words.length === 1 && first?.length === 1 && !m.placeContext)
    return [first[0] as string, 'person', words];
  if (m.kind === 'person' || (m.cueAfter && !m.placeContext)) return [`p:${key}`, 'person', words];
  const org = orgKey(m.words);
  if (nodes.has(`o:${org}`)) return [`o:${org}`, 'organization', [org]];
  const place = placeKey(m.words);
  if (m.placeContext || nodes.has(`l:${place}`)) return [`l:${place}`, 'place', [place]];
  if (m.words.length === 1 && ACRONYM.test(m.words[0] as string)) return [`o:${key}`, 'organization', [key]];
  return [`x:${key}`, 'other', words];
}

function knownNode(
  words: readonly string[],
  lastIndex: Map<string, string[]>,
  nodes: Nodes,
  uf: UnionFind,
): [string, NameKind] | undefined {
  const p = personWords(words);
  if (nodes.has(`p:${p.join(' ')}`)) return [`p:${p.join(' ')}`, 'person'];
  const last = bestRoot(lastIndex.get(p.join(' ')), nodes, uf);
  if (last) return [last, 'person'];
  if (nodes.has(`o:${orgKey(words)}`)) return [`o:${orgKey(words)}`, 'organization'];
  if (nodes.has(`l:${placeKey(words)}`)) return [`l:${placeKey(words)}`, 'place'];
  return undefined;
}

/** A name in a headline counts only where the story names it in prose too; else its parts are tried. */
function placeHeadline(
  m: Mention,
  add: Add,
  lastIndex: Map<string, string[]>,
  nodes: Nodes,
  uf: UnionFind,
): void {
  const n = m.words.length;
  const covered = new Array<boolean>(n).fill(false);
  for (let len = n; len >= 1; len--) {
    for (let a = 0; a + len <= n; a++) {
      if (covered.slice(a, a + len).some(Boolean)) continue;
      const words = m.words.slice(a, a + len);
      if (len === 1 && isOrgWord(words[0] as string)) continue;
      const known = knownNode(words, lastIndex, nodes, uf);
      // a well-typed whole name of a headline stands on its own ("Larry Lucchino", "Turkmenistan")
      const found = known ?? (len === n && standsAlone(m) ? ownNode(m) : undefined);
      if (!found) continue;
      const start = (m.wordSpans[a] as readonly [number, number])[0];
      const end = (m.wordSpans[a + len - 1] as readonly [number, number])[1];
      const sub: Mention = {
        ...m,
        start,
        end,
        words,
        wordSpans: m.wordSpans.slice(a, a + len),
        surface: m.surface.slice(start - m.start, end - m.start),
      };
      add(sub, found[0], found[1], personWords(words));
      covered.fill(true, a, a + len);
    }
  }
}

/** A headline name trusted alone: a titled or known-given-name person, a gazetteer place, an acronym. */
function standsAlone(m: Mention): boolean {
  if (m.kind === 'person') return m.strong;
  if (m.kind === 'place') return PLACE_NAMES.has(fold(m.words.join(' ')));
  return m.kind === 'organization' && m.words.length === 1;
}

function ownNode(m: Mention): [string, NameKind] | undefined {
  if (m.kind === 'person') return [`p:${personWords(m.words).join(' ')}`, 'person'];
  if (m.kind === 'organization') return [`o:${orgKey(m.words)}`, 'organization'];
  if (m.kind === 'place') return [`l:${placeKey(m.words)}`, 'place'];
  return undefined;
}

function placeRole(r: RoleMention, items: Item[], uf: UnionFind): void {
  const of = fold(r.roleOf);
  const counts = new Map<string, number>();
  for (const item of items) {
    if (item.kind !== 'person' || !('words' in item.m)) continue;
    const m = item.m;
    if (!m.role || !m.roleOf || fold(m.roleOf) !== of) continue;
    if (m.role !== r.role && !(LEADER_ROLES.has(m.role) && LEADER_ROLES.has(r.role))) continue;
    const root = uf.find(item.node);
    counts.set(root, (counts.get(root) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [root, c] of counts) if (!best || c > (counts.get(best) ?? 0)) best = root;
  if (best) items.push({ m: r, node: best, kind: 'person', weight: 1 });
}
