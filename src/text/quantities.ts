// Quantities as claims state them: a number with its unit (what it counts), qualifier interval
// ("at least", "nearly"), rate and period, read from a sentence's tokens, and when two agree.

import type { Figure, Sentence, Span, Token } from '../model/index.ts';
import {
  COUNT_CLASSES,
  DIGITS_MIN_TOLERANCE,
  DURATION_DAYS,
  DURATION_QUALIFIER_REACH,
  EXACT_TOLERANCE,
  FEW_UNITS,
  QUALIFIERS,
  RATE_PHRASES,
  SCALE_WORDS,
  VAGUE_QUANTITIES,
} from './data/quantities.ts';
import { fold, stem } from './normalise.ts';
import { numberAt, rangeUnit } from './number-at.ts';
import { CLOCK_RE, NUMBER_RE, YEAR_RE } from './patterns.ts';

/** A number found in a claim, with what it counts, its qualifier and rate, and its value interval. */
export interface ClaimFigure {
  readonly value: number;
  /** The interval of true values the wording allows ("nearly 50,000" → 42,500..50,000). */
  readonly low: number;
  readonly high: number;
  readonly unit: string | null;
  /** Stem of the head noun it counts ("migrant"), or null. */
  readonly counts: string | null;
  readonly qualifier: string | null;
  /** "day" | "week" | ... for rates ("a day", "daily"), else null. */
  readonly rate: string | null;
  /** A time frame that makes counts differ ("fy:2023", "since:2021"), else null. */
  readonly frame: string | null;
  readonly span: Span;
  /** Id of the extract stage's figure at this place, if any. */
  readonly figureId: string | null;
  /** True when the number is spelled out ("six weeks", "a dozen"), not written in digits. */
  readonly worded?: boolean;
  /** Stems of the nouns just before the number: what the amount is of ("the repair at $48 million"). */
  readonly context: readonly string[];
}

// Currency signs before an amount, as ISO codes: amounts in other currencies never compare.
const CURRENCY_SIGNS: Readonly<Record<string, string>> = { $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY' };

const COUNT_CLASS = new Map<string, Set<number>>();
COUNT_CLASSES.forEach((words, i) => {
  for (const w of words) COUNT_CLASS.set(stem(w), (COUNT_CLASS.get(stem(w)) ?? new Set()).add(i));
});
const RATES = RATE_PHRASES.map((r) => ({ words: r.phrase.split(' '), period: r.period }));
const QUALS = QUALIFIERS.map((q) => ({ ...q, words: q.phrase.split(' ') }));
const VAGUE = VAGUE_QUANTITIES.map((v) => ({ ...v, words: v.phrase.split(' ') }));
const VAGUE_FIRST = new Set(VAGUE.map((v) => v.words[0]));

const FEW = FEW_UNITS.map((f) => ({ ...f, words: f.phrase.split(' ') }));
// the first words of the phrases, so that a token that starts none is passed over at once
const RATE_FIRST = new Set(RATES.map((r) => r.words[0]));
const FEW_FIRST = new Set(FEW.map((f) => f.words[0]));
const startsOne = (first: ReadonlySet<string | undefined>, tokens: readonly Token[], at: number): boolean =>
  first.has(fold(tokens[at]?.text ?? ''));

// What may follow a vague quantity: "of" ("thousands of migrants"), and for a bare plural ("dozens
// more", "hundreds injured") a word that is not a noun it would modify ("test scores").
function vagueFollower(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  const next = tokens[at];
  if (!next) return false;
  if (fold(next.text) === 'of') return true;
  if (words.length > 1 || words[0] === 'scores') return false;
  return next.norm === 'more' || next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'NOUN';
}

function wordsAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  return words.every((w, k) => fold(tokens[at + k]?.text ?? '') === w);
}

// Nouns in the few words before a number, back to the previous number or clause break.
function contextBefore(tokens: readonly Token[], first: number): string[] {
  const nouns: string[] = [];
  for (let i = first - 1; i >= Math.max(0, first - 6); i--) {
    const t = tokens[i] as Token;
    if (NUMBER_RE.test(t.text) || /^[;:]$/.test(t.text)) break;
    // nouns, and -ing forms used as nouns ("the dredging at $12 million")
    if (!t.stop && (t.pos === 'NOUN' || /ing$/.test(t.norm))) nouns.push(stem(t.text));
  }
  return nouns;
}

// A rate phrase a few words before the number or within a clause after it, never past another number.
function rateNear(tokens: readonly Token[], first: number, end: number): string | null {
  for (let i = end; i < Math.min(tokens.length, end + 12); i++) {
    if (NUMBER_RE.test(tokens[i]?.text ?? '') || /^[;:]$/.test(tokens[i]?.text ?? '')) break;
    if (!startsOne(RATE_FIRST, tokens, i)) continue;
    for (const r of RATES) if (wordsAt(tokens, i, r.words)) return r.period;
  }
  for (let i = first - 1; i >= Math.max(0, first - 4); i--) {
    if (NUMBER_RE.test(tokens[i]?.text ?? '')) break;
    if (!startsOne(RATE_FIRST, tokens, i)) continue;
    for (const r of RATES) if (wordsAt(tokens, i, r.words)) return r.period;
  }
  return null;
}

function frameNear(tokens: readonly Token[], from: number, to: number): string | null {
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

// The head noun after the number: the last noun of the noun phrase that follows ("migrant crossings").
function countsAfter(tokens: readonly Token[], at: number): string | null {
  let head: string | null = null;
  for (let i = at; i < Math.min(tokens.length, at + 5); i++) {
    const t = tokens[i] as Token;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      head = stem(t.text);
      // English compounds take singular modifiers: a plural noun ends the phrase ("migrants treks")
      if (/[^s]s$/.test(t.norm)) break;
    } else if (t.pos === 'ADJ' || (t.pos === 'ADP' && t.norm === 'of' && head === null)) continue;
    else break;
  }
  return head;
}

/**
 * The figures of a sentence, read from its tokens: digits with separators, scale words, a `$` or
 * percent unit, qualifier, rate and time frame (clock times are not figures), plus vague quantities ("thousands of") as ranges. Years and days of months are dates, not figures.
 * Where the extract stage found a figure at the same place, its id (and counts/period) are used.
 */
export function sentenceFigures(
  sentence: Sentence,
  extracted: readonly Figure[] = [],
  articleId = '',
): ClaimFigure[] {
  const tokens = sentence.tokens;
  const out: ClaimFigure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const vague = VAGUE_FIRST.has(t.norm)
      ? VAGUE.find((v) => wordsAt(tokens, i, v.words) && vagueFollower(tokens, i + v.words.length, v.words))
      : undefined;
    const fewUnits = startsOne(FEW_FIRST, tokens, i)
      ? FEW.find((f) => wordsAt(tokens, i, f.words))
      : undefined;
    const fewDays = fewUnits ? DURATION_DAYS[fold(tokens[i + fewUnits.words.length]?.text ?? '')] : undefined;
    if (fewUnits && fewDays !== undefined) {
      // "a few weeks", "several days": a duration told as a range
      const end = i + fewUnits.words.length + 1;
      out.push({
        value: fewUnits.low * fewDays,
        low: fewUnits.low * fewDays,
        high: fewUnits.high * fewDays,
        unit: 'days',
        counts: null,
        qualifier: fewUnits.phrase,
        rate: null,
        frame: null,
        span: { start: t.start, end: (tokens[end - 1] as Token).end },
        figureId: null,
        worded: true,
        context: contextBefore(tokens, i),
      });
      i = end - 1;
      continue;
    }
    if (vague) {
      const end =
        i + vague.words.length + (fold(tokens[i + vague.words.length]?.text ?? '') === 'of' ? 1 : 0);
      const span = { start: t.start, end: (tokens[end - 1] as Token).end };
      out.push({
        // a range: its value is its low end, as in the extract stage's figures
        value: vague.low,
        low: vague.low,
        high: vague.high,
        unit: null,
        counts: countsAfter(tokens, end),
        qualifier: vague.phrase,
        rate: rateNear(tokens, i, end),
        frame: frameNear(tokens, i - 8, end + 8),
        span,
        figureId: null,
        context: contextBefore(tokens, i),
      });
      i = end - 1;
      continue;
    }
    if (t.entity === 'TIME' || CLOCK_RE.test(tokens[i + 1]?.text ?? '')) continue;
    const read = numberAt(tokens, i);
    if (!read) continue;
    let { value, end } = read;
    const scale = SCALE_WORDS[fold(tokens[end]?.text ?? '')];
    if (scale) {
      value *= scale;
      end++;
    }
    if (tokens[end]?.text === '-' && fold(tokens[end + 1]?.text ?? '') in DURATION_DAYS) end++;
    const days = DURATION_DAYS[fold(tokens[end]?.text ?? '')];
    // years and days of months are dates; a number before a unit of time is a duration even when tagged a date
    if (
      !scale &&
      days === undefined &&
      (YEAR_RE.test(t.text) || (t.entity === 'DATE' && NUMBER_RE.test(t.text)))
    )
      continue;
    const prev = fold(tokens[i - 1]?.text ?? '');
    // the near end of a range takes the far end's unit ("from six to 75 years" → six years)
    const range = days === undefined && !scale ? rangeUnit(tokens, end) : null;
    // a duration compares in days whatever unit it was told in ("six weeks" = 42 days)
    const unit = range
      ? 'days' in range
        ? 'days'
        : 'percent'
      : prev in CURRENCY_SIGNS
        ? (CURRENCY_SIGNS[prev] as string)
        : /^(%|percent|per cent)$/.test(fold(tokens[end]?.text ?? ''))
          ? 'percent'
          : days !== undefined
            ? 'days'
            : null;
    if (range) {
      if ('days' in range) value *= range.days;
    } else {
      if (unit === 'percent') end++;
      if (unit === 'days') {
        value *= days as number;
        end++;
      }
    }
    // "a dozen": the article belongs to the number
    const first = prev === 'a' && t.norm === 'dozen' ? i - 1 : i - (prev in CURRENCY_SIGNS ? 1 : 0);
    const qualifier = QUALS.find((q) => wordsAt(tokens, first - q.words.length, q.words));
    const span = {
      start: (tokens[first] as Token).start,
      end: (tokens[end - 1] as Token).end,
    };
    const found = extracted.find((f) =>
      f.occurrences.some(
        (o) => o.articleId === articleId && o.span.start < span.end && o.span.end > span.start,
      ),
    );
    const counts =
      countsAfter(tokens, end) ?? (found?.counts ? stem(found.counts.split(/\s+/).pop() ?? '') : null);
    const rate = rateNear(tokens, i, end) ?? (found?.period ? periodOf(found.period) : null);
    const [low, high] = qualifierRange(
      qualifier ?? null,
      unit === 'days',
      NUMBER_RE.test(t.text) ? writtenTolerance(read.digits ?? t.text) : EXACT_TOLERANCE,
    );
    out.push({
      value,
      low: value * low,
      high: value * high,
      // a currency or percent the extract stage read ("£88m", "US$334 million") counts too
      unit: unit ?? (found?.unit && /^([A-Z]{3}|percent)$/.test(found.unit) ? found.unit : null),
      // a duration counts nothing: "for six weeks of repairs" is about the repairs, kept in its context
      counts: unit === 'days' ? null : counts,
      qualifier: qualifier?.phrase ?? null,
      rate,
      frame: frameNear(tokens, i - 8, end + 8),
      span,
      figureId: found?.id ?? null,
      context: contextBefore(tokens, first - (qualifier?.words.length ?? 0)),
      worded: !NUMBER_RE.test(t.text),
    });
    i = end - 1;
  }
  return out;
}

/**
 * The relative rounding a number written in digits allows: half its last written digit ("13.9" →
 * 0.05, "26,000" → 500), between DIGITS_MIN_TOLERANCE and EXACT_TOLERANCE of its value.
 */
export function writtenTolerance(digits: string): number {
  const plain = digits.replace(/,/g, '');
  const value = Math.abs(Number(plain));
  if (!value) return EXACT_TOLERANCE;
  const [whole = '', decimals] = plain.split('.');
  const half = decimals
    ? 0.5 * 10 ** -decimals.length
    : 0.5 * 10 ** (whole.length - whole.replace(/0+$/, '').length);
  return Math.min(Math.max(half / value, DIGITS_MIN_TOLERANCE), EXACT_TOLERANCE);
}

/** The factors of the stated value a qualifier allows; durations stretch less (see DURATION_QUALIFIER_REACH). */
function qualifierRange(
  qualifier: { readonly low: number; readonly high: number } | null,
  duration: boolean,
  tolerance: number,
): [number, number] {
  if (!qualifier) {
    const t = duration ? EXACT_TOLERANCE : tolerance;
    return [1 - t, 1 + t];
  }
  const reach = duration ? DURATION_QUALIFIER_REACH : 1;
  return [1 - (1 - qualifier.low) * reach, 1 + (qualifier.high - 1) * reach];
}

function periodOf(text: string): string | null {
  const words = fold(text).split(/\s+/);
  for (let i = 0; i < words.length; i++)
    for (const r of RATES) if (r.words.every((w, k) => words[i + k] === w)) return r.period;
  return null;
}

/** Whether two figures count the same kind of thing at the same rate and time frame. */
export function sameQuantity(a: ClaimFigure, b: ClaimFigure): boolean {
  if (a.unit !== b.unit || a.rate !== b.rate) return false;
  if (a.frame && b.frame && a.frame !== b.frame) return false;
  if (!a.counts || !b.counts || a.counts === b.counts) return true;
  const cb = COUNT_CLASS.get(b.counts);
  return [...(COUNT_CLASS.get(a.counts) ?? [])].some((c) => cb?.has(c));
}

/**
 * Whether two figures are surely the same quantity, enough to call different values a conflict:
 * the same quantity, and both say what they count, or both are about the same subject.
 */
export function surelySameQuantity(a: ClaimFigure, b: ClaimFigure): boolean {
  if (!sameQuantity(a, b)) return false;
  return (a.counts !== null && b.counts !== null) || a.context.some((w) => b.context.includes(w));
}

/** Whether two figures' values agree within what their qualifiers allow. */
export function valuesAgree(a: ClaimFigure, b: ClaimFigure): boolean {
  return a.low <= b.high && b.low <= a.high;
}
