import { NON_NAME_WORDS } from '../data/given-names.ts';
import type { Mention } from '../names/records.ts';
import type { NameKind } from '../names/types.ts';
import { ACRONYM } from '../patterns.ts';
import type { AddMention, AliasGraph, AliasNode } from './graph.ts';
import { orgKey, personWords, placeKey } from './keys.ts';
import { bestRoot, type PeopleIndex } from './people.ts';

/**
 * Place a name of unsettled kind once the full names are known: a partial name joins the person it ends or
 * starts, else it goes by its context, a known organisation or place, or stays a name of no kind.
 * `placed`: the place keys of the story's unsettled names that a place's context marks ("in X").
 */
export function placeDeferred(
  m: Mention,
  add: AddMention,
  lastIndex: PeopleIndex['lastIndex'],
  firstIndex: PeopleIndex['firstIndex'],
  graph: AliasGraph,
  placed: ReadonlySet<string> = new Set(),
): void {
  const [node, kind, words] = deferredNode(m, lastIndex, firstIndex, graph, placed);
  // a lone common word in capitals ("Border states …") is no name
  if (kind === 'other' && words.length === 1 && NON_NAME_WORDS.has(words[0] as string)) return;
  add(m, node, kind, words);
}

function deferredNode(
  m: Mention,
  lastIndex: PeopleIndex['lastIndex'],
  firstIndex: PeopleIndex['firstIndex'],
  graph: AliasGraph,
  placed: ReadonlySet<string>,
): [AliasNode, NameKind | 'other', string[]] {
  const words = personWords(m.words);
  const key = words.join(' ');
  // "in Ashby", "residents of Ashby": a lone word in a place's slot is the place, not the person of
  // that surname ("Mara Ashby"), unless the words around it make it a person's ("into Riva's office")
  const placeNotPerson = words.length === 1 && m.placeSlot && !m.personContext;
  const place = placeKey(m.words);
  const last = bestRoot(lastIndex.get(key), graph);
  if (last) return placeNotPerson ? [graph.node('place', place), 'place', [place]] : [last, 'person', words];
  // a lone word that speaks where the story also sets something in it ("Parents in Lindhaven …",
  // "Lindhaven said …") is that place, acting as a body does: one entity, not a place and a body
  const aPlace = words.length === 1 && (placed.has(place) || graph.has('place', place));
  // a lone word that opens a person's name is that person, unless the story sets something in it
  // ("Carrow bus drivers" beside "in Carrow" is the town, not "Carrow Transit" told by a first name)
  const first = firstIndex.get(key);
  if (words.length === 1 && first?.length === 1 && !m.placeContext && !aPlace)
    return [first[0] as AliasNode, 'person', words];
  if (m.kind === 'person' || (m.cueAfter && !m.placeContext && !aPlace))
    return [graph.node('person', key), 'person', words];
  const org = orgKey(m.words);
  if (graph.has('organization', org)) return [graph.node('organization', org), 'organization', [org]];
  // (a name the story sets something in elsewhere, "branches in Orlin", is that place where it
  // stands alone too: "the branches, Orlin and Pessick, …", one entity, not a place and a name of no kind)
  if (m.placeContext || graph.has('place', place) || placed.has(place))
    return [graph.node('place', place), 'place', [place]];
  if (m.words.length === 1 && ACRONYM.test(m.words[0] as string))
    return [graph.node('organization', key), 'organization', [key]];
  return [graph.node('other', key), 'other', words];
}
