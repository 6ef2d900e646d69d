// What a percentage measures: what it is a share of ("88 percent of members" → member) or the
// change it sizes ("a 7 percent pay rise" → rise). A vote's share and a pay rise are two measures.
import type { Token } from '../../../model/index.ts';
import { stem } from '../../../text/normalise.ts';
import type { ClaimFigure } from '../../../text/quantities.ts';
import type { Reading } from './reading.ts';

// The position of the first token after a figure, or -1.
const after = (f: ClaimFigure, r: Reading): number => r.claim.tokens.findIndex((t) => t.start >= f.span.end);

/**
 * What a percent is a share of: the first noun after "of" right after it, past determiners and
 * adjectives ("60 percent of the houses" → hous), as a stem; null for any other figure.
 */
export function shareOf(f: ClaimFigure, r: Reading): string | null {
  if (f.unit !== 'percent') return null;
  const tokens = r.claim.tokens;
  let k = after(f, r);
  if (k < 0 || tokens[k]?.norm !== 'of') return null;
  for (k++; /^(DET|ADJ|PRON)$/.test(tokens[k]?.pos ?? ''); k++);
  const t = tokens[k];
  return t?.pos === 'NOUN' ? stem(t.text) : null;
}

// The noun a percent stands before and sizes ("a 7 percent pay rise" → ris, "a 3% cut" → cut): the
// last noun of the nouns and adjectives right after it (a word tagged a verb before a noun is a noun
// the tagger misread: "pay rise"), as a stem; null when none follows.
function sizedNoun(f: ClaimFigure, r: Reading): string | null {
  const tokens = r.claim.tokens;
  const inPhrase = (k: number) =>
    /^(NOUN|ADJ)$/.test(tokens[k]?.pos ?? '') || (tokens[k]?.pos === 'VERB' && tokens[k + 1]?.pos === 'NOUN');
  let noun: Token | undefined;
  for (let k = after(f, r); k >= 0 && inPhrase(k); k++) if (tokens[k]?.pos === 'NOUN') noun = tokens[k];
  return noun ? stem(noun.text) : null;
}

/**
 * Whether two percentages are of two measures: each says what it measures (a share of a thing, or
 * the thing it sizes) and they say other things, or one is a share and the other sizes a noun ("88
 * percent of members who voted backed the walkout" / "The union wants a 7 percent pay rise").
 */
export function otherPercentMeasures(f: ClaimFigure, a: Reading, x: ClaimFigure, b: Reading): boolean {
  if (f.unit !== 'percent' || x.unit !== 'percent') return false;
  const [sa, sb] = [shareOf(f, a), shareOf(x, b)];
  const [na, nb] = [sa ?? sizedNoun(f, a), sb ?? sizedNoun(x, b)];
  if (na === null || nb === null) return false;
  return (sa === null) !== (sb === null) || na !== nb;
}
