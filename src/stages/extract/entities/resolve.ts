import { placeDeferred } from './alias-deferred.ts';
import { placeHeadline } from './alias-headlines.ts';
import { linkPeople } from './alias-people.ts';
import { placeRole } from './alias-roles.ts';
import type { AddMention, AliasNodes, Item, ResolvedEntities } from './alias-types.ts';
import { buildEntities } from './entities.ts';
import { orgKey, personWords, placeKey } from './keys.ts';
import type { ArticleNames, Mention } from './names/records.ts';
import { linkOrganizations } from './org-aliases.ts';
import { UnionFind } from './union-find.ts';

export type { PersonMention, ResolvedEntities } from './alias-types.ts';

/** Merge the names of all articles of a story into entities: one per real-world thing, with all aliases. */
export function resolveEntities(
  articles: readonly ArticleNames[],
  idPrefix: string,
  articleOrder: ReadonlyMap<string, number>,
): ResolvedEntities {
  const uf = new UnionFind();
  const items: Item[] = [];
  const nodes: AliasNodes = new Map();
  const add: AddMention = (m, node, kind, words) => {
    const weight = kind === 'person' && m.role ? 3 : m.strong ? 2 : 1;
    items.push({ m, node, kind, weight });
    const n = nodes.get(node) ?? { words, count: 0, kind: kind === 'other' ? 'unknown' : kind };
    n.count++;
    nodes.set(node, n);
    uf.find(node);
  };
  // full names of a settled kind first: the partial and headline names are matched against them
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
  // link the aliases among the settled names, then place the rest where those links let them fit
  const flags = linkOrganizations(articles, nodes, items, uf);
  const { lastIndex, firstIndex } = linkPeople(nodes, uf);
  for (const m of deferred) placeDeferred(m, add, lastIndex, firstIndex, nodes, uf);
  for (const m of headlines) placeHeadline(m, add, lastIndex, nodes, uf);
  for (const a of articles) for (const r of a.roles) placeRole(r, items, uf);
  return buildEntities(items, uf, flags, idPrefix, articleOrder);
}
