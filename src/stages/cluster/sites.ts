// The site of an event as its headline and first sentence name it: a building or grounds ("at the
// Fenwick Mill", "the Tarrow bus depot", "Kallin pier") or a street ("on Cole Street"), each known by
// the name before its noun. A fire at another building of the same town the next day, told by the same
// outlets in the same words, shares the town, the fire chief and the mayor with the first: only its
// site tells it apart. Two stories whose leads name sites of one kind (buildings, streets) with no
// name in common happened at two places (`siteConflict`), unless one side names the other's site.
import type { Token } from '../../model/index.ts';
import { SITE_NOUNS } from '../extract/data/organizations.ts';
import { CITIES, COUNTRIES, FACILITY_WORDS, REGIONS, US_STATES } from '../extract/data/places.ts';
import type { Vocabulary } from './counts.ts';
import { BUILDING_NOUNS, STREET_NOUNS } from './data/site-nouns.ts';
import { type Centroid, type Packed, packedHolds } from './vectors.ts';

/** The kind of a site: a building or grounds (`b`), a street or square (`s`). */
export type SiteKind = 'b' | 's';

const KINDS = new Map<string, SiteKind>([
  ...[...FACILITY_WORDS, ...SITE_NOUNS, ...BUILDING_NOUNS].map((w) => [w, 'b'] as const),
  ...STREET_NOUNS.map((w) => [w, 's'] as const),
]);
// Places a site may be named by ("an Oregon bank", "a Sicilian jail", "the Paris branch"): a site
// named by its country, state, region or city is no site of its own name (lower case).
const KNOWN_PLACES = new Set(
  [
    ...COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms]),
    ...US_STATES,
    ...CITIES,
    ...REGIONS,
  ].map((name) => name.toLowerCase()),
);
/** How many common nouns may stand between a site's name and its noun ("the Tarrow bus depot"). */
const MODIFIERS_REACH = 2;
const POSSESSIVE = /^['’]s?$/;

const isName = (t: Token) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && /\p{L}{2}/u.test(t.text);
const kindOf = (t: Token): SiteKind | undefined =>
  KINDS.get(t.text.toLowerCase().replace(/s$/, '')) ?? KINDS.get(t.text.toLowerCase());

/**
 * The sites one sentence's tokens name, each as `kind:words` (`b:fenwick`, `s:cole`): a noun of a
 * building or a street (`BUILDING_NOUNS`, the facility and site words, `STREET_NOUNS`) after a name
 * (a run of capitalised proper nouns, a possessive inside it: "St Anne's school"), at most
 * `MODIFIERS_REACH` common nouns between them; the name's words as names are keyed (`norm`), site
 * nouns and abbreviations ("Mich.") left out ("Fenwick Mill" is `b:fenwick`).
 * @example
 * sitesOf(tokensOf('A fire broke out at the Fenwick Mill on Cole Street.')) // ['b:fenwick', 's:cole']
 */
export function sitesOf(tokens: readonly Token[]): string[] {
  const sites: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const kind = kindOf(tokens[i] as Token);
    // (a noun inside a longer name is not its end: "the Academy Awards", an event's name)
    const next = tokens[i + 1];
    if (!kind || (next && isName(next) && !kindOf(next))) continue;
    // nouns between the name and the noun are passed over ("the Tarrow bus depot")
    let k = i - 1;
    for (let skipped = 0; k >= 0 && skipped < MODIFIERS_REACH; skipped++) {
      const t = tokens[k] as Token;
      if (t.pos !== 'NOUN') break;
      k--;
    }
    const words: string[] = [];
    for (; k >= 0; k--) {
      const t = tokens[k] as Token;
      if (POSSESSIVE.test(t.text) && k > 0) continue;
      if (!isName(t)) break;
      if (!kindOf(t) && !t.text.includes('.')) words.unshift(t.norm);
    }
    if (words.length && !KNOWN_PLACES.has(words.join(' '))) sites.push(`${kind}:${words.join(' ')}`);
  }
  return [...new Set(sites)];
}

/** An article's sites as the grouping compares them: each site's kind and the name ids (`n:` keys) of its words. */
export type SiteIds = readonly { readonly kind: SiteKind; readonly ids: readonly number[] }[];

/** A story's sites: per kind, the name ids of its articles' sites' words, each with its count. */
export type StorySites = Record<SiteKind, Map<number, number>>;

/** No sites yet. */
export const emptySites = (): StorySites => ({ b: new Map(), s: new Map() });

/** An article's sites (`kind:words`) as name ids; words no name key holds are left out. */
export function siteIds(sites: readonly string[], vocabulary: Vocabulary): SiteIds {
  const out: { kind: SiteKind; ids: number[] }[] = [];
  for (const site of sites) {
    const ids = site
      .slice(2)
      .split(' ')
      .map((w) => vocabulary.find(w, 'n:'))
      .filter((id): id is number => id !== undefined);
    if (ids.length) out.push({ kind: site[0] as SiteKind, ids });
  }
  return out;
}

/** Add (`sign` 1) or take away (`sign` -1) one article's sites from a story's. */
export function updateSites(story: StorySites, sites: SiteIds, sign: 1 | -1): void {
  for (const { kind, ids } of sites)
    for (const id of ids) {
      const n = (story[kind].get(id) ?? 0) + sign;
      if (n > 0) story[kind].set(id, n);
      else story[kind].delete(id);
    }
}

/**
 * Whether an article's lead names a site its story's leads do not: for a kind of site (building,
 * street) both name, no word of the article's sites is a word of the story's, the story's articles
 * never name the article's sites, and the article never names the story's (a site told by its town,
 * "a Harrowgate mill", or its owner, is named elsewhere by the other side; a follow-up names its event's site).
 */
export function siteConflict(
  sites: SiteIds | undefined,
  names: Packed,
  story: StorySites,
  storyNames: Centroid,
): boolean {
  if (!sites?.length) return false;
  for (const kind of ['b', 's'] as const) {
    const theirs = story[kind];
    if (!theirs.size) continue;
    const own = sites.filter((s) => s.kind === kind);
    if (!own.length) continue;
    if (own.some((s) => s.ids.some((id) => theirs.has(id) || storyNames.holds(id)))) continue;
    if ([...theirs.keys()].some((id) => packedHolds(names, id))) continue;
    return true;
  }
  return false;
}
