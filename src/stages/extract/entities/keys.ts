import { foldName } from '../../../text/normalise.ts';
import { COUNTRY_PREFIXES } from '../data/places.ts';
import { NICKNAMES } from '../data/titles.ts';
import { DEMONYMS, PLACE_NAMES } from '../names/lexicon.ts';
import { INITIAL } from '../patterns.ts';

/** A person's name words for matching: folded, middle initials dropped ("Antony J. Blinken" → antony blinken). */
export function personWords(words: readonly string[]): string[] {
  // a generational suffix is no surname: "Arcade Comeaux Jr." is found again as "Comeaux"
  const n =
    words.length > 2 && GENERATIONAL.test(words[words.length - 1] as string)
      ? words.length - 1
      : words.length;
  const named = words.slice(0, n);
  // "Pak Sol-mi" and "Pak Sol Mi" are one name: a hyphen inside a word folds to a space
  const out = named.filter((w, i) => i === named.length - 1 || !INITIAL.test(w)).flatMap(foldWord);
  return out.length ? out : words.flatMap(foldWord);
}

// A name word folded, split at the hyphens between its parts of two letters or more ("Sol-mi" → sol, mi;
// "Q-Vault" stays one word).
const foldWord = (word: string): string[] => {
  const f = foldName(word);
  return /^\p{L}{2,}(?:[-‑]\p{L}{2,})+$/u.test(f) ? f.split(/[-‑]/) : [f];
};

const GENERATIONAL = /^(?:Jr|Sr|II|III|IV)\.?$/;

/** An organisation's matching key: folded, without "the" or a leading country ("U.S. Customs ..."). */
export function orgKey(words: readonly string[]): string {
  const folded = words.map(foldName);
  if (folded[0] === 'the') folded.shift();
  if (folded.length >= 2 && COUNTRY_PREFIXES.has(folded[0] as string)) folded.shift();
  return folded.join(' ');
}

/** A place's matching key: its canonical name when the gazetteer knows it. */
export function placeKey(words: readonly string[]): string {
  const key = foldName(words.join(' ')).replace(/^the /, '');
  return foldName(PLACE_NAMES.get(key) ?? DEMONYMS.get(key) ?? key);
}

/** True when two given names can name one person: equal, a nickname, or one an initial of the other. */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const na = NICKNAMES[a] ?? a;
  const nb = NICKNAMES[b] ?? b;
  if (na === nb) return true;
  return (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/** True when `short` is the tail of `long` ("lopez obrador" of "andres manuel lopez obrador"). */
export function isSuffix(short: readonly string[], long: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  const off = long.length - short.length;
  return short.every((w, i) => w === long[off + i]);
}

/** True when two org keys of the same length differ in exactly one word ("patrol" vs "protection"). */
export function oneWordApart(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length !== wb.length || wa.length < 3) return false;
  let diff = 0;
  for (let i = 0; i < wa.length; i++) if (wa[i] !== wb[i]) diff++;
  return diff === 1;
}
