import type { Token } from '../../../model/index.ts';
import { stem } from '../../../text/normalise.ts';
import type { ClaimFigure } from '../../../text/quantities.ts';
import { DISTANCE_UNITS, PLACING_AFTER } from '../data/count-words.ts';
import type { Reading } from './reading.ts';

const DISTANCE = new Set([...DISTANCE_UNITS].map(stem));

// The words from a figure's number to the noun it counts, as stems ("three strong aftershocks" →
// strong, aftershock), and the index of the token after them; null when it counts nothing named
// within four words.
function countedPhrase(f: ClaimFigure, r: Reading): { words: string[]; next: number } | null {
  const tokens = r.claim.tokens;
  let k = tokens.findIndex((t) => t.start >= f.span.end);
  if (k < 0) return null;
  if (f.counts === null) return { words: [], next: k };
  const words: string[] = [];
  for (const end = k + 4; k < Math.min(tokens.length, end); k++) {
    const t = tokens[k] as Token;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') break;
    words.push(stem(t.text));
    if (stem(t.text) === f.counts) return { words, next: k + 1 };
  }
  return null;
}

/**
 * Whether two figures count one thing described alike in two words or more ("three strong
 * aftershocks" / "at least four strong aftershocks"): one measure, whoever tells it.
 */
export function sameCountedPhrase(f: ClaimFigure, a: Reading, g: ClaimFigure, b: Reading): boolean {
  // ranks ("the fourth head coach since …" / "the 21st head coach") are as often of two series
  if (f.unit === 'ordinal' || g.unit === 'ordinal') return false;
  const [p, q] = [countedPhrase(f, a), countedPhrase(g, b)];
  return p !== null && q !== null && p.words.length >= 2 && p.words.join(' ') === q.words.join(' ');
}

// The folded word right after a figure and what it counts.
function wordAfter(f: ClaimFigure, r: Reading): string {
  const p = countedPhrase(f, r);
  return p ? (r.claim.tokens[p.next]?.norm ?? '') : '';
}

/**
 * Whether a figure measures something the other does not: a time in a role ("four seasons as the
 * team's director" / "19 seasons with the 76ers") on one side only, or a distance that places a thing
 * ("15 miles north of Detroit"), which is of the thing named before it (checked by the caller).
 */
export const inRole = (f: ClaimFigure, r: Reading): boolean => wordAfter(f, r) === 'as';

/** Whether a figure is a distance that places a thing ("the office is about 15 miles north of Detroit"). */
export const places = (f: ClaimFigure, r: Reading): boolean =>
  f.counts !== null && DISTANCE.has(f.counts) && PLACING_AFTER.has(wordAfter(f, r));
