import type { Token } from '../../../model/index.ts';
import { fold } from '../../../text/normalise.ts';
import { REPORTING_STEMS } from '../data/word-forms.ts';
import { perReading, type Reading } from './reading.ts';
import { foldedWords } from './relations.ts';

/** Who a clause says told it: the head of the reporting verb's subject, and whose it is. */
interface Reporter {
  /** The subject's head word ("Ada Kowalczyk said" → Kowalczyk, "the survey's centre said" → centre). */
  readonly head: Token;
  /** The folded name the head belongs to ("Ashby's lawyers said" → "ashby"), or null. */
  readonly possessor: string | null;
  /** That name, or the name right before the head ("a Navy spokesman said" → "navy"), or null. */
  readonly owner: string | null;
}

const POSSESSIVE = new Set(["'s", "'", '’s', '’']);
const isNoun = (t: Token | undefined): boolean => t?.pos === 'NOUN' || t?.pos === 'PROPN';

// The subject phrase of the reporting verb at i: the words before it (past auxiliaries and
// adverbs, "has claimed"), else the words after it when the verb opens the clause or follows a
// comma ("…, said Ada Kowalczyk"); up to punctuation other than an apostrophe, or another verb.
function subjectOf(tokens: readonly Token[], i: number): Token[] {
  const stops = (t: Token) =>
    t.pos === 'VERB' ||
    t.pos === 'AUX' ||
    t.pos === 'CCONJ' ||
    t.pos === 'SCONJ' ||
    (t.pos === 'PUNCT' && !POSSESSIVE.has(t.text));
  const phrase: Token[] = [];
  let k = i - 1;
  while (k >= 0 && (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV')) k--;
  for (; k >= 0 && !stops(tokens[k] as Token); k--) phrase.unshift(tokens[k] as Token);
  if (phrase.length || (i > 0 && tokens[i - 1]?.text !== ',')) return phrase;
  // "According to Ostland's centre, …": the source after "to"
  k = tokens[i]?.norm === 'according' && tokens[i + 1]?.norm === 'to' ? i + 2 : i + 1;
  for (; k < tokens.length && !stops(tokens[k] as Token); k++) phrase.push(tokens[k] as Token);
  // "…, said Ada Kowalczyk." ends the clause; "Ada Holm, head of the office, said staff were …"
  // goes on to what is said: its source is the name before the aside
  const closes = k >= tokens.length || tokens[k]?.pos === 'PUNCT';
  return closes ? phrase : (beforeAside(tokens, i - 1, stops) ?? phrase);
}

const ASIDE_OPENERS = new Set(['who', 'whose', 'which']);

// The subject before an aside set off by commas that ends at `comma` ("Ada Holm, head of the office,"
// "Ada Holm, whose ward lies on the coast,"): an aside with no verb, or a relative clause; null when
// the words before `comma` are no such aside after a noun.
function beforeAside(tokens: readonly Token[], comma: number, stops: (t: Token) => boolean): Token[] | null {
  const open = tokens.slice(0, comma).findLastIndex((t) => t.text === ',');
  const aside = tokens.slice(open + 1, comma);
  if (open < 1 || aside.length === 0) return null;
  const relative = ASIDE_OPENERS.has(aside[0]?.norm ?? '');
  if (!relative && aside.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  if (!isNoun(tokens[open - 1])) return null;
  const phrase: Token[] = [];
  for (let k = open - 1; k >= 0 && !stops(tokens[k] as Token); k--) phrase.unshift(tokens[k] as Token);
  return phrase;
}

// A reporting verb a tagger read as a noun: between a noun and a pronoun or "that" ("Ashby's
// defenders claim he is …").
const verbAsNoun = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.pos === 'NOUN' &&
  isNoun(tokens[i - 1]) &&
  (tokens[i + 1]?.pos === 'PRON' || tokens[i + 1]?.norm === 'that');

// The first reporting verb's subject, read for its head (the last noun before any preposition: "the
// head of the agency" → head) and the name it belongs to.
const reportersOf = perReading((r: Reading): Reporter[] => {
  const tokens = r.claim.tokens;
  const stems = r.claim.tokenStems;
  const found: Reporter[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!REPORTING_STEMS.has(stems[i] as string) || !(tokens[i]?.pos === 'VERB' || verbAsNoun(tokens, i)))
      continue;
    const phrase = subjectOf(tokens, i);
    const upTo = phrase.findIndex((t) => t.pos === 'ADP');
    const own = upTo < 0 ? phrase : phrase.slice(0, upTo);
    let h = own.length - 1;
    while (h >= 0 && !isNoun(own[h])) h--;
    if (h < 0) {
      // the first reporting verb with no noun for its source leaves the clause without one
      if (found.length === 0) return found;
      continue;
    }
    const mark = own.slice(0, h).findLastIndex((t) => POSSESSIVE.has(t.text));
    const owner = own[mark - 1];
    const possessor = mark > 0 && owner?.pos === 'PROPN' ? fold(owner.text) : null;
    const before = own[h - 1];
    const named = before?.pos === 'PROPN' && /^\p{Lu}/u.test(before.text) ? fold(before.text) : null;
    found.push({ head: own[h] as Token, possessor, owner: possessor ?? named });
  }
  return found;
});

// The first reporting verb's source, or null.
const reporterOf = (r: Reading): Reporter | null => reportersOf(r)[0] ?? null;

// A source named on one side and, on the other, the office of another name, which the first side
// never mentions: "The USGS said" / "Iran's seismological centre said".
const otherOwner = (name: string | null, other: Reporter, side: Reading): boolean =>
  name !== null &&
  other.head.pos === 'NOUN' &&
  other.possessor !== null &&
  other.possessor !== name &&
  !foldedWords(side).has(other.possessor);

// One office of two owners, each unnamed on the other side: "Ostland's centre said" / "according to
// Velmark's centre", "a Navy spokesman said" / "a Coast Guard spokesman said".
const otherOffice = (ra: Reporter, rb: Reporter, a: Reading, b: Reading): boolean =>
  ra.head.pos === 'NOUN' &&
  rb.head.pos === 'NOUN' &&
  fold(ra.head.text) === fold(rb.head.text) &&
  ra.owner !== null &&
  rb.owner !== null &&
  ra.owner !== rb.owner &&
  !foldedWords(a).has(rb.owner) &&
  !foldedWords(b).has(ra.owner);

// Two people named as the source, each unnamed on the other side: "Lt. Ada Holm said" / "Lt. Ivo
// Brandt said" (a person and a body, "Vessco said" / "Ada Holm said", are left alone).
const person = (x: Reporter, r: Reading): string | null => {
  const w = fold(x.head.text);
  return x.head.pos === 'PROPN' && [...r.claim.persons.values()].some((ws) => ws.includes(w)) ? w : null;
};
const otherPerson = (ra: Reporter, rb: Reporter, a: Reading, b: Reading): boolean => {
  const [pa, pb] = [person(ra, a), person(rb, b)];
  return pa !== null && pb !== null && pa !== pb && !foldedWords(a).has(pb) && !foldedWords(b).has(pa);
};

/**
 * Whether one side's source is the other's possessor: "Ashby has claimed he was the victim" is not
 * stated by "Ashby's defenders claim he is" (nor the other way round); or one office of two owners
 * (otherOffice), or two people (otherPerson). Two sources named otherwise are left alone ("the CHP said" / "Officer Brad Baehr
 * said": the labelled pairs take them for one).
 */
export function otherReporter(a: Reading, b: Reading): boolean {
  const ra = reporterOf(a);
  const rb = reporterOf(b);
  if (!ra || !rb) return false;
  const name = (x: Reporter) => (x.head.pos === 'PROPN' ? fold(x.head.text) : null);
  const [na, nb] = [name(ra), name(rb)];
  return (
    (na !== null && rb.head.pos === 'NOUN' && rb.possessor === na) ||
    (nb !== null && ra.head.pos === 'NOUN' && ra.possessor === nb) ||
    otherOwner(na, rb, a) ||
    otherOwner(nb, ra, b) ||
    otherOffice(ra, rb, a, b) ||
    // every source, not the first only: "Witnesses said …, Lt. Ada Holm said" names two
    reportersOf(a).some((xa) => reportersOf(b).some((xb) => otherPerson(xa, xb, a, b)))
  );
}

// The words a name list of sources may hold: "said Ada Holm and Tom Berrow", "Holm and Berrow said".
const LISTED = new Set(['PROPN', 'NOUN', 'ADJ', 'DET']);

// The persons (entity ids) a clause names as the sources of its reporting verbs, a list joined by
// "and" read whole (the subject phrase above stops at "and"; after the verb when it opens the clause
// or follows a comma or a closing quotation mark), and whether a list named two or more.
const listedReporters = perReading((r: Reading): { ids: ReadonlySet<string>; both: boolean } => {
  const { tokens, tokenStems, persons } = r.claim;
  const ids = new Set<string>();
  let both = false;
  const listed = (t: Token | undefined) => t !== undefined && (LISTED.has(t.pos) || t.norm === 'and');
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.pos !== 'VERB' || !REPORTING_STEMS.has(tokenStems[i] as string)) continue;
    let k = i - 1;
    while (k >= 0 && (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV')) k--;
    const phrase: Token[] = [];
    for (; k >= 0 && listed(tokens[k]); k--) phrase.unshift(tokens[k] as Token);
    if (phrase.length === 0 && (i === 0 || tokens[i - 1]?.pos === 'PUNCT'))
      for (k = i + 1; k < tokens.length && listed(tokens[k]); k++) phrase.push(tokens[k] as Token);
    const words = new Set(phrase.map((t) => fold(t.text)));
    const named = [...persons].filter(([, ws]) => ws.some((w) => !w.endsWith('.') && words.has(w)));
    for (const [id] of named) ids.add(id);
    if (named.length >= 2 && words.has('and')) both = true;
  }
  return { ids, both };
});

/**
 * Whether `a` names two or more persons as its sources ("said Ada Holm and Tom Berrow") and `b`, which
 * names persons as its sources too, leaves one of them out, by entity and by surname: the claim both
 * told is not stated where one of them told it. The other way round it is ("Holm said" is told by
 * "Holm and Berrow said"); a body as `b`'s source ("police said") is left alone.
 */
export function fewerReporters(a: Reading, b: Reading): boolean {
  const mine = listedReporters(a);
  if (!mine.both) return false;
  const theirs = listedReporters(b).ids;
  if (theirs.size === 0) return false;
  const inB = foldedWords(b);
  return [...mine.ids].some((id) => {
    const surname = a.claim.persons.get(id)?.at(-1);
    return !theirs.has(id) && (surname === undefined || !inB.has(surname));
  });
}

// Whether a proper noun written `w` (folded) stands after the clause's first reporting verb: one of
// the names of what is reported, not of who reports it.
function namedInReport(r: Reading, w: string): boolean {
  const { tokens, tokenStems } = r.claim;
  const verb = tokens.findIndex((t, i) => t.pos === 'VERB' && REPORTING_STEMS.has(tokenStems[i] as string));
  return verb >= 0 && tokens.slice(verb + 1).some((t) => t.pos === 'PROPN' && fold(t.text) === w);
}

/**
 * Whether the two sides swap who reports and who is reported on: "Democrats said Republicans blocked
 * the bills" is not stated by "Republicans said Democrats blocked the bills" (each side's source, a
 * name, is a name of what the other reports).
 */
export function swappedReporters(a: Reading, b: Reading): boolean {
  const ra = reporterOf(a);
  const rb = reporterOf(b);
  if (ra?.head.pos !== 'PROPN' || rb?.head.pos !== 'PROPN') return false;
  const [na, nb] = [fold(ra.head.text), fold(rb.head.text)];
  return na !== nb && namedInReport(b, na) && namedInReport(a, nb);
}

/** The folded head word of who a clause says told it ("the Navy spokesman said" → spokesman), or null. */
export const reporterName = (r: Reading): string | null => {
  const reporter = reporterOf(r);
  return reporter ? fold(reporter.head.text) : null;
};
