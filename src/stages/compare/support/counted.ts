import type { Token } from '../../../model/index.ts';
import { QUALIFIERS } from '../../../text/data/numbers.ts';
import { stem } from '../../../text/normalise.ts';
import type { ClaimFigure } from '../../../text/quantities.ts';
import { DISTANCE_UNITS, INCREMENT_WORDS, PLACING_AFTER, POPULATION_BEFORE } from '../data/count-words.ts';
import { perFigure, type Reading } from './reading.ts';

type CountedPhrase = { readonly words: readonly string[]; readonly next: number };

const DISTANCE = new Set([...DISTANCE_UNITS].map(stem));

// The words from a figure's number to the noun it counts, as stems ("three strong aftershocks" →
// strong, aftershock), and the index of the token after them; null when it counts nothing named
// within four words.
const countedPhrase = perFigure(readCountedPhrase);
function readCountedPhrase(f: ClaimFigure, r: Reading): CountedPhrase | null {
  const tokens = r.claim.tokens;
  let k = tokens.findIndex((t) => t.start >= f.span.end);
  if (k < 0) return null;
  if (f.counts === null) return { words: [], next: k };
  const words: string[] = [];
  for (const end = k + 4; k < Math.min(tokens.length, end); k++) {
    const t = tokens[k] as Token;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') break;
    words.push(stem(t.text));
    if (stem(t.text) === f.counts) return { words, next: k + 1 };
  }
  return null;
}

/**
 * The nouns and names of the phrase a preposition opens right after a figure and what it counts
 * ("missed eight games with a fracture in his lower right leg" → fractur, leg; "cut 120 jobs at its
 * Dunmore plant" → dunmor, plant), as stems, up to the next verb, conjunction or punctuation mark.
 */
export function complementWords(f: ClaimFigure, r: Reading): string[] {
  const p = countedPhrase(f, r);
  const tokens = r.claim.tokens;
  if (!p || tokens[p.next]?.pos !== 'ADP') return [];
  const out: string[] = [];
  for (let k = p.next + 1; k < Math.min(tokens.length, p.next + 8); k++) {
    const t = tokens[k] as Token;
    // (a noun tagged a verb after a determiner: "in its paint shop")
    const noun = t.pos === 'VERB' && /^(DET|PRON)$/.test(tokens[k - 1]?.pos ?? '');
    if (/^(VERB|AUX|CCONJ|SCONJ|PUNCT)$/.test(t.pos) && !noun) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || noun) out.push(stem(t.text));
  }
  return out;
}

// The names the counted thing is of ("acquisition of technology services provider Electronic Data
// Systems" → electronic, data, system), as sorted stems; empty when no "of" follows it.
function ofNames(p: { next: number }, r: Reading): string[] {
  const tokens = r.claim.tokens;
  if (tokens[p.next]?.norm !== 'of') return [];
  const names: string[] = [];
  for (let k = p.next + 1; k < Math.min(tokens.length, p.next + 8); k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'PROPN') names.push(stem(t.text));
    else if (names.length || t.pos === 'PUNCT' || t.pos === 'VERB') break;
  }
  return names.sort();
}

/**
 * Whether two figures count one thing described alike in two words or more ("three strong
 * aftershocks" / "at least four strong aftershocks", "a $13.9 billion acquisition of Electronic Data
 * Systems" / "a $13.2 billion acquisition of … Electronic Data Systems"): one measure, whoever tells it.
 */
export function sameCountedPhrase(f: ClaimFigure, a: Reading, g: ClaimFigure, b: Reading): boolean {
  // ranks ("the fourth head coach since …" / "the 21st head coach") are as often of two series
  if (f.unit === 'ordinal' || g.unit === 'ordinal') return false;
  const [p, q] = [countedPhrase(f, a), countedPhrase(g, b)];
  // "11 other FLDS men" / "12 other FLDS defendants": counted beside someone, who may differ
  if (p === null || q === null || !p.words.length || p.words.some((w) => INCREMENT_WORDS.has(w)))
    return false;
  const key = (x: CountedPhrase, r: Reading) => [...x.words, ...ofNames(x, r)];
  const [kp, kq] = [key(p, a), key(q, b)];
  return kp.length >= 2 && kp.join(' ') === kq.join(' ');
}

// The folded word right after a figure and what it counts.
function wordAfter(f: ClaimFigure, r: Reading): string {
  const p = countedPhrase(f, r);
  return p ? (r.claim.tokens[p.next]?.norm ?? '') : '';
}

/**
 * Whether a figure measures something the other does not: a time in a role ("four seasons as the
 * team's director" / "19 seasons with the 76ers") on one side only, or a distance that places a thing
 * ("15 miles north of Detroit"), which is of the thing named before it (checked by the caller).
 */
export const inRole = (f: ClaimFigure, r: Reading): boolean => wordAfter(f, r) === 'as';

/** Whether a figure is a distance that places a thing ("the office is about 15 miles north of Detroit"). */
export const places = (f: ClaimFigure, r: Reading): boolean =>
  f.counts !== null && DISTANCE.has(f.counts) && PLACING_AFTER.has(wordAfter(f, r));

const POSSESSIVES = new Set(['its', 'their', 'his', 'her']);

/**
 * The stem of a part of the subject's own that a count is narrowed to ("cut 120 jobs in its paint
 * shop" → shop): "in" or "at", a possessive, then a noun phrase, right after what it counts; or null.
 */
export function narrowedTo(f: ClaimFigure, r: Reading): string | null {
  const p = countedPhrase(f, r);
  const tokens = r.claim.tokens;
  if (
    !p ||
    !['in', 'at'].includes(tokens[p.next]?.norm ?? '') ||
    !POSSESSIVES.has(tokens[p.next + 1]?.norm ?? '')
  )
    return null;
  // the head noun of the part, up to three words on ("paint" may be tagged a verb)
  let last: string | null = null;
  for (let k = p.next + 2; k < p.next + 5 && /^(NOUN|ADJ|VERB)$/.test(tokens[k]?.pos ?? ''); k++)
    if (tokens[k]?.pos === 'NOUN') last = stem((tokens[k] as Token).text);
  return last;
}

// The words of a qualifier that may stand between "home to" and its number ("home to about 40,000").
const QUALIFYING = new Set(QUALIFIERS.flatMap((q) => q.split(' ')));

/**
 * Whether a figure is the number of people living in a place ("Velmora island, home to 40,000
 * people"; "a population of 40,000"): a count of residents, no count of those an event hurt.
 */
export const population = perFigure((f: ClaimFigure, r: Reading): boolean => {
  const tokens = r.claim.tokens;
  const at = tokens.findIndex((t) => t.end > f.span.start);
  const opens = (k: number) =>
    POPULATION_BEFORE.some(([x, y]) => tokens[k - 1]?.norm === x && tokens[k]?.norm === y);
  for (let k = (at < 0 ? tokens.length : at) - 1; k >= 1; k--) {
    if (opens(k)) return true;
    if (!QUALIFYING.has(tokens[k]?.norm ?? '')) return false;
  }
  return false;
});
