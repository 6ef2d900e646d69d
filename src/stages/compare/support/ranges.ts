import type { ClaimFigure } from '../../../text/quantities.ts';
import { agree } from './quantities.ts';
import type { Reading } from './reading.ts';

/** A range a sentence gives: "between 40 and 80 percent", "from 3 to 14 years", "40 percent to 70 percent". */
export interface FigureRange {
  readonly low: ClaimFigure;
  readonly high: ClaimFigure;
}

// Words between the two ends of a range.
const JOINS = new Set(['and', 'to', '-', '–', 'through']);

/** The ranges of a reading: two figures of one unit, the second the larger, joined by "to", "and" or a dash. */
export function rangesOf(r: Reading): FigureRange[] {
  const tokens = r.claim.tokens;
  const fs = r.claim.figures;
  const out: FigureRange[] = [];
  for (let i = 0; i + 1 < fs.length; i++) {
    const [low, high] = [fs[i] as ClaimFigure, fs[i + 1] as ClaimFigure];
    if (low.unit !== high.unit || low.value >= high.value) continue;
    // past the low end's unit word ("40 percent to 70 percent"), one joining word, then the high end
    const between = tokens.filter((t) => t.start >= low.span.end && t.end <= high.span.start);
    const joins = between.filter((t) => JOINS.has(t.norm));
    if (joins.length === 1 && between.length <= 2) out.push({ low, high });
  }
  return out;
}

/**
 * Two ranges of one measure that share one end and differ at the other ("between 40 and 80
 * percent" / "40 percent to 70 percent"): the differing ends, or null.
 */
export function rangeClash(a: Reading, b: Reading): { claim: ClaimFigure; other: ClaimFigure } | null {
  for (const x of rangesOf(a))
    for (const y of rangesOf(b)) {
      if (x.low.unit !== y.low.unit) continue;
      if (agree(x.low, y.low) && !agree(x.high, y.high)) return { claim: x.high, other: y.high };
      if (agree(x.high, y.high) && !agree(x.low, y.low)) return { claim: x.low, other: y.low };
    }
  return null;
}
