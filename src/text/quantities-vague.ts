// Quantities told in words as a range: "a few weeks" and "several days" (a duration), "several
// dozen" and "a few hundred" (a count), "thousands of" (a vague quantity). "thousands of" is a
// range, 2,000 to 999,999, not 2,000. One reading for the support judge's figures (quantities.ts).

import type { Token } from '../model/index.ts';
import { DURATION_DAYS, FEW_UNITS, SCALE_WORDS, VAGUE_QUANTITIES } from './data/quantities.ts';
import { fold } from './normalise.ts';
import type { ClaimFigure } from './quantities-agree.ts';
import {
  contextBefore,
  countsAfter,
  frameNear,
  rateNear,
  startsOne,
  vagueFollower,
  wordsAt,
} from './quantities-near.ts';

const VAGUE = VAGUE_QUANTITIES.map((v) => ({ ...v, words: v.phrase.split(' ') }));
/** The first words of the vague quantities ("thousands", "dozens" …). */
export const VAGUE_FIRST: ReadonlySet<string | undefined> = new Set(VAGUE.map((v) => v.words[0]));
const FEW = FEW_UNITS.map((f) => ({ ...f, words: f.phrase.split(' ') }));
/** The first words of the phrases of a few units ("a", "several" …). */
export const FEW_FIRST: ReadonlySet<string | undefined> = new Set(FEW.map((f) => f.words[0]));

/**
 * The figure told in words as a range from token i, and the index after it; else null.
 * @example
 * vagueFigureAt(tokensOf('for a few weeks'), 1) // { figure: { low: 14, high: 42, unit: 'days' … }, end: 4 }
 */
export function vagueFigureAt(
  tokens: readonly Token[],
  i: number,
): { readonly figure: ClaimFigure; readonly end: number } | null {
  const t = tokens[i] as Token;
  const fewUnits = startsOne(FEW_FIRST, tokens, i) ? FEW.find((f) => wordsAt(tokens, i, f.words)) : undefined;
  const fewWord = fewUnits ? fold(tokens[i + fewUnits.words.length]?.text ?? '') : '';
  const fewDays = fewUnits ? DURATION_DAYS[fewWord] : undefined;
  // "a few weeks", "several days": a duration told as a range; "several dozen", "a few hundred": a count
  const fewEach = fewDays ?? (fewUnits ? SCALE_WORDS[fewWord] : undefined);
  if (fewUnits && fewEach !== undefined) {
    const end = i + fewUnits.words.length + 1;
    const figure: ClaimFigure = {
      value: fewUnits.low * fewEach,
      low: fewUnits.low * fewEach,
      high: fewUnits.high * fewEach,
      unit: fewDays === undefined ? null : 'days',
      counts: fewDays === undefined ? countsAfter(tokens, end) : null,
      qualifier: fewUnits.phrase,
      rate: null,
      frame: null,
      span: { start: t.start, end: (tokens[end - 1] as Token).end },
      figureId: null,
      worded: true,
      context: contextBefore(tokens, i),
    };
    return { figure, end };
  }
  const vague = VAGUE_FIRST.has(t.norm)
    ? VAGUE.find((v) => wordsAt(tokens, i, v.words) && vagueFollower(tokens, i + v.words.length, v.words))
    : undefined;
  if (!vague) return null;
  const end = i + vague.words.length + (fold(tokens[i + vague.words.length]?.text ?? '') === 'of' ? 1 : 0);
  const figure: ClaimFigure = {
    // a range: its value is its low end, as in the extract stage's figures
    value: vague.low,
    low: vague.low,
    high: vague.high,
    unit: null,
    counts: countsAfter(tokens, end),
    qualifier: vague.phrase,
    rate: rateNear(tokens, i, end),
    frame: frameNear(tokens, i - 8, end + 8),
    span: { start: t.start, end: (tokens[end - 1] as Token).end },
    figureId: null,
    worded: false,
    context: contextBefore(tokens, i),
  };
  return { figure, end };
}
