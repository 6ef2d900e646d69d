import { type Doc, sentenceOf, spacedAt, type Tok } from '../../text/annotated.ts';
import {
  CURRENCIES,
  NUMBER_WORDS,
  SCALES,
  VAGUE_QUANTITIES,
  WEIGHT_CURRENCY_WORDS,
  WEIGHT_WORDS,
} from '../../text/data/numbers.ts';
import { fractionAfter, hyphenedFraction } from '../../text/fraction-after.ts';
import {
  afterPoint,
  gluedMeasure,
  joinedByHyphen,
  spacedDecimal,
  spacedThousands,
} from '../../text/number-points.ts';
import { DIGITS, withoutStop } from '../../text/number-token.ts';
import { wordNumberAt } from '../../text/number-words.ts';

/** A number as read from tokens: its value, where it ends, and its unit if a sign or word says it. */
export interface NumberGroup {
  readonly first: number;
  /** One past the last token of the number (scale words and "of" chains included). */
  readonly end: number;
  readonly value: number;
  readonly currency: string | null;
  readonly percent: boolean;
  /** "hundreds", "tens of thousands": a vague quantity, whose value is the low end of a range; else null. */
  readonly vague: string | null;
  /** The high end of a vague quantity's range (see VAGUE_QUANTITIES), else null. */
  readonly high: number | null;
  /**
   * A share of a point told in words ("a quarter-point", "half a percentage point"): what it counts,
   * "points" or "percentage points" as said, its value in points (text/point-share.ts); else absent.
   */
  readonly points?: string;
}

const VAGUE = VAGUE_QUANTITIES.map((v) => ({ ...v, words: v.phrase.split(' ') }));

/**
 * The vague quantity whose words include token i ("thousands" in "tens of thousands"): its range and
 * token span. Only plural number words start a figure, so "tens of" is found looking back.
 */
export function vagueAt(
  doc: Doc,
  i: number,
): { first: number; end: number; phrase: string; low: number; high: number } | null {
  for (const v of VAGUE)
    for (let o = 0; o < v.words.length; o++) {
      const first = i - o;
      if (first < 0 || sentenceOf(doc, first) !== sentenceOf(doc, i)) continue;
      if (v.words.every((w, j) => doc.tokens[first + j]?.norm === w))
        return { first, end: first + v.words.length, phrase: v.phrase, low: v.low, high: v.high };
    }
  return null;
}

function numberValue(t: Tok): number {
  if (DIGITS.test(t.text)) return Number(t.text.replace(/,/g, ''));
  const hyphened = hyphenedFraction(t.text);
  if (hyphened) return hyphened.value;
  return NUMBER_WORDS[t.norm] ?? Number.NaN;
}

/** Tokens before a number that a word of weighing may stand at ("weighed about 200 pounds"). */
const WEIGH_REACH = 4;

// "who weighed 200 pounds": pounds after a word of weighing, with no sign before the number, are a weight
function weighed(doc: Doc, start: number, a: number): boolean {
  if (!WEIGHT_CURRENCY_WORDS.has((doc.tokens[a] as Tok).norm)) return false;
  for (let k = start - 1; k >= Math.max(0, start - WEIGH_REACH); k--) {
    const t = doc.tokens[k] as Tok;
    if (sentenceOf(doc, k) !== sentenceOf(doc, a) || CURRENCIES[t.norm] || t.pos === 'SYM') return false;
    if (WEIGHT_WORDS.has(t.norm)) return true;
  }
  return false;
}

/** Read the number that starts at token i: "2.4 million", "$1.5 billion", "hundreds of thousands", "45%". */
export function readNumber(doc: Doc, i: number, end: number): NumberGroup | null {
  const toks = doc.tokens;
  const first = toks[i] as Tok;
  // "a magnitude-5.9 quake": the measure's value, its decimals after a point the tokeniser split off
  const measure = gluedMeasure(toks, i);
  // "forty-two", "one hundred and forty", "a hundred and twelve": one value (text/number-words.ts)
  const read = measure || DIGITS.test(first.text) ? null : wordNumberAt(toks, i);
  const worded = read && read.end <= end ? read : null;
  let value = measure ? measure.value : (worded?.value ?? numberValue(first));
  // "magnitude-6.1": the "1" is the decimals of a number in its sentence, no number of its own
  if (Number.isNaN(value) || (afterPoint(toks, i) && sentenceOf(doc, i - 2) === sentenceOf(doc, i)))
    return null;
  // "thousands of", "tens of thousands of": a range, from its low end
  const vague = /s$/.test(first.norm) && first.norm in NUMBER_WORDS ? vagueAt(doc, i) : null;
  if (vague) value = vague.low;
  let k = vague ? vague.end : (worded?.end ?? i + 1);
  // "£35, 000" and "$368. 0 million", a separator or a decimal point a tokeniser spaced; "4 1/2
  // million", "four and a half million": the thousands, decimals or fraction belong to the number
  const spaced = vague ? null : (measure ?? spacedThousands(toks, i) ?? spacedDecimal(toks, i));
  const part = vague || spaced ? null : fractionAfter(toks, k, /^\d+$/.test(first.text));
  const joined = spaced ?? (part ? { value: value + part.value, end: part.end } : null);
  if (joined && joined.end <= end) {
    value = joined.value;
    k = joined.end;
  }
  for (; k < end && !vague; k++) {
    const t = toks[k] as Tok;
    const scale = SCALES[withoutStop(t.norm)];
    // "2.4 million", "$33M", "4bn", "$3m." ending a sentence: a short scale only when stuck to the number
    if (
      scale &&
      (t.pos === 'NUM' ||
        t.entity === 'CARDINAL' ||
        t.entity === 'MONEY' ||
        t.norm.length > 2 ||
        !spacedAt(doc, k))
    ) {
      value *= scale;
      continue;
    }
    const next = toks[k + 1];
    // "$137-million", "$2. 6-million": a scale word joined by an unspaced hyphen
    if (joinedByHyphen(toks, k) && next && next.norm.length > 2 && SCALES[next.norm]) {
      value *= SCALES[next.norm] as number;
      k++;
      continue;
    }
    if (t.norm === 'of' && next && /^(?:hundreds|thousands|millions|billions)$/.test(next.norm)) {
      value *= (NUMBER_WORDS[next.norm.slice(0, -1)] ?? SCALES[next.norm.slice(0, -1)] ?? 1) as number;
      k++;
      continue;
    }
    break;
  }
  const start = vague ? vague.first : i;
  const before = toks[start - 1];
  let currency =
    before && sentenceOf(doc, start - 1) === sentenceOf(doc, i) ? (CURRENCIES[before.norm] ?? null) : null;
  let percent = false;
  const after = toks[k];
  if (after && (after.text === '%' || after.norm === 'percent')) {
    percent = true;
    k++;
  } else if (after?.norm === 'per' && toks[k + 1]?.norm === 'cent') {
    percent = true;
    k += 2;
  } else if (after && CURRENCIES[after.norm] && after.norm.length > 1 && !weighed(doc, start, k)) {
    currency ??= CURRENCIES[after.norm] ?? null;
    k++;
  } else if (
    joinedByHyphen(toks, k) &&
    (toks[k + 1]?.norm.length ?? 0) > 1 &&
    CURRENCIES[toks[k + 1]?.norm ?? '']
  ) {
    // "a two-million-euro heist": the currency joined by an unspaced hyphen
    currency ??= CURRENCIES[(toks[k + 1] as Tok).norm] ?? null;
    k += 2;
  } else if (after?.norm === 'of' && toks[k + 1] && CURRENCIES[(toks[k + 1] as Tok).norm] && vague) {
    currency ??= CURRENCIES[(toks[k + 1] as Tok).norm] ?? null;
    k += 2;
  }
  return {
    first: start,
    end: k,
    value,
    currency,
    percent,
    vague: vague?.phrase ?? null,
    high: vague?.high ?? null,
  };
}
