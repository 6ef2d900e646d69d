// What the words around a number tell about it: the phrase it starts, the rate ("a day"), the
// time frame ("in 2022"), the noun it counts and the nouns before it. Read by quantities.ts.

import type { Token } from '../model/index.ts';
import { countStatusWord } from './count-status.ts';
import { MEASURE_UNITS, NUMBER_WORDS, UNIT_ABBREVIATIONS } from './data/numbers.ts';
import { RATE_PHRASES, SPAN_AFTER, TIME_RELATIONS } from './data/quantities.ts';
import { headlineVerbAt } from './headline-verb.ts';
import { codeNumberAt } from './model-number.ts';
import { fold, stem } from './normalise.ts';
import { wholeAfterOf } from './number-at.ts';
import { NUMBER_RE, PLURAL_ENDING, YEAR_RE } from './patterns.ts';

const RATES = RATE_PHRASES.map((r) => ({ words: r.phrase.split(' '), period: r.period }));
// the first words of the phrases, so that a token that starts none is passed over at once
const RATE_FIRST = new Set(RATES.map((r) => r.words[0]));

/** Whether the token at `at` is the first word of one of the phrases whose first words are `first`. */
export const startsOne = (
  first: ReadonlySet<string | undefined>,
  tokens: readonly Token[],
  at: number,
): boolean => first.has(fold(tokens[at]?.text ?? ''));

/** Whether the folded tokens from `at` are exactly `words`. */
export function wordsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  return words.every((w, k) => fold(tokens[at + k]?.text ?? '') === w);
}

/**
 * Whether a vague quantity may stop before the token at `at`: "of" ("thousands of migrants"), and
 * for a bare plural ("dozens more", "hundreds injured") a word that is not a noun it would modify ("test scores").
 */
export function vagueFollower(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  const next = tokens[at];
  if (!next) return false;
  if (fold(next.text) === 'of') return true;
  if (words.length > 1 || words[0] === 'scores') return false;
  return next.norm === 'more' || next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'NOUN';
}

/** Stems of the nouns in the few words before a number, back to the previous number or clause break. */
export function contextBefore(tokens: readonly Token[], first: number): string[] {
  const nouns: string[] = [];
  for (let i = first - 1; i >= Math.max(0, first - 6); i--) {
    const t = tokens[i] as Token;
    if (NUMBER_RE.test(t.text) || /^[;:]$/.test(t.text)) break;
    // nouns, and -ing forms used as nouns ("the dredging at $12 million")
    if (!t.stop && (t.pos === 'NOUN' || /ing$/.test(t.norm))) nouns.push(stem(t.text));
  }
  return nouns;
}

/**
 * The period of the rate phrase starting at token `at`, or null. "a day" before a word that places
 * an event in time is a span, not a rate: always before "later", "earlier", "ago" ("a week later"),
 * and before "after", "before", "since" unless the phrase follows its number at once ("averaged 340 a
 * day since May", "900 passengers a day before the strike" are rates; "sent a day after about 340
 * migrants crossed", "340 were detained a day after the vote" are not; "120 people a day after the vote"
 * reads as a rate, as "900 passengers a day before the strike" must).
 */
function rateAt(tokens: readonly Token[], at: number, adjacent: boolean): string | null {
  if (!startsOne(RATE_FIRST, tokens, at)) return null;
  for (const r of RATES) {
    if (!wordsAt(tokens, at, r.words)) continue;
    const next = fold(tokens[at + r.words.length]?.text ?? '');
    if (SPAN_AFTER.has(next) || (!adjacent && TIME_RELATIONS.has(next))) return null;
    return r.period;
  }
  return null;
}

/** A rate phrase a few words before the number or within a clause after it, never past another number. */
export function rateNear(tokens: readonly Token[], first: number, end: number): string | null {
  for (let i = end; i < Math.min(tokens.length, end + 12); i++) {
    if (NUMBER_RE.test(tokens[i]?.text ?? '') || /^[;:]$/.test(tokens[i]?.text ?? '')) break;
    // right after the number, or after the noun it counts ("340 migrants a day")
    const adjacent = i === end || (i === end + 1 && tokens[end]?.pos === 'NOUN');
    const period = rateAt(tokens, i, adjacent);
    if (period) return period;
  }
  for (let i = first - 1; i >= Math.max(0, first - 4); i--) {
    if (NUMBER_RE.test(tokens[i]?.text ?? '')) break;
    const period = rateAt(tokens, i, false);
    if (period) return period;
  }
  return null;
}

/** A time frame ("fy:2023", "since:2021", "year:2022") told by a year between two token indexes. */
export function frameNear(tokens: readonly Token[], from: number, to: number): string | null {
  for (let i = Math.max(1, from); i < Math.min(tokens.length, to); i++) {
    const t = tokens[i] as Token;
    if (!YEAR_RE.test(t.text)) continue;
    const before = fold(tokens[i - 1]?.text ?? '');
    if (before === 'year' && fold(tokens[i - 2]?.text ?? '') === 'fiscal') return `fy:${t.text}`;
    if (before === 'since') return `since:${t.text}`;
    if (before === 'in') return `year:${t.text}`;
  }
  return null;
}

/**
 * Whether the number at token i is the whole a part is told of ("three of its nine branches", "one
 * of 12 councillors", "three of the city's nine"): its frame is `whole`, no count of the thing beside
 * a plain one ("three branches need new roofs" tells no other number of branches).
 */
export function wholeOfPart(tokens: readonly Token[], i: number): boolean {
  for (let of = i - 1; of >= Math.max(1, i - 6); of--) {
    if (tokens[of]?.norm !== 'of') continue;
    const part = tokens[of - 1] as Token;
    return wholeAfterOf(tokens, of) === i && (NUMBER_RE.test(part.text) || part.norm in NUMBER_WORDS);
  }
  return false;
}

/**
 * The head noun after the number: the last noun of the noun phrase that follows ("migrant crossings";
 * "400 FLDS children" → child, "five Texas towns" → town).
 */
export function countsAfter(tokens: readonly Token[], at: number): string | null {
  let head: string | null = null;
  // "5.9 Earthquake Jolts Iran": a headline's verb ends the phrase
  const stop = headlineVerbAt(tokens, at, Math.min(tokens.length, at + 5), 0, tokens.length);
  for (let i = at; i < stop; i++) {
    const t = tokens[i] as Token;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      // a unit's short spelling counts as its word does ("8 GB" as "8 gigabytes")
      const first = head === null;
      head = stem(UNIT_ABBREVIATIONS[t.norm] ?? t.text);
      // a unit right after the number is what it counts, before a noun too ("a 3.2 megapixel camera"
      // as "a 3.2-megapixel camera", "a 512 MHz chip")
      if (first && MEASURE_UNITS.has(t.norm)) break;
      // English compounds take singular modifiers: a plural noun ends the phrase ("migrants treks"),
      // but a name that ends in s before a common noun is a modifier ("FLDS children", "Texas towns"),
      // and so is a singular in -us or -is ("bus drivers", "crisis talks")
      if (PLURAL_ENDING.test(t.norm) && !(t.pos === 'PROPN' && tokens[i + 1]?.pos === 'NOUN')) break;
    } else if (t.pos === 'ADJ' || (t.pos === 'ADP' && t.norm === 'of' && head === null)) continue;
    // a status read as a verb says how sure the count is ("42 suspected cases" counts cases)
    else if (head === null && countStatusWord(t) !== null && tokens[i + 1]?.pos === 'NOUN') continue;
    // a part told of "them" names what it counts after ("140 people, 38 of them children")
    else if (t.norm === 'them' && tokens[i - 1]?.norm === 'of' && head === null) continue;
    // a model's number names the noun with its code ("six AK 47 rifles" counts rifles)
    else if (codeNumberAt(tokens, i)) continue;
    else break;
  }
  return head;
}

/** The rate period a figure's period text names ("per year" → "year"), or null. */
export function periodOf(text: string): string | null {
  const words = fold(text).split(/\s+/);
  for (let i = 0; i < words.length; i++)
    for (const r of RATES) if (r.words.every((w, k) => words[i + k] === w)) return r.period;
  return null;
}
