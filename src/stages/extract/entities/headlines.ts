import { foldName } from '../../../text/normalise.ts';
import { isOrgWord, PLACE_NAMES } from '../names/lexicon.ts';
import type { Mention } from '../names/records.ts';
import type { NameKind } from '../names/types.ts';
import type { AddMention, AliasGraph, AliasNode } from './graph.ts';
import { orgKey, personWords, placeKey } from './keys.ts';
import { bestRoot, type PeopleIndex } from './people.ts';

function knownNode(
  words: readonly string[],
  lastIndex: PeopleIndex['lastIndex'],
  graph: AliasGraph,
): [AliasNode, NameKind] | undefined {
  const p = personWords(words).join(' ');
  if (graph.has('person', p)) return [graph.node('person', p), 'person'];
  const last = bestRoot(lastIndex.get(p), graph);
  if (last) return [last, 'person'];
  if (graph.has('organization', orgKey(words)))
    return [graph.node('organization', orgKey(words)), 'organization'];
  if (graph.has('place', placeKey(words))) return [graph.node('place', placeKey(words)), 'place'];
  return undefined;
}

/** A name in a headline counts only where the story names it in prose too; else its parts are tried. */
export function placeHeadline(
  m: Mention,
  add: AddMention,
  lastIndex: PeopleIndex['lastIndex'],
  graph: AliasGraph,
): void {
  const n = m.words.length;
  const covered = new Array<boolean>(n).fill(false);
  for (let len = n; len >= 1; len--) {
    for (let a = 0; a + len <= n; a++) {
      if (covered.slice(a, a + len).some(Boolean)) continue;
      const words = m.words.slice(a, a + len);
      if (len === 1 && isOrgWord(words[0] as string)) continue;
      const known = knownNode(words, lastIndex, graph);
      // a well-typed whole name of a headline stands on its own ("Larry Lucchino", "Turkmenistan")
      const found = known ?? (len === n && standsAlone(m) ? ownNode(m, graph) : undefined);
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
  if (m.kind === 'place') return PLACE_NAMES.has(foldName(m.words.join(' ')));
  return m.kind === 'organization' && m.words.length === 1;
}

function ownNode(m: Mention, graph: AliasGraph): [AliasNode, NameKind] | undefined {
  if (m.kind === 'person') return [graph.node('person', personWords(m.words).join(' ')), 'person'];
  if (m.kind === 'organization') return [graph.node('organization', orgKey(m.words)), 'organization'];
  if (m.kind === 'place') return [graph.node('place', placeKey(m.words)), 'place'];
  return undefined;
}
