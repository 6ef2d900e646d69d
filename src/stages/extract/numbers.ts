import { CURRENCIES, NUMBER_WORDS, SCALES } from './data/numbers.ts';
import type { Doc, Tok } from './doc.ts';

/** A number as read from tokens: its value, where it ends, and its unit if a sign or word says it. */
export interface NumberGroup {
  readonly first: number;
  /** One past the last token of the number (scale words and "of" chains included). */
  readonly end: number;
  readonly value: number;
  readonly currency: string | null;
  readonly percent: boolean;
  /** "hundreds of", "thousands of": the value is a lower bound. */
  readonly vague: boolean;
}

const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;
const SKIP_ENTITIES = new Set(['DATE', 'TIME', 'ORDINAL']);

/** True for a token that is a number: digits, a number word, or wink's cardinal. */
export function isNumberToken(t: Tok | undefined): boolean {
  if (!t || (t.entity && SKIP_ENTITIES.has(t.entity))) return false;
  if (DIGITS.test(t.text)) return true;
  return t.norm in NUMBER_WORDS && t.norm !== 'one' && t.norm !== 'zero';
}

function numberValue(t: Tok): number {
  if (DIGITS.test(t.text)) return Number(t.text.replace(/,/g, ''));
  return NUMBER_WORDS[t.norm] ?? Number.NaN;
}

/** Read the number that starts at token i: "2.4 million", "$1.5 billion", "hundreds of thousands", "45%". */
export function readNumber(doc: Doc, i: number, end: number): NumberGroup | null {
  const toks = doc.tokens;
  const first = toks[i] as Tok;
  let value = numberValue(first);
  if (Number.isNaN(value)) return null;
  const vague = /s$/.test(first.norm) && first.norm in NUMBER_WORDS;
  if (vague) value = first.norm === 'dozens' ? 12 : (NUMBER_WORDS[first.norm.slice(0, -1)] ?? value);
  let k = i + 1;
  for (; k < end; k++) {
    const t = toks[k] as Tok;
    const scale = SCALES[t.norm];
    // "2.4 million", "$33M", "4bn": a short scale only when stuck to the number
    if (
      scale &&
      (t.pos === 'NUM' || t.entity === 'CARDINAL' || t.entity === 'MONEY' || t.norm.length > 2 || !t.spaced)
    ) {
      value *= scale;
      continue;
    }
    const next = toks[k + 1];
    if (t.norm === 'of' && next && /^(?:hundreds|thousands|millions|billions)$/.test(next.norm)) {
      value *= (NUMBER_WORDS[next.norm.slice(0, -1)] ?? SCALES[next.norm.slice(0, -1)] ?? 1) as number;
      k++;
      continue;
    }
    // "twenty-five": tens, an unspaced hyphen, a unit word
    const ones = t.text === '-' && !next?.spaced ? NUMBER_WORDS[next?.norm ?? ''] : undefined;
    if (ones !== undefined && ones < 10 && value % 10 === 0 && value >= 20 && value < 100 && !t.spaced) {
      value += ones;
      k++;
      continue;
    }
    const unitWord = NUMBER_WORDS[t.norm];
    if (
      t.pos === 'NUM' &&
      unitWord !== undefined &&
      unitWord < 10 &&
      value % 10 === 0 &&
      value >= 20 &&
      value < 100
    ) {
      value += unitWord;
      continue;
    }
    break;
  }
  const before = toks[i - 1];
  let currency = before && before.sentence === first.sentence ? (CURRENCIES[before.norm] ?? null) : null;
  let percent = false;
  const after = toks[k];
  if (after && (after.text === '%' || after.norm === 'percent')) {
    percent = true;
    k++;
  } else if (after?.norm === 'per' && toks[k + 1]?.norm === 'cent') {
    percent = true;
    k += 2;
  } else if (after && CURRENCIES[after.norm] && after.norm.length > 1) {
    currency ??= CURRENCIES[after.norm] ?? null;
    k++;
  } else if (after?.norm === 'of' && toks[k + 1] && CURRENCIES[(toks[k + 1] as Tok).norm] && vague) {
    currency ??= CURRENCIES[(toks[k + 1] as Tok).norm] ?? null;
    k += 2;
  }
  return { first: i, end: k, value, currency, percent, vague };
}
