import { bestRoot } from './alias-people.ts';
import type { AddMention, AliasNodes } from './alias-types.ts';
import { fold } from './doc.ts';
import { orgKey, personWords, placeKey } from './keys.ts';
import { isOrgWord, PLACE_NAMES } from './names/lexicon.ts';
import type { Mention } from './names/records.ts';
import type { NameKind } from './names/types.ts';
import type { UnionFind } from './union-find.ts';

function knownNode(
  words: readonly string[],
  lastIndex: Map<string, string[]>,
  nodes: AliasNodes,
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
export function placeHeadline(
  m: Mention,
  add: AddMention,
  lastIndex: Map<string, string[]>,
  nodes: AliasNodes,
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
