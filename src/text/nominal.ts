// Nouns that name a verb's event ("the closure" / "closing the library", "his withdrawal" / "has been
// withdrawn"): one reading for every stage. The summary finds a point told by a noun on one side and a
// verb on the other (summarize/nominal.ts); the differences find one measure of one event told so
// (compare/support/measure-clash.ts).
import type { Token } from '../model/index.ts';
import { IRREGULAR_NOMINALS, NOMINAL_SUFFIXES } from './data/nominal-forms.ts';
import { stem } from './normalise.ts';
import { NUMBER_RE } from './patterns.ts';

// The fewest letters a verb's stem keeps once a noun's ending is cut ("nation" names no "nat").
const ROOT_MIN = 4;
const IRREGULAR = new Map(Object.entries(IRREGULAR_NOMINALS).map(([noun, verb]) => [stem(noun), stem(verb)]));

/** A stem without its final "e" ("announce" / "announc", "close" / "clos"): one verb either way. */
export const trimE = (s: string): string => (s.endsWith('e') ? s.slice(0, -1) : s);

/**
 * The verb stem a noun's stem names the event of, or null: an irregular noun's verb ("acquisition" →
 * "acquir"), else the stem with a noun's ending cut ("withdrawal" → "withdraw", "evacuation" →
 * "evacuat", "resignation" → "resign", "announcement" → "announc", "closur" → "clos"). The endings cut
 * make look-alikes of nouns ("general" → "gener", "personal" → "person"): match the verb it gives
 * against a verb, never against another noun.
 * @example
 * verbOfNoun(stem('closure')) // 'clos'
 */
export function verbOfNoun(s: string): string | null {
  const irregular = IRREGULAR.get(s);
  if (irregular) return irregular;
  for (const suffix of NOMINAL_SUFFIXES)
    if (s.endsWith(suffix) && s.length - suffix.length >= ROOT_MIN) return trimE(s.slice(0, -suffix.length));
  return null;
}

/** Whether noun stem `noun` names the event of verb stem `verb` ("closur" / "clos", "withdrawal" / "withdraw"). */
export const namesEventOf = (noun: string, verb: string): boolean => {
  const v = verbOfNoun(noun);
  return v !== null && trimE(v) === trimE(verb);
};

// How far before a figure the words that name what it measures are read ("closing the library will
// save £180,000": the "-ing" form six tokens before it).
const WINDOW = 8;

// The verbs (an "-ing" form too) and nouns (with their token indexes) of the tokens before `first`,
// back to another number, a semicolon or a colon, at most WINDOW tokens, as stems.
function wordsBefore(
  tokens: readonly Token[],
  first: number,
): { verbs: string[]; nouns: [string, number][] } {
  const verbs: string[] = [];
  const nouns: [string, number][] = [];
  for (let i = first - 1; i >= Math.max(0, first - WINDOW); i--) {
    const t = tokens[i] as Token;
    if (NUMBER_RE.test(t.text) || /^[;:]$/.test(t.text)) break;
    if (t.stop) continue;
    if (t.pos === 'VERB' || t.norm.endsWith('ing')) verbs.push(stem(t.text));
    else if (t.pos === 'NOUN') nouns.push([stem(t.text), i]);
  }
  return { verbs, nouns };
}

const NAMING = new Set(['NOUN', 'PROPN']);

/**
 * The things the noun at `at` is told of, as stems: the nouns and names before it in its phrase ("the
 * Kell pool closure", "the pool's closure") and those of the phrase after "of" ("the closure of the
 * Kell swimming pool").
 */
function namedWith(tokens: readonly Token[], at: number): string[] {
  const out: string[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (NAMING.has(t.pos)) out.push(stem(t.text));
    else if (t.pos !== 'ADJ' && !/^['’]s$/.test(t.text)) break;
  }
  if (tokens[at + 1]?.norm !== 'of') return out;
  for (let i = at + 2; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (NAMING.has(t.pos)) out.push(stem(t.text));
    else if (t.pos !== 'ADJ' && t.pos !== 'DET' && !/^['’]s$/.test(t.text)) break;
  }
  return out;
}

/**
 * Whether the words before two figures name one event, as a verb on one side and the noun that names
 * its event on the other ("closing the library will save £180,000" / "the closure will save
 * £150,000"): a verb and a noun, never two nouns, and the noun told of nothing the verb's sentence does
 * not name ("the closure of the Kell pool" is another closure than "closing the Orrin library"). `first`
 * is each figure's first token.
 * @example
 * oneEventBefore(tokensA, 6, tokensB, 5) // true for the two sentences above
 */
export function oneEventBefore(
  a: readonly Token[],
  firstA: number,
  b: readonly Token[],
  firstB: number,
): boolean {
  const [x, y] = [wordsBefore(a, firstA), wordsBefore(b, firstB)];
  const told = (
    verbs: readonly string[],
    nouns: readonly [string, number][],
    own: readonly Token[],
    other: readonly Token[],
  ) => {
    const named = new Set(other.map((t) => stem(t.text)));
    return nouns.some(
      ([n, at]) => verbs.some((v) => namesEventOf(n, v)) && namedWith(own, at).every((w) => named.has(w)),
    );
  };
  return told(x.verbs, y.nouns, b, a) || told(y.verbs, x.nouns, a, b);
}
