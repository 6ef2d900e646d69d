import { foldName } from '../../../text/normalise.ts';
import { DROPPED_PLACE_LEADS } from '../data/places.ts';
import type { ArticleNames, Mention } from '../names/records.ts';
import { buildEntities } from './build.ts';
import { placeDeferred } from './deferred.ts';
import { type AddMention, AliasGraph, type Item, type ResolvedEntities } from './graph.ts';
import { placeHeadline } from './headlines.ts';
import { orgKey, personWords, placeKey } from './keys.ts';
import { linkOrganizations } from './organizations.ts';
import { linkPeople } from './people.ts';
import { placeRole } from './roles.ts';

export type { PersonMention, ResolvedEntities } from './graph.ts';

/** Merge the names of all articles of a story into entities: one per real-world thing, with all aliases. */
export function resolveEntities(
  articles: readonly ArticleNames[],
  idPrefix: string,
  articleOrder: ReadonlyMap<string, number>,
): ResolvedEntities {
  const graph = new AliasGraph();
  const items: Item[] = [];
  const add: AddMention = (m, node, kind, words) => {
    const weight = kind === 'person' && m.role ? 3 : m.strong ? 2 : 1;
    items.push({ m, node, kind, weight });
    const n = graph.named.get(node) ?? { words, count: 0, kind: kind === 'other' ? 'unknown' : kind };
    n.count++;
    graph.named.set(node, n);
    graph.find(node);
  };
  // full names of a settled kind first: the partial and headline names are matched against them
  const deferred: Mention[] = [];
  const headlines: Mention[] = [];
  for (const a of articles) {
    for (const m of a.mentions) {
      if (m.headline) headlines.push(m);
      else if (m.kind === 'person' && personWords(m.words).length >= 2) {
        const words = personWords(m.words);
        add(m, graph.node('person', words.join(' ')), 'person', words);
      } else if (m.kind === 'organization')
        add(m, graph.node('organization', orgKey(m.words)), 'organization', [orgKey(m.words)]);
      else if (m.kind === 'place')
        add(m, graph.node('place', placeKey(m.words)), 'place', [placeKey(m.words)]);
      else deferred.push(m);
    }
  }
  linkPlaceShortForms(graph, items);
  // link the aliases among the settled names, then place the rest where those links let them fit
  const flags = linkOrganizations(articles, graph, items);
  const { lastIndex, firstIndex } = linkPeople(graph);
  const placed = new Set(deferred.filter((m) => m.placeContext).map((m) => placeKey(m.words)));
  for (const m of deferred) placeDeferred(m, add, lastIndex, firstIndex, graph, placed);
  for (const m of headlines) placeHeadline(m, add, lastIndex, graph);
  for (const a of articles) for (const r of a.roles) placeRole(r, items, graph);
  return buildEntities(items, graph, flags, idPrefix, articleOrder);
}

// "the River Sallow" is "the Sallow" too: its short form a node of the place, so a bare "Sallow" finds it
function linkPlaceShortForms(graph: AliasGraph, items: readonly Item[]): void {
  for (const item of items) {
    const words = item.m.form === 'role' ? [] : item.m.words;
    if (item.kind !== 'place' || words.length < 2 || !DROPPED_PLACE_LEADS.has(foldName(words[0] ?? '')))
      continue;
    const key = placeKey(words.slice(1));
    const node = graph.node('place', key);
    if (!graph.named.has(node)) graph.named.set(node, { words: [key], count: 0, kind: 'place' });
    graph.union(item.node, node);
  }
}
