// Ranks told as ordinals ("the third time", "his 21st title"): a figure whose unit is 'ordinal', so
// it compares only with another rank of the same thing, and a supporter must tell the same rank.

import type { Token } from '../model/index.ts';
import { MONTH_NUMBERS } from './calendar.ts';
import { dict } from './data/dict.ts';
import { NUMBER_WORDS, ORDINAL_WORDS } from './data/quantities.ts';
import { fold } from './normalise.ts';
import type { ClaimFigure } from './quantities-agree.ts';
import { contextBefore, countsAfter, frameNear } from './quantities-near.ts';

const DIGIT_ORDINAL = /^(\d{1,4})(st|nd|rd|th)$/i;
// "first" is left out of the words (see ORDINAL_WORDS) but ends a compound ("twenty-first")
const ONES: Readonly<Record<string, number>> = dict({ first: 1, ...ORDINAL_WORDS });

/**
 * The rank an ordinal starting at token i tells ("third" → 3, "21st" → 21, "twenty-first" → 21) and
 * the index after it, or null: no ordinal, a rank of 1, a day of a month ("May 21st", "the 21st of
 * May"), or the first part of a compound adjective ("third-party", "second-largest").
 */
export function ordinalAt(tokens: readonly Token[], i: number): { value: number; end: number } | null {
  const t = tokens[i] as Token;
  const digits = DIGIT_ORDINAL.exec(t.text);
  let value: number | undefined;
  let end = i + 1;
  if (digits) value = Number(digits[1]);
  else {
    const tens = NUMBER_WORDS[t.norm];
    // the word after is read only after a ten (most tokens are no number at all)
    if (tens !== undefined && tens >= 20 && tens < 100 && tens % 10 === 0) {
      const dash = tokens[end]?.text === '-' ? 1 : 0;
      const ones = ONES[fold(tokens[end + dash]?.text ?? '')];
      if (ones !== undefined && ones < 10) {
        value = tens + ones;
        end += dash + 1;
      }
    }
    if (value === undefined) {
      value = ORDINAL_WORDS[t.norm];
      // a spelled ordinal is a word of other uses too ("a second", "to second a motion")
      if (value !== undefined && t.pos !== 'ADJ' && t.entity !== 'ORDINAL') return null;
    }
  }
  if (value === undefined || value < 2) return null;
  if (tokens[end]?.text === '-') return null;
  const before = tokens[i - 1]?.text ?? '';
  const after = tokens[end]?.norm === 'of' ? (tokens[end + 1]?.text ?? '') : '';
  const month = (w: string) => fold(w).replace(/\.$/, '') in MONTH_NUMBERS;
  if (month(before) || month(after)) return null;
  return { value, end };
}

/**
 * A rank ("the third time") as a claim's figure from token i, and the index after it; else null.
 * Exact, and comparable only with another rank (its unit is 'ordinal').
 */
export function rankFigureAt(
  tokens: readonly Token[],
  i: number,
): { readonly figure: ClaimFigure; readonly end: number } | null {
  const rank = ordinalAt(tokens, i);
  if (!rank) return null;
  const figure: ClaimFigure = {
    value: rank.value,
    low: rank.value,
    high: rank.value,
    unit: 'ordinal',
    counts: countsAfter(tokens, rank.end),
    qualifier: null,
    rate: null,
    frame: frameNear(tokens, i - 8, rank.end + 8),
    span: { start: (tokens[i] as Token).start, end: (tokens[rank.end - 1] as Token).end },
    figureId: null,
    worded: true,
    context: contextBefore(tokens, i),
  };
  return { figure, end: rank.end };
}
