import type { AliasNodes, Item } from './alias-types.ts';
import { LEGAL_SUFFIXES } from './data/organizations.ts';
import { fold } from './doc.ts';
import { oneWordApart, orgKey } from './keys.ts';
import { ACRONYM_NAMES, initialsOf } from './names/lexicon.ts';
import type { ArticleNames } from './names/records.ts';
import { placeLed } from './names/types.ts';
import type { UnionFind } from './union-find.ts';

/** Link organisation names: acronyms defined in the text or common ones, initials, names one word apart; returns the flags. */
export function linkOrganizations(
  articles: readonly ArticleNames[],
  nodes: AliasNodes,
  items: readonly Item[],
  uf: UnionFind,
): Map<string, string> {
  for (const a of articles) for (const d of a.acronyms) uf.union(`o:${fold(d.short)}`, `o:${orgKey(d.long)}`);
  linkShortForms(nodes, items, uf);
  const acronyms = new Set<string>();
  for (const [node] of nodes) {
    if (!node.startsWith('o:')) continue;
    const key = node.slice(2);
    const full = ACRONYM_NAMES.get(key);
    if (full) uf.union(node, `o:${orgKey(full.split(' '))}`);
    if (/^[a-z]{2,6}$/.test(key)) acronyms.add(key);
  }
  const byShape = new Map<string, string[]>();
  for (const item of items) {
    if (item.kind !== 'organization' || !('words' in item.m) || item.m.words.length < 2) continue;
    const initials = initialsOf(item.m.words);
    if (initials.length >= 2 && acronyms.has(initials)) uf.union(`o:${initials}`, item.node);
    const shape = `${initials}/${item.node.split(' ').length}`;
    const list = byShape.get(shape) ?? [];
    if (!list.includes(item.node)) list.push(item.node);
    byShape.set(shape, list);
  }
  for (const list of byShape.values()) {
    for (let i = 1; i < list.length; i++) {
      for (let j = 0; j < i; j++) {
        if (oneWordApart((list[i] as string).slice(2), (list[j] as string).slice(2)))
          uf.union(list[j] as string, list[i] as string);
      }
    }
  }
  return inconsistentNames(nodes, items, uf);
}

/** Within one organisation, names one word apart from its canonical name are flagged. */
function inconsistentNames(nodes: AliasNodes, items: readonly Item[], uf: UnionFind): Map<string, string> {
  const canonical = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const [node, n] of nodes) {
    if (!node.startsWith('o:')) continue;
    const root = uf.find(node);
    const full = ACRONYM_NAMES.get(node.slice(2));
    if (full) canonical.set(root, orgKey(full.split(' ')));
    else if (!canonical.has(root) && node.includes(' ')) {
      const best = counts.get(root) ?? 0;
      if (n.count > best) {
        counts.set(root, n.count);
        canonical.set(`~${root}`, node.slice(2));
      }
    }
  }
  const flags = new Map<string, string>();
  for (const item of items) {
    if (!item.node.startsWith('o:') || !('words' in item.m)) continue;
    const root = uf.find(item.node);
    const canon = canonical.get(root) ?? canonical.get(`~${root}`);
    const key = item.node.slice(2);
    if (canon && key !== canon && oneWordApart(key, canon)) {
      flags.set(
        item.node,
        `inconsistent-name: ${item.m.words.filter((w, i) => i > 0 || !/^U\.?S\.?$/.test(w)).join(' ')}`,
      );
    }
  }
  return flags;
}

/** The shorter names an organisation goes by: without its leading place ("Chiefs") or legal suffix ("Acme"). */
export function shortForms(words: readonly string[]): string[][] {
  const out: string[][] = [];
  const led = placeLed(words);
  if (led !== undefined) out.push(words.slice(led));
  if (words.length >= 2 && LEGAL_SUFFIXES.has((words[words.length - 1] as string).toLowerCase()))
    out.push(words.slice(0, -1));
  return out;
}

/** Make each organisation's short forms nodes of its own, so that a bare "Chiefs" or "Acme" finds it. */
function linkShortForms(nodes: AliasNodes, items: readonly Item[], uf: UnionFind): void {
  for (const item of items) {
    if (item.kind !== 'organization' || !('words' in item.m) || item.m.words.length < 2) continue;
    for (const short of shortForms(item.m.words)) {
      const key = orgKey(short);
      const node = `o:${key}`;
      if (!nodes.has(node)) nodes.set(node, { words: [key], count: 0, kind: 'organization' });
      uf.union(item.node, node);
      // the same words typed as a person only by their shape ("Red Sox") are this body too
      if (nodes.get(`p:${key}`)?.kind === 'person') uf.union(item.node, `p:${key}`);
    }
  }
}
