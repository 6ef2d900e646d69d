// In a line with no verb (a headline: "4.6 quake rattles Sonoma County", "5.9 Earthquake Jolts Iran",
// or a sentence whose verb the tagger took for a noun: "at least 5.9 hit the region"), the words after
// a number that the tagger calls nouns may be the verb, which is no part of what the number counts.
// One reading for the extract stage's counted phrases and the support judge's.

import { PLURAL_ENDING } from './patterns.ts';

/** What reading a line's verb needs of a token. */
interface TaggedToken {
  readonly norm: string;
  readonly pos: string;
}

/** What opens a verb's object or a place after it: "Jolts Iran", "rattles the county", "hit 5 towns". */
const AFTER_VERB = /^(?:PROPN|DET|NUM)$/;

/**
 * Where the counted phrase at a..b (token indexes) ends when its line, first..end, has no verb: before
 * a noun that must be the verb. A noun after a plural ("migrant crossings rise"), a plural after a
 * singular that a name, an article or a number follows ("quake rattles Sonoma", "Earthquake Jolts
 * Iran" in a title-case line, whose words are all tagged names; not after a name in -s: "Texas Towns"),
 * or a singular that an article follows ("5.9 hit the region"); else b.
 * @example
 * headlineVerbAt(tokensOf('5.9 Earthquake Jolts Iran'), 1, 4, 0, 4) // 2
 */
export function headlineVerbAt(
  tokens: readonly TaggedToken[],
  a: number,
  b: number,
  first: number,
  end: number,
): number {
  for (let k = first; k < end; k++) if (/^(?:VERB|AUX)$/.test(tokens[k]?.pos ?? '')) return b;
  for (let k = a; k < b; k++) {
    const [prev, t, next] = [tokens[k - 1], tokens[k] as TaggedToken, tokens[k + 1]];
    if (t.pos === 'NOUN' && !PLURAL_ENDING.test(t.norm) && next?.pos === 'DET') return k;
    if (k === a || !prev) continue;
    if (prev.pos === 'NOUN' && t.pos === 'NOUN') {
      if (PLURAL_ENDING.test(prev.norm)) return k;
      if (PLURAL_ENDING.test(t.norm) && AFTER_VERB.test(next?.pos ?? '')) return k;
    }
    const named = prev.pos === 'PROPN' && t.pos === 'PROPN';
    if (
      named &&
      PLURAL_ENDING.test(t.norm) &&
      !PLURAL_ENDING.test(prev.norm) &&
      AFTER_VERB.test(next?.pos ?? '')
    )
      return k;
  }
  return b;
}
