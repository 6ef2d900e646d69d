import type { Token } from '../../../model/index.ts';
import { fold, foldName } from '../../../text/normalise.ts';
import { oneSpellingApart } from '../../../text/spelling.ts';
import { getModelWords, getStopWords } from '../../../text/wink.ts';
import { TITLES } from '../../extract/data/titles.ts';
import { DEMONYMS, PLACE_NAMES } from '../../extract/index.ts';
import type { Reading } from './reading.ts';
import { foldedWords, isDateWord, sourceAt, sourceWords } from './relations.ts';

// Words too common in names to tell one name from another ("Bank of Vessmark", "the New Port").
const COMMON = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'new']);

// An opening quotation mark or bracket: the word after it opens a clause (or a quotation's).
const OPENING = /^([“"‘'([]|``)$/;

// A word that may stand in a name: a proper noun, or a capitalised word past the clause's first (a
// common word after an opening quotation mark is capitalised by its place too: "“Acquiring …").
const nameLike = (t: Token, i: number, tokens?: readonly Token[]): boolean =>
  t.pos === 'PROPN' ||
  (i > 0 &&
    /^\p{Lu}/u.test(t.text) &&
    /\p{L}/u.test(t.text) &&
    !(OPENING.test(tokens?.[i - 1]?.text ?? '') && getModelWords().has(fold(t.text))));

// The end of the run of name words from `i`: "of", "de", "la" inside one ("Gulf of Vell"), and the
// point of a shortened word ("Vessco Corp.") kept in it; "and" ends it ("Ostland and Velmark" are two).
function runEnd(tokens: readonly Token[], i: number): number {
  let end = i;
  for (;;) {
    const t = tokens[end];
    if (t && nameLike(t, end, tokens)) end++;
    else if (
      t &&
      ((COMMON.has(t.norm) && t.norm !== 'and') || t.text === '.') &&
      tokens[end + 1] &&
      nameLike(tokens[end + 1] as Token, end + 1, tokens)
    )
      end += 2;
    else if (t?.text === '.' && end > i && end < tokens.length - 1) end++;
    else return end;
  }
}

// A word of content: a letter in it, no stop word ("complement", not "the").
const content = (w: string | undefined): boolean =>
  w !== undefined && /\p{L}{3}/u.test(w) && !getStopWords().has(w);

// A run's name words: its common words and shortened words aside.
const ownWords = (run: readonly Token[]): string[] =>
  run.map((t) => fold(t.text)).filter((w) => /\p{L}/u.test(w) && !COMMON.has(w) && !w.endsWith('.'));

// Whether none of a run's name words is in `words` (its common words and dates aside), and it has one.
function untoldRun(run: readonly Token[], words: ReadonlySet<string>): boolean {
  const own = ownWords(run);
  return own.length > 0 && !own.some((w) => words.has(w) || isDateWord(w));
}

// Whether a run of `b`'s is a name the claim does not tell: none of its words (dates aside) a name
// word of the claim's, and fewer than half of them words of the claim at all ("Velden Data
// Systems" is not told by a claim's "data centers").
function strangerRun(run: readonly Token[], a: Reading, inA: ReadonlySet<string>): boolean {
  const own = ownWords(run).filter((w) => !isDateWord(w));
  if (own.length === 0 || own.some((w) => a.nameWords.has(w))) return false;
  return own.filter((w) => inA.has(w)).length * 2 < own.length;
}

// The words next to a run outward, up to the first word of content (at most three): "transiting
// the" before "the Gulf of Vell"; and whether that word was reached.
function frame(tokens: readonly Token[], from: number, step: 1 | -1): { key: string; content: boolean } {
  const words: string[] = [];
  for (let k = from; k >= 0 && k < tokens.length && words.length < 3; k += step) {
    const w = (tokens[k] as Token).norm;
    words.push(w);
    if (content(w)) return { key: words.join(' '), content: true };
    if (!/\p{L}/u.test(w)) break;
  }
  return { key: words.join(' '), content: false };
}

// Whether one name is the other written short: its letters the other's initials ("UK" / "United
// Kingdom") or the start of it ("Tenn." / "Tennessee").
function short(x: string, y: string): boolean {
  const letters = x.replace(/[^\p{L}]/gu, '').toLowerCase();
  const initials = (y.match(/\p{L}+/gu) ?? []).map((w) => w[0]?.toLowerCase()).join('');
  return (
    letters.length >= 2 && (letters === initials || (letters.length >= 3 && fold(y).startsWith(letters)))
  );
}

const text = (run: readonly Token[]) => run.map((t) => t.text).join(' ');

// The country a run names by one of its names or its people's word ("US", "America", "American":
// United States), or null.
const countryOf = (run: readonly Token[]): string | null => {
  const key = foldName(text(run)).replace(/^the /, '');
  return PLACE_NAMES.get(key) ?? DEMONYMS.get(key) ?? null;
};

// A run's words that name: its own words, titles aside ("Dr.", "President": two names may share one).
const naming = (run: readonly Token[]): string[] => ownWords(run).filter((w) => TITLES[w] === undefined);

/**
 * Whether two runs may name one thing: one written short, a naming word of each one spelling apart
 * ("Technicolor" / "Technicolour"; not a title or a common word both hold, "Dr. Benn" / "Dr. Ivo
 * Marsh"), or one country by two of its words ("the US navy" / "the American navy").
 */
export const sameName = (x: readonly Token[], y: readonly Token[]): boolean =>
  (countryOf(x) !== null && countryOf(x) === countryOf(y)) ||
  short(text(x), text(y)) ||
  short(text(y), text(x)) ||
  naming(x).some((u) => naming(y).some((v) => oneSpellingApart(u, v)));

// The words of a candidate, less the names it tells only as who reports it ("HP says that … complement
// IBM's services" tells no HP that takes part).
function playingWords(b: Reading): ReadonlySet<string> {
  const all = foldedWords(b);
  const at = sourceAt(b);
  if (at.size === 0) return all;
  const elsewhere = new Set(b.claim.tokens.filter((_, k) => !at.has(k)).map((t) => fold(t.text)));
  const only = [...sourceWords(b)].filter((w) => !elsewhere.has(w));
  return only.length ? new Set([...all].filter((w) => !only.includes(w))) : all;
}

/**
 * Whether `b` names another one in the place of a name of the claim's: between the same two words
 * (one of them a word, not a mark), the claim has a name `b` does not tell by any of its words and
 * `b` has a name the claim does not tell ("complement Vessco's services" / "complement Ardent's
 * services", "to have Dana Oren host the awards" / "to have Ivo Brand host …", "in the Gulf of Vell
 * on Friday" / "in Ostland on Friday"). The share of names `b` holds may still be high when the
 * claim names several, and a quotation's names are no speaker's: the one in its place makes it
 * another participant. A name written short ("UK" / "United Kingdom"), spelt another way
 * ("Technicolour") or a country's told by another of its words ("US" / "American") is the same name;
 * who reports the claim is no participant, nor does a candidate that names the claim's one only as
 * who reports it tell it.
 */
export function standIn(a: Reading, b: Reading): boolean {
  const ta = a.claim.tokens;
  const tb = b.claim.tokens;
  const inA = foldedWords(a);
  const inB = playingWords(b);
  const sources = sourceAt(a);
  for (let i = 0; i < ta.length; i++) {
    if (!nameLike(ta[i] as Token, i, ta) || (i > 0 && nameLike(ta[i - 1] as Token, i - 1, ta))) continue;
    const end = runEnd(ta, i);
    const run = ta.slice(i, end);
    const before = ta[i - 1]?.norm;
    const after = ta[end]?.norm;
    if (!untoldRun(run, inB)) continue;
    // who reports the claim is its source, not a participant (where it reports it: "HP said … complement
    // HP's services" has HP take part too); a common word opening the clause ("Police allege …") is
    // capitalised by its place
    const reports = (t: Token, k: number) =>
      !/\p{L}/u.test(t.text) || sources.has(i + k) || (i === 0 && getModelWords().has(fold(t.text)));
    if (run.every(reports)) continue;
    const [left, right] = [frame(ta, i - 1, -1), frame(ta, end, 1)];
    // the same words around a run of names in `b` that the claim does not tell: both, or one that
    // is a content word ("complement Vessco's …")
    for (let k = 0; k < tb.length; k++) {
      if (!nameLike(tb[k] as Token, k, tb) || (k > 0 && nameLike(tb[k - 1] as Token, k - 1, tb))) continue;
      const stop = runEnd(tb, k);
      const other = tb.slice(k, stop);
      const sameBefore = (k === 0 ? undefined : tb[k - 1]?.norm) === before;
      const sameAfter = tb[stop]?.norm === after;
      // or the same words up to a word of content on one side ("transiting the Gulf of Vell")
      const [l, r] = [frame(tb, k - 1, -1), frame(tb, stop, 1)];
      const framed =
        (sameBefore && sameAfter && [before, after].some((w) => w !== undefined && /\p{L}/u.test(w))) ||
        (sameBefore && content(before)) ||
        (sameAfter && content(after)) ||
        (left.content && l.key === left.key) ||
        (right.content && r.key === right.key);
      if (framed && strangerRun(other, a, inA) && !sameName(run, other)) return true;
    }
  }
  return false;
}
