import { foldName } from '../../../text/normalise.ts';
import { LEGAL_SUFFIXES } from '../data/organizations.ts';
import { ACRONYM_NAMES, initialsOf } from '../names/lexicon.ts';
import type { ArticleNames } from '../names/records.ts';
import { placeLed } from '../names/types.ts';
import type { AliasGraph, AliasNode, Item } from './graph.ts';
import { oneWordApart, orgKey } from './keys.ts';

/** Link organisation names: acronyms defined in the text or common ones, initials, names one word apart; returns the flags. */
export function linkOrganizations(
  articles: readonly ArticleNames[],
  graph: AliasGraph,
  items: readonly Item[],
): Map<AliasNode, string> {
  const org = (key: string) => graph.node('organization', key);
  for (const a of articles)
    for (const d of a.acronyms) graph.union(org(foldName(d.short)), org(orgKey(d.long)));
  linkShortForms(graph, items);
  const acronyms = new Set<string>();
  for (const [node] of graph.named) {
    if (node.kind !== 'organization') continue;
    const full = ACRONYM_NAMES.get(node.key);
    if (full) graph.union(node, org(orgKey(full.split(' '))));
    if (/^[a-z]{2,6}$/.test(node.key)) acronyms.add(node.key);
  }
  const byShape = new Map<string, AliasNode[]>();
  for (const item of items) {
    if (item.kind !== 'organization' || item.m.form !== 'name' || item.m.words.length < 2) continue;
    const initials = initialsOf(item.m.words);
    if (initials.length >= 2 && acronyms.has(initials)) graph.union(org(initials), item.node);
    const shape = `${initials}/${item.node.key.split(' ').length}`;
    const list = byShape.get(shape) ?? [];
    if (!list.includes(item.node)) list.push(item.node);
    byShape.set(shape, list);
  }
  for (const list of byShape.values()) {
    for (let i = 1; i < list.length; i++) {
      for (let j = 0; j < i; j++) {
        const a = list[i] as AliasNode;
        const b = list[j] as AliasNode;
        if (oneWordApart(a.key, b.key)) graph.union(b, a);
      }
    }
  }
  return inconsistentNames(graph, items);
}

/** Within one organisation, names one word apart from its canonical name are flagged. */
function inconsistentNames(graph: AliasGraph, items: readonly Item[]): Map<AliasNode, string> {
  // the canonical name of a set: the full name of a common acronym in it, else its most mentioned name of
  // several words
  const byAcronym = new Map<AliasNode, string>();
  const byUse = new Map<AliasNode, string>();
  const counts = new Map<AliasNode, number>();
  for (const [node, n] of graph.named) {
    if (node.kind !== 'organization') continue;
    const root = graph.find(node);
    const full = ACRONYM_NAMES.get(node.key);
    if (full) byAcronym.set(root, orgKey(full.split(' ')));
    else if (!byAcronym.has(root) && node.key.includes(' ')) {
      const best = counts.get(root) ?? 0;
      if (n.count > best) {
        counts.set(root, n.count);
        byUse.set(root, node.key);
      }
    }
  }
  const flags = new Map<AliasNode, string>();
  for (const item of items) {
    if (item.node.kind !== 'organization' || item.m.form !== 'name') continue;
    const root = graph.find(item.node);
    const canon = byAcronym.get(root) ?? byUse.get(root);
    const key = item.node.key;
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
function linkShortForms(graph: AliasGraph, items: readonly Item[]): void {
  for (const item of items) {
    if (item.kind !== 'organization' || item.m.form !== 'name' || item.m.words.length < 2) continue;
    for (const short of shortForms(item.m.words)) {
      const key = orgKey(short);
      const node = graph.node('organization', key);
      if (!graph.named.has(node)) graph.named.set(node, { words: [key], count: 0, kind: 'organization' });
      graph.union(item.node, node);
      // the same words typed as a person only by their shape ("Red Sox") are this body too
      if (graph.info('person', key)?.kind === 'person') graph.union(item.node, graph.node('person', key));
    }
  }
}
