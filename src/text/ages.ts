// Ages as a number before a unit of time and "old": the age of someone ("a 14-year-old", "the
// six-month-old baby", "14 years old"), not a length of time nor a count of years. One reading for
// the extract stage's figures and the support judge's.

import type { Token } from '../model/index.ts';
import { numberAt } from './number-at.ts';
import { NUMBER_RE } from './patterns.ts';
import type { ClaimFigure } from './quantities-agree.ts';
import { contextBefore } from './quantities-near.ts';

/** What reading an age needs of a token. */
interface AgeToken {
  readonly text: string;
}

const AGE_UNIT = /^(?:year|month|week|day)s?$/i;
const OLD = /^olds?$/i;

/**
 * The index after an age whose number is at i ("14-year-old", "14-year-olds", "14 years old", as a
 * tokeniser splits them at the hyphens); else -1.
 * @example
 * ageEnd(tokensOf('a 14-year-old boy'), 1) // 6
 */
export function ageEnd(tokens: readonly AgeToken[], i: number): number {
  let k = i + 1;
  if (tokens[k]?.text === '-') k++;
  if (!AGE_UNIT.test(tokens[k]?.text ?? '')) return -1;
  k++;
  if (tokens[k]?.text === '-') k++;
  return OLD.test(tokens[k]?.text ?? '') ? k + 1 : -1;
}

/**
 * The support judge's reading of an age at i: its years (or months …) as a figure of the unit
 * `age-<unit>` ("the 40-year-old driver" → 40 age-year), so that only the same age states it and no
 * length of time ("for 14 years") is taken for it; else null. Whom it is told of is no count (as the
 * length of time it was read as had none): "the 40-year-old American southpaw" is "the 40-year-old
 * American", and ages told of two people clash in compare/support/ages.ts.
 */
export function ageFigure(tokens: readonly Token[], i: number): { figure: ClaimFigure; end: number } | null {
  const end = ageEnd(tokens, i);
  const read = end < 0 ? null : numberAt(tokens, i);
  const unit = tokens[i + (tokens[i + 1]?.text === '-' ? 2 : 1)]?.norm.replace(/s$/, '');
  if (!read || !unit) return null;
  const figure: ClaimFigure = {
    value: read.value,
    low: read.value,
    high: read.value,
    unit: `age-${unit}`,
    counts: null,
    qualifier: null,
    rate: null,
    frame: null,
    span: { start: (tokens[i] as Token).start, end: (tokens[end - 1] as Token).end },
    figureId: null,
    worded: !NUMBER_RE.test((tokens[i] as Token).text),
    context: contextBefore(tokens, i),
  };
  return { figure, end };
}
