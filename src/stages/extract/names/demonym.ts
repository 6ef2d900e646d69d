import type { Doc, Tok } from '../../../text/annotated.ts';

const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** The capitalised words of a story's articles (what `demonymOfNamed` looks a place up in). */
export function storyCapitalWords(docs: readonly Doc[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const doc of docs) for (const t of doc.tokens) if (CAPITALISED.test(t.text)) out.add(t.text);
  return out;
}

// "the Veldarian coast guard" where the story also names "Veldaria": a word that only adds a demonym's
// ending to a name the story writes is what people or things of that place are called, no place or
// body of its own (the lists' demonyms are read in names/find.ts; this covers the places they lack).

/** A demonym's ending and what the place's name ends in instead ("Kenyan" of "Kenya", "Italian" of "Italy"). */
const ENDINGS: readonly (readonly [string, string])[] = [
  ['ian', 'ia'],
  ['ian', 'y'],
  ['ian', ''],
  ['an', 'a'],
  ['an', ''],
  ['ese', ''],
  ['ese', 'a'],
  ['i', ''],
];

/** The shortest place name a demonym's stem may leave. */
const MIN_STEM = 4;

/**
 * Whether the lone capitalised `word`, before a lower-case noun or adjective (`next`), is a demonym of a
 * name its story writes capitalised (`capitals`) as a word of its own ("the Veldarian coast guard" beside
 * "Veldaria"; "Julian said" beside "Julia" is no adjective's use).
 */
export function demonymOfNamed(word: string, next: Tok | undefined, capitals: ReadonlySet<string>): boolean {
  if (!next || (next.pos !== 'NOUN' && next.pos !== 'ADJ') || !/^\p{Ll}/u.test(next.text)) return false;
  const names = new Set<string>();
  for (const [ending, placeEnd] of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const place = word.slice(0, -ending.length) + placeEnd;
    if (place.length >= MIN_STEM && place !== word) names.add(place);
  }
  if (names.size === 0) return false;
  for (const name of names) if (capitals.has(name)) return true;
  return false;
}
