import { negatedAlike, negatedWords } from '../../text/negated-words.ts';
import { compoundWords } from '../../text/unit-compound.ts';
import { IN_PART_MIN_COVER, IN_PART_RARE } from './patterns.ts';
import { coverOfTerms } from './support/cover.ts';
import type { Reading } from './support/index.ts';
import { perReading } from './support/reading.ts';

const HIGHEST = new WeakMap<ReadonlyMap<string, number>, number>();
const highest = (idf: ReadonlyMap<string, number>): number => {
  let h = HIGHEST.get(idf);
  if (h === undefined) {
    h = -Infinity;
    for (const w of idf.values()) if (w > h) h = w;
    h -= 1e-9;
    HIGHEST.set(idf, h);
  }
  return h;
};

/** How loosely `toldInPart` reads. */
export interface InPartOptions {
  /** The least share of `a`'s IDF-weighted terms `b` holds (IN_PART_MIN_COVER). */
  readonly least?: number;
  /** Whether `b` must hold most of `a`'s rarest terms (IN_PART_RARE; true). */
  readonly rarest?: boolean;
  /**
   * Whether `b` must hold one of `a`'s predicates, as a verb or a noun ("arrested" / "his arrest"),
   * and IN_PART_RARE.held of its other terms (false).
   */
  readonly predicate?: boolean;
  /** Terms of `a` that are no content to hold, such as the words of who reports it (none). */
  readonly skip?: ReadonlySet<string>;
}

/**
 * Whether `b` tells `a` at least in part, in other words than the support judge takes as the same
 * event: `b` holds at least `least` of `a`'s IDF-weighted terms and most of `a`'s rarest terms that
 * some other sentence of the story has (IN_PART_RARE: its names and uncommon words, what makes it this
 * story's point and no other's), one of its figures' values when it tells one, its polarity, and
 * tells as happened what `a` tells as happened. "She had asked the ministry to scrap or lower the tolls
 * on the Arden and Belmont bridges or send more buses to the valley towns" is told in part by "[She]
 * had urged it to ease the tolls on the Arden and Belmont bridges and to provide more buses to the
 * valley" (summarize/in-part.test.ts), though the judge reads other predicates. For the single-source
 * points and the omissions only (compare/omissions.ts, with other options), where a fact wrongly
 * listed is a false line and one wrongly left out only a shorter list: never for ✓ marks or citations.
 * @example
 * toldInPart(read(a), read(b), idf) // a, b: the two sentences above, in one story
 */
export function toldInPart(
  a: Reading,
  b: Reading,
  idf: ReadonlyMap<string, number>,
  options: InPartOptions = {},
): boolean {
  const { least = IN_PART_MIN_COVER, rarest: rare = true, predicate = false, skip } = options;
  // the words of a told age or another number-unit compound ("27-year-old": "year", "old") tell a
  // measure, held by its figure below, and no content: two ages alike are no other fact told in part;
  // nor are the terms the caller skips
  const measure = skip?.size ? new Set([...measureWordsOf(a), ...skip]) : measureWordsOf(a);
  // "an undisclosed sum" / "terms were not disclosed": one word told negated in its two forms is
  // held by the other sentence, and its "not" is no denial of the other's words
  const alike = negatedAlike(negatedOf(a), negatedOf(b));
  const terms = alike.length
    ? new Map([...b.claim.terms, ...alike.map((t) => [t, 1] as const)])
    : b.claim.terms;
  const has = (t: string): boolean => b.allStems.has(t) || alike.includes(t);
  // what happened is not told by a plan or a possibility ("met" / "are due to meet"), nor anything
  // by its denial ("signed" / "did not sign")
  if ((a.negated !== b.negated && !alike.length) || (a.modality === 'happened' && b.modality !== 'happened'))
    return false;
  // names alone tell no event ("the slaying of Madeline Kafoury and the shootings of Paul Riva" does
  // not tell that Kafoury "was standing in the doorway of Riva's office"), nor a predicate with one
  // word more ("homes on the island had been damaged" does not tell "The island's airport was also
  // damaged")
  if (predicate && a.predicates.length) {
    if (!a.predicates.some(has)) return false;
    const verbs = new Set(a.predicates);
    const held = [...a.claim.terms.keys()].filter((t) => !verbs.has(t) && !measure.has(t) && terms.has(t));
    if (held.length < IN_PART_RARE.held) return false;
  }
  const weight = (t: string): number => idf.get(t) ?? 0;
  // a term of one sentence only (the story's highest IDF) no other sentence can hold
  const once = highest(idf);
  const own = [...a.claim.terms.keys()].filter((t) => weight(t) < once && !measure.has(t));
  if ((rare && own.length < IN_PART_RARE.held) || coverOfTerms(a, terms, idf, measure) < least) return false;
  // the rarest terms, ties in the claim's order
  const rarest = own
    .map((t, k) => ({ t, k }))
    .sort((x, y) => weight(y.t) - weight(x.t) || x.k - y.k)
    .slice(0, IN_PART_RARE.of);
  if (rare && rarest.filter(({ t }) => terms.has(t)).length < IN_PART_RARE.held) return false;
  const figures = a.claim.figures;
  return !figures.length || figures.some((f) => b.claim.figures.some((g) => g.value === f.value));
}

/**
 * The stems of which a sentence must hold one (as `allStems`) for `toldInPart(a, b, idf, options)`
 * with `predicate` to be true: `a`'s predicates. Null when any sentence may be: `a` has no predicate,
 * or one of them is a word `a` tells negated, which the other may hold in its other form
 * (`negatedAlike`: "undisclosed" / "not disclosed"). Lets a caller pass over the sentences that hold
 * none with a set look-up, not a reading of the pair (compare/omissions.ts): the verdict is the same.
 */
export function predicateStems(a: Reading): readonly string[] | null {
  if (!a.predicates.length) return null;
  const { prefixed, after } = negatedOf(a);
  return a.predicates.some((p) => prefixed.has(p) || after.has(p)) ? null : a.predicates;
}

// each reading's words told negated, read once
const negatedOf = perReading((r: Reading) => negatedWords(r.claim.tokens, r.claim.tokenStems));

// each reading's terms told only as words of a number-unit compound, read once
const measureWordsOf = perReading((r: Reading): ReadonlySet<string> => {
  const { tokens, tokenStems } = r.claim;
  const inside = compoundWords(tokens);
  if (!inside.size) return new Set<string>();
  const out = new Set<string>();
  for (const k of inside) out.add(tokenStems[k] as string);
  // a word told outside a compound too ("27-year-old … last year") stays a content word
  tokenStems.forEach((t, k) => {
    if (!inside.has(k)) out.delete(t);
  });
  return out;
});
