import type { Token } from '../../../model/index.ts';
import {
  EXACT_TOLERANCE,
  FRACTION_DENOMINATORS,
  FRACTION_ONE,
  NUMBER_WORDS,
  QUALIFIERS,
} from '../../../text/data/quantities.ts';
import { fold } from '../../../text/normalise.ts';
import { pointShareAt } from '../../../text/point-share.ts';
import type { ClaimFigure } from '../../../text/quantities.ts';
import { qualifierRange } from '../../../text/quantities-agree.ts';
import { contextBefore, wordsAt } from '../../../text/quantities-near.ts';
import { lookupOf } from '../text.ts';

const DENOMINATOR = lookupOf(FRACTION_DENOMINATORS);
const QUALS = QUALIFIERS.map((q) => ({ ...q, words: q.phrase.split(' ') }));

// The fractions read of each token array (a claim's, or a sentence's): the support judge asks for
// a reading's fractions three times (quantities.ts twice, weighed-figures.ts once), each a scan of
// every token, and the summary reads the same sentences again.
const READ = new WeakMap<readonly Token[], readonly ClaimFigure[]>();

/**
 * The fractions of a sentence as percent figures: "nearly three quarters of the market" is nearly
 * 75 percent, "a third of the houses" 33.3 percent, "two-thirds of" 66.7 percent, "half of" 50.
 * Only where "of" follows the fraction word (not "the third quarter", "a quarter-century").
 * Read once per token array (the result is shared: never change it).
 */
export function fractionFigures(tokens: readonly Token[]): readonly ClaimFigure[] {
  let out = READ.get(tokens);
  if (!out) {
    out = readFractions(tokens);
    READ.set(tokens, out);
  }
  return out;
}

function readFractions(tokens: readonly Token[]): ClaimFigure[] {
  const out: ClaimFigure[] = [];
  tokens.forEach((t, i) => {
    const den = DENOMINATOR(fold(t.text));
    if (den === undefined || fold(tokens[i + 1]?.text ?? '') !== 'of') return;
    // the numerator: "three quarters", "two-thirds", "a third"; "half of" alone is one half
    const dash = tokens[i - 1]?.text === '-' ? 1 : 0;
    const before = tokens[i - 1 - dash];
    const word = fold(before?.text ?? '');
    const digits = /^\d+$/.test(word) ? Number(word) : undefined;
    const n = FRACTION_ONE.has(word) ? 1 : (NUMBER_WORDS[word] ?? digits);
    if (n === undefined && den !== 2) return;
    if (n !== undefined && n >= den) return;
    const first = n === undefined ? i : i - 1 - dash;
    // "a quarter of a percentage point": a share of a point (text/point-share.ts), no percent
    if (pointShareAt(tokens, first)) return;
    const qualifier = QUALS.find((q) => wordsAt(tokens, first - q.words.length, q.words)) ?? null;
    const value = (100 * (n ?? 1)) / den;
    const [low, high] = qualifierRange(qualifier, false, EXACT_TOLERANCE);
    out.push({
      value,
      low: value * low,
      high: value * high,
      unit: 'percent',
      counts: null,
      qualifier: qualifier?.phrase ?? null,
      rate: null,
      frame: null,
      span: { start: (tokens[first] as Token).start, end: t.end },
      figureId: null,
      worded: true,
      context: contextBefore(tokens, first - (qualifier?.words.length ?? 0)),
    });
  });
  return out;
}

/**
 * A sentence's figures with its fractions read as percent: a figure the fraction's words hold
 * ("three" counting quarters, "third" as a rank) gives way to the fraction.
 */
export function withFractions(figures: readonly ClaimFigure[], tokens: readonly Token[]): ClaimFigure[] {
  const fractions = fractionFigures(tokens);
  if (!fractions.length) return [...figures];
  const inside = (f: ClaimFigure) =>
    fractions.some((x) => f.span.start < x.span.end && f.span.end > x.span.start);
  return [...figures.filter((f) => !inside(f)), ...fractions].sort((x, y) => x.span.start - y.span.start);
}
