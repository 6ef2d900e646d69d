import type { Token } from '../../../model/index.ts';
import { fold } from '../../../text/normalise.ts';
import { perReading, type Reading } from './reading.ts';
import { foldedWords, isDateWord } from './relations.ts';

// The places a clause names: the words of a name right after "in", "at" or "near" ("in Vessmark",
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
 * where `b` names a place the claim does not ("arrested … in Vessmark" / "arrested … in Ardmere").
 */
export function otherPlace(a: Reading, b: Reading): boolean {
  const inA = foldedWords(a);
  const inB = foldedWords(b);
  // a place is known by its last word: "Dunmore Bay" is not the "Ray Dunmore" of the other side
  const last = (p: readonly string[]) => p[p.length - 1] as string;
  return placesOf(a).some((p) => !inB.has(last(p))) && placesOf(b).some((p) => !inA.has(last(p)));
}

/**
 * Whether `b` names only the region where the claim names a town in it, written "in Town, Region"
 * ("was born in Dunmore, Vessmark" / "was born in Vessmark"): the region in `b`, the town not.
 */
export function townUntold(a: Reading, b: Reading): boolean {
  const inB = foldedWords(b);
  const tokens = a.claim.tokens;
  // the end of the run of proper nouns that starts at `k`
  const runEnd = (k: number): number => {
    while (tokens[k]?.pos === 'PROPN') k++;
    return k;
  };
  const word = (k: number): string => fold(tokens[k]?.text ?? '');
  return tokens.some((t, i) => {
    if (!PLACE_WORDS.has(t.norm) || tokens[i + 1]?.pos !== 'PROPN') return false;
    const end = runEnd(i + 1);
    if (tokens[end]?.text !== ',' || tokens[end + 1]?.pos !== 'PROPN') return false;
    const [town, region] = [word(end - 1), word(runEnd(end + 1) - 1)];
    return !isDateWord(town) && !isDateWord(region) && inB.has(region) && !inB.has(town);
  });
}

// The two names a clause sets "between … and …" ("between the port city of Santa Ardley and Vessmark
// Island"), or joins after "in", "at" or "near" ("in Arizona and Texas"): the proper nouns last
// before "and", and the first after it, each within a few words.
const betweenOf = perReading((r: Reading): readonly (readonly string[])[] => {
  const tokens = r.claim.tokens;
  const out: string[][] = [];
  tokens.forEach((t, i) => {
    // "between X and Y", or two places joined right after "in" ("in Arizona and Texas")
    const joined = PLACE_WORDS.has(t.norm) && tokens[i + 1]?.pos === 'PROPN';
    if (t.norm !== 'between' && !joined) return;
    const and = tokens.findIndex((u, k) => k > i && k <= i + 10 && u.norm === 'and');
    if (and < 0) return;
    if (joined && tokens.slice(i + 1, and).some((u) => u.pos !== 'PROPN')) return;
    // the proper nouns of a run: the last run before "and", the first one after it
    const runs = (from: number, to: number) => {
      const found: string[][] = [];
      let words: string[] = [];
      for (let k = from; k < to; k++) {
        const u = tokens[k] as Token;
        if (u.pos === 'PROPN') words.push(fold(u.text));
        else if (words.length) {
          found.push(words);
          words = [];
        }
      }
      if (words.length) found.push(words);
      return found.map((w) => w.filter((x) => !isDateWord(x))).filter((w) => w.length);
    };
    const first = runs(i + 1, and).pop();
    const second = runs(and + 1, Math.min(tokens.length, and + 6))[0];
    if (first && second) out.push(first, second);
  });
  return out;
});

/**
 * Whether `b` leaves out one of the two names the claim sets "between" ("in the sea between the port
 * of Santa Ardley and Vessmark Island" is not stated by "35 miles southwest of Santa Ardley") or joins
 * as its places ("faces charges in Arizona and Texas" / "… in Arizona"): both are what the claim
 * says, each known by its last word.
 */
export function betweenMissing(a: Reading, b: Reading): boolean {
  const inB = foldedWords(b);
  return betweenOf(a).some((p) => !inB.has(p[p.length - 1] as string));
}
