import type { Doc, Tok } from '../../../text/annotated.ts';
import { QUALIFIERS, RATE_ADVERBS } from '../../../text/data/numbers.ts';

const QUALIFIER_WORDS = QUALIFIERS.map((q) => q.split(' ')).sort((a, b) => b.length - a.length);
const AVERAGE = /^(?:an?|the)?\s*(?:(daily|weekly|monthly|annual|yearly)\s+)?average\s+of$/;

/** A figure's qualifier: its words ("more than", "average"), the token it starts at, and a rate an average names. */
export interface Qualifier {
  readonly text: string | null;
  readonly first: number;
  readonly rate: string | null;
}

/** The qualifier right before token i ("nearly", "more than", "a daily average of"), not before `floor`. */
export function qualifierBefore(doc: Doc, i: number, floor: number): Qualifier {
  const words: string[] = [];
  for (let k = i - 1; k >= Math.max(floor, i - 5); k--) words.unshift((doc.tokens[k] as Tok).norm);
  for (let n = Math.min(words.length, 5); n >= 1; n--) {
    const tail = words.slice(words.length - n).join(' ');
    const avg = AVERAGE.exec(tail);
    if (avg) return { text: 'average', first: i - n, rate: avg[1] ? (RATE_ADVERBS[avg[1]] ?? null) : null };
  }
  for (const q of QUALIFIER_WORDS) {
    if (q.length > words.length) continue;
    if (q.every((w, n) => words[words.length - q.length + n] === w))
      return { text: q.join(' '), first: i - q.length, rate: null };
  }
  return { text: null, first: i, rate: null };
}
