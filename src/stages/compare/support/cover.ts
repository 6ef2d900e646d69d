// How much of a claim's terms another sentence has, weighted by IDF (alignment's and support's cover).
import { personWordsOf } from './named-apart.ts';
import { perReading, type Reading } from './reading.ts';

/**
 * Share of `a`'s IDF-weighted terms that `b` also has. A place or body `a` names that `b` names only
 * inside a longer name counts as told ("councillors in Veldshire" / "Veldshire County Council": the
 * extract stage keys the two names apart), see namedInside.
 */
export function coverOf(a: Reading, b: Reading, idf: ReadonlyMap<string, number>): number {
  const inside = namedInside(a, b);
  if (inside.length === 0) return coverOfTerms(a, b.claim.terms, idf);
  const terms = new Map(b.claim.terms);
  for (const term of inside) terms.set(term, 1);
  return coverOfTerms(a, terms, idf);
}

/**
 * The entity terms of `a` that `b` lacks though every word `a` names the entity by is a word of a
 * proper name of `b` that names no person ("Veldshire" in "Veldshire County Council"). A person is
 * never told so ("Holm" of "Councillor Holm" is no "Holm Foundation"), nor is a place by a person's
 * name ("in Brandt" is not "Anna Brandt"), nor an entity `a` names only by a resolved pronoun.
 */
export function namedInside(a: Reading, b: Reading): string[] {
  const out: string[] = [];
  for (const { term, words } of namedTerms(a)) {
    if (b.claim.terms.has(term)) continue;
    const personWords = personWordsOf(b);
    if (words.every((w) => b.nameWords.has(w) && !personWords.has(w))) out.push(term);
  }
  return out;
}

// Each entity other than a person a reading names, with its term key (`e:` id) and the words it is
// named by: read once per reading, not once per pair it is judged in.
const namedTerms = perReading((r: Reading): readonly { term: string; words: readonly string[] }[] =>
  [...r.claim.named].map(([id, words]) => ({ term: `e:${id}`, words })),
);

/**
 * `coverOf` against a claim's terms, asked before the claim is read (facts.ts); `a`'s terms in `skip`
 * are left out of both sums (in-part.ts: the words of a number-unit compound).
 */
export function coverOfTerms(
  a: Reading,
  other: ReadonlyMap<string, number>,
  idf: ReadonlyMap<string, number>,
  skip?: ReadonlySet<string>,
): number {
  const { terms, weights, all } = weighted(a, idf);
  if (skip?.size) return coverSkipping(terms, weights, other, skip);
  let shared = 0;
  // summed in the terms' order, as `all` was: the same sums to the last bit
  for (let k = 0; k < terms.length; k++) if (other.has(terms[k] as string)) shared += weights[k] as number;
  return all > 0 ? shared / all : 0;
}

// `coverOfTerms` with the terms of `skip` left out, summed in the terms' order as well
function coverSkipping(
  terms: readonly string[],
  weights: readonly number[],
  other: ReadonlyMap<string, number>,
  skip: ReadonlySet<string>,
): number {
  let [shared, all] = [0, 0];
  for (let k = 0; k < terms.length; k++) {
    const term = terms[k] as string;
    if (skip.has(term)) continue;
    all += weights[k] as number;
    if (other.has(term)) shared += weights[k] as number;
  }
  return all > 0 ? shared / all : 0;
}

// A reading's terms with their IDF weights and its total, per IDF table: worked out once per
// reading, not once per pair it is judged in.
interface Weighted {
  readonly terms: readonly string[];
  readonly weights: readonly number[];
  readonly all: number;
}
const WEIGHTED = new WeakMap<ReadonlyMap<string, number>, WeakMap<Reading, Weighted>>();
function weighted(r: Reading, idf: ReadonlyMap<string, number>): Weighted {
  let byReading = WEIGHTED.get(idf);
  if (!byReading) {
    byReading = new WeakMap();
    WEIGHTED.set(idf, byReading);
  }
  let out = byReading.get(r);
  if (!out) {
    const terms: string[] = [];
    const weights: number[] = [];
    let all = 0;
    for (const [term, w] of r.claim.terms) {
      const x = w * (idf.get(term) ?? 1);
      all += x;
      terms.push(term);
      weights.push(x);
    }
    out = { terms, weights, all };
    byReading.set(r, out);
  }
  return out;
}
