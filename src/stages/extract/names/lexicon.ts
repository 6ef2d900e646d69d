import { foldName } from '../../../text/normalise.ts';
import { COMMON_ACRONYMS, ORG_WORDS, PLACE_ACRONYMS } from '../data/organizations.ts';
import { CITIES, COUNTRIES, FACILITY_WORDS, PLACE_WORDS, REGIONS, US_STATES } from '../data/places.ts';
import { HONORIFICS, TITLES } from '../data/titles.ts';

/** Folded place name or alias → canonical place name ("u.s." → "United States"). */
export const PLACE_NAMES: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const c of COUNTRIES)
    for (const n of [c.name, ...c.aliases]) map.set(foldName(n).replace(/^the /, ''), c.name);
  for (const n of [...US_STATES, ...CITIES, ...REGIONS]) {
    const key = foldName(n).replace(/^the /, '');
    if (!map.has(key)) map.set(key, n.replace(/,/g, ''));
  }
  map.set('washington dc', 'Washington, D.C.');
  map.set('washington, dc', 'Washington, D.C.');
  map.set('dc', 'Washington, D.C.');
  return map;
})();

/** Folded demonym → canonical country ("mexican" → "Mexico"). */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  COUNTRIES.flatMap((c) =>
    c.demonyms.flatMap((d) => [
      [foldName(d), c.name] as [string, string],
      [`${foldName(d)}s`, c.name] as [string, string],
    ]),
  ),
);

/** Folded acronym → the full name it stands for when a text does not say. */
export const ACRONYM_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries(COMMON_ACRONYMS).map(([a, n]) => [foldName(a), n]),
);

/** A word as titles and honorifics are keyed: lower case, without a final dot. */
export function titleKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

// The first words of the titles of two or more words: a run is looked up as a two-word title only
// when it starts with one (most words start none, and the look-up of a new string costs its hashing)
const TITLE_FIRST_WORDS: ReadonlySet<string> = new Set(
  Object.keys(TITLES).flatMap((title) => (title.includes(' ') ? [title.split(' ')[0] as string] : [])),
);

/** The canonical role of a one- or two-word title ("gov." → "governor"), or undefined. */
export function titleOf(words: readonly string[]): string | undefined {
  if (words.length === 1) return TITLES[titleKey(words[0] as string)];
  const first = titleKey(words[0] ?? '');
  if (!TITLE_FIRST_WORDS.has(first)) return undefined;
  return TITLES[[first, ...words.slice(1).map(titleKey)].join(' ')];
}

/**
 * What the title look-up of a run reads at one word, from that word's key (`titleKey`) and the next
 * word if any: the role of the two-word title they open, else of the word alone, else '' for an
 * honorific; `two` when the two words are the title. The same as `titleOf` and `isHonorific` give,
 * with the word lowered once.
 */
export function titleAtKey(key: string, next: string | undefined): { role: string; two: boolean } | null {
  if (next !== undefined && TITLE_FIRST_WORDS.has(key)) {
    const two = TITLES[`${key} ${titleKey(next)}`];
    if (two !== undefined) return { role: two, two: true };
  }
  const one = TITLES[key] ?? (HONORIFICS.has(key) ? '' : undefined);
  return one === undefined ? null : { role: one, two: false };
}

/** True for an honorific ("Mr.", "Dr."). */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(titleKey(word));
}

/** True for a word that makes a name an organisation. */
export function isOrgWord(word: string): boolean {
  return ORG_WORDS.has(word.toLowerCase());
}

/** True for a word that makes a name a place or facility. */
export function isPlaceWord(word: string): boolean {
  const w = word.toLowerCase();
  return PLACE_WORDS.has(w) || FACILITY_WORDS.has(w);
}

/** True for an acronym that names a place ("U.S.", "UK"). */
export function isPlaceAcronym(word: string): boolean {
  return PLACE_ACRONYMS.has(word);
}

/** Initials of a multi-word name, skipping function words: "Customs and Border Protection" → "cbp". */
export function initialsOf(words: readonly string[]): string {
  return words
    .filter((w) => /^\p{Lu}/u.test(w) && !/^(?:U\.?S\.?|US)$/.test(w))
    .map((w) => w[0]?.toLowerCase() ?? '')
    .join('');
}
