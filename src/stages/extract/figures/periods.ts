import type { Doc, DocSentence, Tok } from '../../../text/annotated.ts';
import {
  DURATION_QUALIFIERS,
  PERIOD_FILLERS,
  PERIOD_PREPOSITIONS,
  RATE_ADVERBS,
  RATE_WORDS,
  TIME_UNITS,
} from '../../../text/data/numbers.ts';
import { isNumberToken } from '../numbers.ts';

/** Farthest a date phrase may be from a number, in tokens, to be its period. */
const PERIOD_REACH = 12;

/** The time unit of a rate from `from` on ("daily", "a day", "per week"), before the next number or clause. */
export function rateNear(doc: Doc, from: number, end: number): string | null {
  for (let k = from; k < end; k++) {
    const t = doc.tokens[k] as Tok;
    if (t.text === ';' || (isNumberToken(t) && k > from)) return null;
    if (RATE_ADVERBS[t.norm] && t.pos !== 'NOUN') return RATE_ADVERBS[t.norm] ?? null;
    const next = doc.tokens[k + 1];
    // "well over an hour" is a length of time, not a rate
    const measured = DURATION_QUALIFIERS.has(doc.tokens[k - 1]?.norm ?? '');
    if (RATE_WORDS.has(t.norm) && next && TIME_UNITS.has(next.norm) && !next.norm.endsWith('s') && !measured)
      return next.norm;
  }
  return null;
}

/** Date and duration phrases of a sentence with their leading preposition: "in fiscal year 2023", "in just five days". */
export function periodPhrases(doc: Doc, s: DocSentence): [number, number][] {
  const out: [number, number][] = [];
  for (let k = s.first; k < s.end; k++) {
    const t = doc.tokens[k] as Tok;
    if (t.entity !== 'DATE' && t.entity !== 'DURATION') continue;
    let a = k;
    let b = k;
    while (
      b < s.end &&
      ((doc.tokens[b] as Tok).entity === 'DATE' || (doc.tokens[b] as Tok).entity === 'DURATION')
    )
      b++;
    while (a > s.first && PERIOD_FILLERS.has((doc.tokens[a - 1] as Tok).norm)) a--;
    const prep = a > s.first && PERIOD_PREPOSITIONS.has((doc.tokens[a - 1] as Tok).norm);
    if (prep) a--;
    // a period is a stretch of time ("in November", "over the past week"), not the day something happened
    const stretch = prep || PERIOD_PREPOSITIONS.has((doc.tokens[a] as Tok).norm);
    if (stretch) out.push([a, b]);
    k = b - 1;
  }
  return out;
}

/** The period phrase nearest the figure first..last that no nearer figure took; marks it taken. */
export function nearestPeriod(
  periods: readonly [number, number][],
  first: number,
  last: number,
  taken: [number, number][],
): [number, number] | null {
  let best: [number, number] | null = null;
  let distance = Number.POSITIVE_INFINITY;
  for (const p of periods) {
    if (p[0] < last && p[1] > first) continue;
    // a period already told of a nearer figure is not this one's ("80,000 containers in February, … 1,100 trucks")
    if (taken.includes(p)) continue;
    const d = p[0] >= last ? p[0] - last : first - p[1];
    if (d < distance && d <= PERIOD_REACH) {
      best = p;
      distance = d;
    }
  }
  if (best) taken.push(best);
  return best;
}

/** A figure's period as shown: its rate ("a day") and its period phrase, unless that only repeats the rate. */
export function periodLabel(rate: string | null, periodText: string | null): string | null {
  return (
    [rate ? `a ${rate}` : null, periodText && !sameAsRate(periodText, rate) ? periodText : null]
      .filter(Boolean)
      .join(', ') || null
  );
}

/** "a day" after a rate of "day": the period only repeats the rate. */
function sameAsRate(period: string, rate: string | null): boolean {
  if (!rate) return false;
  const words = period.toLowerCase().split(/\s+/);
  return words.at(-1)?.replace(/s$/, '') === rate && words.length <= 2;
}
