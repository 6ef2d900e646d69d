import { type Doc, type DocSentence, sentenceOf, spacedAt, type Tok } from '../../../text/annotated.ts';
import {
  COMPARISON_BASES,
  DURATION_QUALIFIERS,
  PERIOD_FILLERS,
  PERIOD_PREPOSITIONS,
  RATE_ADVERBS,
  RATE_WORDS,
  TIME_UNITS,
} from '../../../text/data/numbers.ts';
import { isNumberToken } from '../../../text/number-token.ts';
import { CLAUSE_COORDINATORS, RELATIVE_PRONOUNS, TIME_DISTANCE_WORDS } from '../data/function-words.ts';
import { asideBefore, lengthOfTime, opensClause, possessive, verbPhraseBreak } from './own-period.ts';

/** Farthest a date phrase may be from a number, in tokens, to be its period. */
const PERIOD_REACH = 12;

/**
 * True when the token at k opens another clause: a relative pronoun or "that" not used as a determiner
 * ("a race that took place at the annual fair", "ensure that crews are tested weekly"), or a comma and a
 * conjunction.
 */
function opensClauseAt(doc: Doc, k: number): boolean {
  const t = doc.tokens[k] as Tok;
  if (RELATIVE_PRONOUNS.has(t.norm)) return t.pos !== 'DET';
  return coordinatedAt(doc, k);
}

// Whether the token at k is a comma that a conjunction follows ("…, and", "…, but").
function coordinatedAt(doc: Doc, k: number): boolean {
  return doc.tokens[k]?.text === ',' && CLAUSE_COORDINATORS.has(doc.tokens[k + 1]?.norm ?? '');
}

/** The time unit of a rate from `from` on ("daily", "a day", "per week"), before the next number or clause. */
export function rateNear(doc: Doc, from: number, end: number): string | null {
  for (let k = from; k < end; k++) {
    const t = doc.tokens[k] as Tok;
    if (t.text === ';' || (isNumberToken(t) && k > from)) return null;
    if (k > from && opensClauseAt(doc, k)) return null;
    if (RATE_ADVERBS[t.norm] && t.pos !== 'NOUN') return RATE_ADVERBS[t.norm] ?? null;
    const next = doc.tokens[k + 1];
    // "well over an hour" is a length of time, not a rate
    const measured = DURATION_QUALIFIERS.has(doc.tokens[k - 1]?.norm ?? '');
    // "a second jolt", "a second line": "second" before a noun is the ordinal, no unit of a rate
    const ordinal = next?.norm === 'second' && doc.tokens[k + 2]?.pos === 'NOUN';
    // "its first cut in a year": a record's span, no rate
    const record = PERIOD_PREPOSITIONS.has(doc.tokens[k - 1]?.norm ?? '') && recordBefore(doc, k - 1);
    if (
      RATE_WORDS.has(t.norm) &&
      !record &&
      next &&
      TIME_UNITS.has(next.norm) &&
      !next.norm.endsWith('s') &&
      !measured &&
      !ordinal
    )
      return next.norm;
  }
  return null;
}

/** Date and duration phrases of a sentence with their leading preposition: "in fiscal year 2023", "in just five days". */
export function periodPhrases(doc: Doc, s: DocSentence): [number, number][] {
  const out: [number, number][] = [];
  for (let k = s.first; k < s.end; k++) {
    const t = doc.tokens[k] as Tok;
    if (t.entity !== 'DATE' && t.entity !== 'DURATION') continue;
    let a = k;
    let b = k;
    while (
      b < s.end &&
      ((doc.tokens[b] as Tok).entity === 'DATE' || (doc.tokens[b] as Tok).entity === 'DURATION')
    )
      b++;
    // a list of dates is one period ("in 1994, 1996 and 2002")
    b = listEnd(doc, b, s.end);
    // "in the early 1990's": the decade's "'s", which the tokeniser splits off, is the period's
    b = decadeEnd(doc, b, s.end);
    while (a > s.first && PERIOD_FILLERS.has((doc.tokens[a - 1] as Tok).norm)) a--;
    const prep = a > s.first && PERIOD_PREPOSITIONS.has((doc.tokens[a - 1] as Tok).norm);
    if (prep) a--;
    // a period is a stretch of time ("in November", "over the past week"), not the day something happened,
    // nor a distance between two events ("little over a month after a bandit made off with $136M")
    const stretch = prep || PERIOD_PREPOSITIONS.has((doc.tokens[a] as Tok).norm);
    const distance = t.entity === 'DURATION' && TIME_DISTANCE_WORDS.has(doc.tokens[b]?.norm ?? '');
    if (stretch && !distance) out.push([a, b]);
    k = b - 1;
  }
  return out;
}

/** Where a list of dates goes on after the date ending at b: ", 1996, 1999 and 2002"; else b. */
function listEnd(doc: Doc, b: number, end: number): number {
  let k = b;
  while (k + 1 < end && /^(?:,|and)$/.test((doc.tokens[k] as Tok).text)) {
    let next = k + 1;
    if ((doc.tokens[next] as Tok).text === 'and' && (doc.tokens[k] as Tok).text === ',') next++;
    if (next >= end || !dateOrYear(doc.tokens[next] as Tok)) break;
    while (next < end && dateOrYear(doc.tokens[next] as Tok)) next++;
    k = next;
  }
  return k;
}

/** Past a decade's "'s" split off at b ("1990" "'" "s"); else b. */
function decadeEnd(doc: Doc, b: number, end: number): number {
  const [mark, s] = [doc.tokens[b], doc.tokens[b + 1]];
  const decade = /0$/.test(doc.tokens[b - 1]?.text ?? '');
  return decade &&
    b + 1 < end &&
    mark &&
    s &&
    /^['’]$/.test(mark.text) &&
    !spacedAt(doc, b) &&
    /^s\.?$/.test(s.norm) &&
    !spacedAt(doc, b + 1)
    ? b + 2
    : b;
}

/** A date, or a year the tagger took for a number inside a list of years ("1994, 1996 and 2002"). */
const dateOrYear = (t: Tok): boolean => t.entity === 'DATE' || /^(?:1[6-9]|20)\d\d$/.test(t.text);

/** Tokens before a period's preposition in which "first time" or a superlative makes it a record's span. */
const RECORD_REACH = 5;

/**
 * "the first time in 21 years", "its first cut in more than a year", "the third rise in a year", "the
 * busiest month at the border in 21 years": a record's span, not a period.
 */
function recordSpan(doc: Doc, p: [number, number]): boolean {
  return doc.tokens.slice(p[0], p[1]).some((t) => t.entity === 'DURATION') && recordBefore(doc, p[0]);
}

// Whether "first" or another ordinal before a noun, or a superlative, stands in the few tokens of its
// sentence before the preposition at `at` ("its first cut in", "the busiest month at the border in").
function recordBefore(doc: Doc, at: number): boolean {
  const sentence = sentenceOf(doc, at);
  for (let k = at - 1; k >= Math.max(0, at - RECORD_REACH); k--) {
    const t = doc.tokens[k] as Tok;
    if (sentenceOf(doc, k) !== sentence) break;
    // "the first time in 14 years", "its first reduction in more than a year", "the third rise in a year"
    if ((t.norm === 'first' || t.entity === 'ORDINAL') && doc.tokens[k + 1]?.pos === 'NOUN') return true;
    if (t.pos === 'ADJ' && /(?:est|most)$/.test(t.norm)) return true;
  }
  return false;
}

/**
 * True when the period p after the figure ending at `last` is told of the base of a comparison between
 * them: "a 13 percent increase over the 188,000 … encountered in June" (June is the base's month).
 */
function baseBetween(doc: Doc, last: number, p: [number, number]): boolean {
  let base = false;
  for (let k = last; k < p[0]; k++) {
    const t = doc.tokens[k] as Tok;
    if (COMPARISON_BASES.has(t.norm)) base = true;
    else if (base && isNumberToken(t)) return true;
  }
  return false;
}

/** "up to 90 days, up from 28 days": "up from" or "down from" opens the value a change started at, no period. */
function changeBase(doc: Doc, p: [number, number]): boolean {
  const before = doc.tokens[p[0] - 1]?.norm;
  return doc.tokens[p[0]]?.norm === 'from' && (before === 'up' || before === 'down');
}

/** The period phrase nearest the figure first..last that no nearer figure took; marks it taken. */
export function nearestPeriod(
  doc: Doc,
  periods: readonly [number, number][],
  first: number,
  last: number,
  taken: [number, number][],
): [number, number] | null {
  let best: [number, number] | null = null;
  let distance = Number.POSITIVE_INFINITY;
  for (const p of periods) {
    if (p[0] < last && p[1] > first) continue;
    // a period already told of a nearer figure is not this one's ("80,000 containers in February, … 1,100 trucks")
    if (taken.includes(p)) continue;
    if ((p[0] >= last && baseBetween(doc, last, p)) || recordSpan(doc, p) || changeBase(doc, p)) continue;
    // "The ground shook over 10 seconds, and at least four aftershocks followed": another clause's period
    if (p[0] >= last ? clauseBreak(doc, last, p[0]) : clauseBreak(doc, p[1], first)) continue;
    // "waiting, some for more than two years", "decided within six weeks": how long, or a limit, not
    // the stretch the count is of; "settle every claim by March and process the 9,000-claim backlog":
    // another verb's; "The backlog, now put at 9,500, will be cleared by …": past an aside
    // (a date owning a noun is a base, "beating last year's total by 2,000", unless it opens the
    // figure's clause, its frame: "This year's festival brought 38 stalls")
    if (lengthOfTime(doc, p) || (possessive(doc, p) && (p[0] >= last || !opensClause(doc, p[0])))) continue;
    // (a period after both verb phrases may be of both: "add 12 sailings a day and run buses from Monday")
    if (p[0] < last && verbPhraseBreak(doc, p[1], first)) continue;
    if (p[0] >= last && asideBefore(doc, first, last, p[0])) continue;
    const d = p[0] >= last ? p[0] - last : first - p[1];
    if (d < distance && d <= PERIOD_REACH) {
      best = p;
      distance = d;
    }
  }
  if (best) taken.push(best);
  return best;
}

/**
 * True when another clause opens between the tokens from and to: a semicolon, or a comma and a
 * conjunction ("…, and", "…, but"); a comma alone does not ("In 2022, 200 people died").
 */
export function clauseBreak(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if ((doc.tokens[k] as Tok).text === ';' || coordinatedAt(doc, k)) return true;
  return false;
}

/** A figure's period as shown: its rate ("a day") and its period phrase, unless that only repeats the rate. */
export function periodLabel(rate: string | null, periodText: string | null): string | null {
  // the sentence's full stop, which the tokeniser left on a decade's "s." ("in the 1990's.")
  const text = periodText?.replace(/(['’]s)\.$/, '$1') ?? null;
  return (
    [
      rate ? `${/^(?:[aeiou]|hour)/.test(rate) ? 'an' : 'a'} ${rate}` : null,
      text && !sameAsRate(text, rate) ? text : null,
    ]
      .filter(Boolean)
      .join(', ') || null
  );
}

/** "a day" after a rate of "day": the period only repeats the rate. */
function sameAsRate(period: string, rate: string | null): boolean {
  if (!rate) return false;
  const words = period.toLowerCase().split(/\s+/);
  return words.at(-1)?.replace(/s$/, '') === rate && words.length <= 2;
}
