// Ages: the one reading of the extract stage's figures (an age is no figure) and the support judge's
// (an age told of someone, compared as such): a number before a unit of time and "old" ("a
// 14-year-old", "the six-month-old baby", "14 years old"), after "aged" or "the age of" ("aged 81",
// "at the age of 85", "between age 15 and 22"), set off after a name ("Carla Menzies, 34, who"), a
// person's "was" ("He was 77."), "at" after a verb of dying ("died in prison at 77") and a decade of
// someone's life ("in his early 20's"); not a length of time nor a count of years.

import type { Token } from '../model/index.ts';
import {
  AGE_AT_VERBS,
  AGE_DECADE_MODIFIERS,
  AGE_DECADE_OWNERS,
  AGE_TOLD_SUBJECTS,
  AGE_TOLD_VERBS,
  AGE_WORDS,
} from './data/ages.ts';
import { numberAt } from './number-at.ts';
import { isNumberToken, type NumberToken } from './number-token.ts';
import { NUMBER_RE } from './patterns.ts';
import type { ClaimFigure } from './quantities-agree.ts';
import { contextBefore } from './quantities-near.ts';

/** What reading an age needs of a token (the model's tokens and the annotated article's have it). */
export interface AgeToken extends NumberToken {
  readonly pos: string;
  readonly start: number;
  readonly end: number;
}

/** How an age is told (see the file's head). */
export type AgeKind = 'year-old' | 'aged' | 'set-off' | 'was' | 'died-at' | 'decade';

/** An age at a number: how it is told, and the token after it (the high end of its range included). */
export interface AgeTold {
  readonly kind: AgeKind;
  readonly end: number;
  /** Whether it is a range ("aged 13 and 15", "when he was 17 to 25"): no one age. */
  readonly ranged: boolean;
}

/** The tokens of one sentence: `first` and one past its last. */
export interface TokenRange {
  readonly first: number;
  readonly end: number;
}

const AGE_UNIT = /^(?:year|month|week|day)s?$/i;
const OLD = /^olds?$/i;
const RANGE_LINKS = new Set(['to', 'and', 'or', '-']);
const CLAUSE_END = /^[.,;:]$/;
const APOSTROPHE = /^['’]$/;
/** Tokens between a verb of dying and "at" with an age ("died yesterday in federal prison at 77"). */
const AGE_AT_REACH = 6;
/** Words after "died at 77" that end its clause as a comma does ("died at 77 in hospital"). */
const AFTER_DIED_AT = new Set(['in', 'on', 'after']);
/** What follows an age set off after a name ("Ole Brandt, 54, and …", "Brandt, 54.", "The miner, 34;"). */
const SET_OFF_END = /^(?:[,.;)]|and)$/;
/** The most years an age set off after a name is read as ("Route, 128," is no age). */
const MAX_SET_OFF_AGE = 120;
/**
 * The index after an age whose number is at i ("14-year-old", "14-year-olds", "14 years old", as a
 * tokeniser splits them at the hyphens); else -1.
 * @example
 * ageEnd(tokensOf('a 14-year-old boy'), 1) // 6
 */
export function ageEnd(tokens: readonly { readonly text: string }[], i: number): number {
  let k = i + 1;
  if (tokens[k]?.text === '-') k++;
  if (!AGE_UNIT.test(tokens[k]?.text ?? '')) return -1;
  k++;
  if (tokens[k]?.text === '-') k++;
  return OLD.test(tokens[k]?.text ?? '') ? k + 1 : -1;
}

/**
 * The support judge's reading of an age at i (`ageAt`, one age, no decade): its years (or months …) as
 * a figure of the unit `age-<unit>` ("the 40-year-old driver", "Brandt, 40,", "aged 40" → 40
 * age-year), so that only the same age states it and no length of time ("for 14 years") nor bare
 * count is taken for it; else null. Whom it is told of is no count (as the length of time it was
 * read as had none): "the 40-year-old American southpaw" is "the 40-year-old American", and ages
 * told of two people clash in compare/support/ages.ts.
 */
export function ageFigure(tokens: readonly Token[], i: number): { figure: ClaimFigure; end: number } | null {
  const age = ageAt(tokens, i);
  const read = !age || age.ranged || age.kind === 'decade' ? null : numberAt(tokens, i);
  if (!age || !read) return null;
  const unit =
    age.kind === 'year-old'
      ? tokens[i + (tokens[i + 1]?.text === '-' ? 2 : 1)]?.norm.replace(/s$/, '')
      : 'year';
  const figure: ClaimFigure = {
    value: read.value,
    low: read.value,
    high: read.value,
    unit: `age-${unit}`,
    counts: null,
    qualifier: null,
    rate: null,
    frame: null,
    span: { start: (tokens[i] as Token).start, end: (tokens[age.end - 1] as Token).end },
    figureId: null,
    worded: !NUMBER_RE.test((tokens[i] as Token).text),
    context: contextBefore(tokens, i),
  };
  return { figure, end: age.end };
}

/** Whether a figure is an age as `ageFigure` reads it (of the unit `age-<unit>`). */
export const isAgeFigure = (f: { readonly unit: string | null }): boolean =>
  f.unit?.startsWith('age-') === true;

/**
 * The age told at the number i of the sentence `s` (see the file's head), or null.
 * @example
 * ageAt(tokensOf('Hale died in Brest, aged 81.'), 6) // { kind: 'aged', end: 7, ranged: false }
 */
export function ageAt(
  tokens: readonly AgeToken[],
  i: number,
  s: TokenRange = { first: 0, end: tokens.length },
): AgeTold | null {
  const t = (k: number): AgeToken | undefined => (k >= s.first && k < s.end ? tokens[k] : undefined);
  if (!t(i)) return null;
  const year = ageEnd(tokens, i);
  if (year >= 0) return { kind: 'year-old', end: year, ranged: false };
  const prev = t(i - 1);
  // "aged 81", "between age 15 and 22", "at the age of 85"
  if (prev && (AGE_WORDS.has(prev.norm) || (prev.norm === 'of' && theAge(t, i - 2)))) {
    const high = rangeEnd(t, i);
    return { kind: 'aged', end: high ?? i + 1, ranged: high !== null };
  }
  if (diedAt(t, i)) return { kind: 'died-at', end: i + 1, ranged: false };
  // "He was 77.", "…, who was 77, …", "when he was 17 to 25,": a person's "was" and a number (or a
  // range) that ends the clause
  const high = rangeEnd(t, i);
  const after = t(high ?? i + 1);
  if (
    prev &&
    AGE_TOLD_VERBS.has(prev.norm) &&
    AGE_TOLD_SUBJECTS.has(t(i - 2)?.norm ?? '') &&
    (!after || CLAUSE_END.test(after.text))
  )
    return { kind: 'was', end: high ?? i + 1, ranged: high !== null };
  // "in his early 20's": a decade of someone's life, its "'s" split off by the tokeniser
  const next = t(i + 1);
  const joined = next && next.start === tokens[i]?.end;
  if (
    next &&
    APOSTROPHE.test(next.text) &&
    joined &&
    /^s\b/.test(t(i + 2)?.norm ?? '') &&
    ownedDecade(tokens, i)
  )
    return { kind: 'decade', end: i + 3, ranged: false };
  if (setOff(t, i)) return { kind: 'set-off', end: i + 1, ranged: false };
  return null;
}

/**
 * Whether the words before token k tell a decade of someone's life: an owner and modifiers ("his
 * early", "her mid -"), so "in his 30s" is an age, no date.
 */
export function ownedDecade(tokens: readonly { readonly norm: string }[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && AGE_DECADE_MODIFIERS.has(tokens[j]?.norm ?? '')) j--;
  return AGE_DECADE_OWNERS.has(tokens[j]?.norm ?? '');
}

type At = (k: number) => AgeToken | undefined;

// "the age" before "of" ("at the age of 85", "reached the age of 18")
const theAge = (t: At, k: number): boolean => t(k)?.norm === 'age' && t(k - 1)?.norm === 'the';

// the token after the high end of a range at i ("16 to 19", "13 and 15"), or null
const rangeEnd = (t: At, i: number): number | null =>
  RANGE_LINKS.has(t(i + 1)?.norm ?? '') && isNumberToken(t(i + 2)) ? i + 3 : null;

// "dies at 91", "died yesterday in federal prison at 77,", "died at 77 in hospital": "at" and a
// number that ends the clause, after a verb of dying with no comma between
function diedAt(t: At, i: number): boolean {
  const next = t(i + 1);
  if (t(i - 1)?.norm !== 'at' || (next && !CLAUSE_END.test(next.text) && !AFTER_DIED_AT.has(next.norm)))
    return false;
  for (let k = i - 2; k >= i - 2 - AGE_AT_REACH; k--) {
    const tok = t(k);
    if (!tok || tok.text === ',') return false;
    if (AGE_AT_VERBS.has(tok.norm)) return true;
  }
  return false;
}

// "Carla Menzies, 34, who", "the driver, 23.", "Ole Brandt, 54, and his son": a number of years
// alone between a comma after a name or noun and the clause's end; not one of a list ("Vista, 7, 8")
function setOff(t: At, i: number): boolean {
  const [number, next] = [t(i) as AgeToken, t(i + 1)];
  if (t(i - 1)?.text !== ',' || !/^(?:NOUN|PROPN)$/.test(t(i - 2)?.pos ?? '')) return false;
  if (!/^\d{1,3}$/.test(number.text) || Number(number.text) > MAX_SET_OFF_AGE) return false;
  return !next || (SET_OFF_END.test(next.norm) && !isNumberToken(t(i + 2)));
}
