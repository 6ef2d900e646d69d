import type { Token } from '../../../model/index.ts';
import { stem } from '../../../text/normalise.ts';
import { REPORTING_STEMS } from '../data/word-forms.ts';
import { nameAsVerb } from './predicate-words.ts';
import { perReading, type Reading } from './reading.ts';

const isVerb = (t: Token | undefined): boolean => t?.pos === 'VERB' || t?.pos === 'AUX';

// The tokens of an "as … reported" aside that ends its clause ("…, as the Canadian Broadcasting
// Corp. reported."): "as", then words with no verb, then a reporting verb last before the end.
function asideAt(tokens: readonly Token[], stems: readonly string[]): [number, number] | null {
  let end = tokens.length - 1;
  while (end >= 0 && (tokens[end] as Token).pos === 'PUNCT') end--;
  const last = tokens[end];
  if (!last || !isVerb(last) || !REPORTING_STEMS.has(stems[end] as string)) return null;
  for (let k = end - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.norm === 'as') return [k, end];
    if (isVerb(t) || (t.pos === 'PUNCT' && t.text !== ',' && t.text !== '.')) return null;
  }
  return null;
}

/**
 * Whether a clause has a verb outside an "as … reported" aside at its end: "Christmas party as
 * Benjamin Banky, 40, the Canadian Broadcasting Corp. reported." (a piece of a longer sentence) has
 * none, and so asserts nothing; "The pier closed on Monday, as the council said." does.
 */
export const hasOwnVerb = perReading((r: Reading): boolean => {
  const tokens = r.claim.tokens;
  const aside = asideAt(tokens, r.claim.tokenStems);
  return tokens.some((t, i) => isVerb(t) && (aside === null || i < aside[0] || i > aside[1]));
});

/**
 * How many tokens a clause has besides the attribution that ends it ("…, the pirate skiffs reversed
 * course,” Captain Ada Nambiar, Chief Public Relations Officer, Defence, said.") or opens it
 * ("Officials said that …"): who said it is not more that the clause tells. The clause's length
 * when it has neither.
 */
export const toldLength = perReading((r: Reading): number => closingAt(r) - openingReport(r));

/** The token range [start, end) of a clause besides the attribution that opens or ends it (see toldLength). */
export const toldSpan = perReading((r: Reading): readonly [number, number] => [
  openingReport(r),
  closingAt(r),
]);

// Where the attribution that ends the clause starts, or the clause's length.
function closingAt(r: Reading): number {
  const tokens = r.claim.tokens;
  let end = tokens.length - 1;
  while (end >= 0 && (tokens[end] as Token).pos === 'PUNCT') end--;
  const last = tokens[end];
  if (!last || !isVerb(last) || !REPORTING_STEMS.has(r.claim.tokenStems[end] as string)) return tokens.length;
  // back over the speaker's name and titles to the closing quotation mark before them
  for (let k = end - 1; k > 0; k--) {
    const t = tokens[k] as Token;
    if (isVerb(t)) return tokens.length;
    if (t.pos === 'PUNCT' && /^[”"]$/.test(t.text)) return tokens[k - 1]?.text === ',' ? k - 1 : k;
  }
  return tokens.length;
}

// How many tokens an opening attribution takes: a reporter of at most four words, no punctuation, its
// reporting verb first of the clause's verbs, and a "that" after it ("Officials said that …", "The
// harbour office says …"); 0 when the clause opens otherwise.
function openingReport(r: Reading): number {
  const tokens = r.claim.tokens;
  const verb = tokens.findIndex(isVerb);
  if (verb < 1 || verb > 4 || !REPORTING_STEMS.has(r.claim.tokenStems[verb] as string)) return 0;
  if (tokens.slice(0, verb).some((t) => t.pos === 'PUNCT')) return 0;
  return tokens[verb + 1]?.norm === 'that' ? verb + 2 : verb + 1;
}

/**
 * Whether the clause only names who told something: a name, then nothing but reporting verbs
 * ("Constable Ada Kowalczyk told a news conference."). A clause whose reported words come first
 * ("The line cost 300 million euros, the city said") is not one, even when its verb is misread.
 */
export const onlyReporting = perReading((r) => {
  const tokens = r.claim.tokens;
  const verb = (t: Token, i: number) => isVerb(t) && !nameAsVerb(tokens, i);
  const verbs = tokens.filter(verb);
  const first = tokens.findIndex(verb);
  const before = tokens.slice(0, first);
  return (
    verbs.length > 0 &&
    verbs.every((t) => REPORTING_STEMS.has(stem(t.text))) &&
    before.some((t) => t.pos === 'PROPN') &&
    before.every((t) => t.pos !== 'PUNCT' || t.text === '.')
  );
});

const RELATIVE = new Set(['that', 'which', 'who']);
/**
 * Whether the clause is a noun phrase and the relative clause that describes it, with no verb of its
 * own after ("com), a consulting company that specializes in …", a piece cut from a longer sentence):
 * it asserts nothing.
 */
export const onlyRelativeClause = perReading((r) => {
  const tokens = r.claim.tokens;
  const rel = tokens.findIndex(
    (t, i) => RELATIVE.has(t.norm) && ['NOUN', 'PROPN'].includes(tokens[i - 1]?.pos ?? ''),
  );
  if (rel < 0 || !isVerb(tokens[rel + 1]) || tokens.slice(0, rel).some(isVerb)) return false;
  // the relative clause's verbs, then none: a second run of verbs would be the main clause's
  let groups = 0;
  tokens.slice(rel + 1).forEach((t, i, rest) => {
    if (isVerb(t) && !isVerb(rest[i - 1])) groups++;
  });
  return groups === 1;
});
