import type { Token } from '../../../model/index.ts';
import { fold } from '../../../text/normalise.ts';
import { perReading, type Reading } from './reading.ts';
import { foldedWords, isDateWord } from './relations.ts';

// The places a clause names: the words of a name right after "in", "at" or "near" ("in Kelso",
// "near Dunmore Bay"), weekday and month names left out.
const placesOf = perReading((r: Reading): readonly (readonly string[])[] => {
  const tokens = r.claim.tokens;
  const out: string[][] = [];
  tokens.forEach((t, i) => {
    if (!PLACE_WORDS.has(t.norm) || tokens[i + 1]?.pos !== 'PROPN') return;
    const words: string[] = [];
    for (let k = i + 1; tokens[k]?.pos === 'PROPN'; k++) words.push(fold((tokens[k] as Token).text));
    if (!words.some(isDateWord)) out.push(words);
  });
  return out;
});
const PLACE_WORDS = new Set(['in', 'at', 'near']);

/**
 * Whether the two name other places for the event: a place of the claim's that `b` does not name,
 * where `b` names a place the claim does not ("arrested … in Kelso" / "arrested … in Ardmere").
 */
export function otherPlace(a: Reading, b: Reading): boolean {
  const inA = foldedWords(a);
  const inB = foldedWords(b);
  // a place is known by its last word: "Dunmore Bay" is not the "Ray Dunmore" of the other side
  const last = (p: readonly string[]) => p[p.length - 1] as string;
  return placesOf(a).some((p) => !inB.has(last(p))) && placesOf(b).some((p) => !inA.has(last(p)));
}
