import { bestRoot } from './alias-people.ts';
import type { AddMention, AliasNodes } from './alias-types.ts';
import { NON_NAME_WORDS } from './data/given-names.ts';
import { orgKey, personWords, placeKey } from './keys.ts';
import type { Mention } from './names/records.ts';
import type { NameKind } from './names/types.ts';
import { ACRONYM } from './patterns.ts';
import type { UnionFind } from './union-find.ts';

/**
 * Place a name of unsettled kind once the full names are known: a partial name joins the person it ends or
 * starts, else it goes by its context, a known organisation or place, or stays a name of no kind.
 */
export function placeDeferred(
  m: Mention,
  add: AddMention,
  lastIndex: Map<string, string[]>,
  firstIndex: Map<string, string[]>,
  nodes: AliasNodes,
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
  nodes: AliasNodes,
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
