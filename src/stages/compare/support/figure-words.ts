import type { Token } from '../../../model/index.ts';
import { stem } from '../../../text/normalise.ts';
import type { ClaimFigure } from '../../../text/quantities.ts';
import { REPORTING_STEMS } from '../data/word-forms.ts';
import { DURATION_GOVERNOR_REACH, GOVERNOR_REACH } from '../patterns.ts';
import type { Modality } from './modality.ts';
import type { Reading } from './reading.ts';

/** The index of the first token of a figure in its reading. */
export const tokenAt = (f: ClaimFigure, r: Pick<Reading, 'claim'>): number =>
  r.claim.tokens.findIndex((t) => t.start >= f.span.start);

/** The stem of the verb right before a figure ("killed two", "injuring at least five"), or null. */
export function directVerb(f: ClaimFigure, r: Pick<Reading, 'claim'>): string | null {
  const t = r.claim.tokens[tokenAt(f, r) - 1 - (f.qualifier?.split(' ').length ?? 0)];
  return t?.pos === 'VERB' && !REPORTING_STEMS.has(stem(t.text)) ? stem(t.text) : null;
}

/**
 * The verb a counted subject is told by, past what it counts and its auxiliaries ("30 people were
 * killed" → "kill", "350 people were taking shelter" → "tak"), or "be" where a form of "be" tells
 * only where or what it is ("100 people were in the building"); null when no auxiliary follows.
 */
export function subjectVerb(f: ClaimFigure, r: Pick<Reading, 'claim'>): string | null {
  const tokens = r.claim.tokens;
  let k = tokens.findIndex((t) => t.start >= f.span.end);
  if (k < 0) return null;
  const end = k + 3;
  while (k < end && (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'ADJ')) k++;
  if (tokens[k]?.pos !== 'AUX') return null;
  while (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'PART') k++;
  const t = tokens[k];
  if (t?.pos === 'VERB') return REPORTING_STEMS.has(stem(t.text)) ? null : stem(t.text);
  return t?.pos === 'ADP' ? 'be' : null;
}

/**
 * The words a figure is told by: the verb just before it ("killing", "hospitalized for" — further
 * back for a length of time), the noun or adjective just after what it counts ("a $13.9 billion
 * acquisition", "90% effective") and the verb of a counted subject ("five bombs were dropped"), as stems.
 */
export function governors(f: ClaimFigure, r: Reading): string[] {
  const tokens = r.claim.tokens;
  const at = tokenAt(f, r);
  const after = tokens.findIndex((t) => t.start >= f.span.end);
  const out: string[] = [];
  const reach = f.unit === 'days' ? DURATION_GOVERNOR_REACH : GOVERNOR_REACH;
  for (let k = at - 1; k >= Math.max(0, at - reach); k--) {
    const t = tokens[k];
    if (!t || t.pos === 'PUNCT') break;
    if (t.pos === 'VERB' && !REPORTING_STEMS.has(stem(t.text))) {
      out.push(stem(t.text));
      break;
    }
  }
  if (after >= 0)
    for (let k = after; k < Math.min(tokens.length, after + 2); k++) {
      const t = tokens[k];
      if ((t?.pos === 'NOUN' || (t?.pos === 'ADJ' && f.unit === 'percent')) && stem(t.text) !== f.counts) {
        out.push(`n:${stem(t.text)}`);
        break;
      }
    }
  // "Five bombs were dropped": the verb the counted thing is the subject of, past its auxiliaries
  if (f.counts !== null && after >= 0) {
    let k = after;
    while (k < after + 5 && tokens[k] && tokens[k]?.pos !== 'VERB' && tokens[k]?.pos !== 'PUNCT') k++;
    const between = tokens.slice(after, k);
    const t = tokens[k];
    if (
      t?.pos === 'VERB' &&
      between.some((x) => x.pos === 'AUX') &&
      between.every((x) => x.pos !== 'NOUN' || stem(x.text) === f.counts)
    )
      out.push(stem(t.text));
  }
  return out;
}

/**
 * The mood a figure is told in: that of the verb chain nearest before it ("could stay shut for up to
 * three months" → "could stay": hypothetical), else its sentence's.
 */
export function figureMood(f: ClaimFigure, r: Reading): Modality {
  const tokens = r.claim.tokens;
  const told = (t: Token | undefined) => t !== undefined && t.pos === 'VERB' && r.moods.has(stem(t.text));
  let k = tokenAt(f, r) - 1;
  while (k >= 0 && !told(tokens[k])) k--;
  if (k < 0) return r.modality;
  while (k > 0 && told(tokens[k - 1])) k--;
  return r.moods.get(stem((tokens[k] as Token).text))?.modality ?? r.modality;
}

/** The verb a counted subject does, right after what it counts ("Five pirate boats tried to attack" → "tri"), or null. */
export function activeVerb(f: ClaimFigure, r: Reading): string | null {
  if (f.counts === null) return null;
  const tokens = r.claim.tokens;
  let k = tokens.findIndex((t) => t.start >= f.span.end);
  if (k < 0) return null;
  const end = k + 3;
  while (k < end && (tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'ADJ')) k++;
  const t = tokens[k];
  return t?.pos === 'VERB' && !REPORTING_STEMS.has(stem(t.text)) ? stem(t.text) : null;
}

/**
 * The verb nearest before a figure in its clause, as a stem ("came up over the wall in less than an
 * hour" → come), none past a punctuation mark.
 */
export function clauseVerb(f: ClaimFigure, r: Reading): string[] {
  const tokens = r.claim.tokens;
  for (let k = tokenAt(f, r) - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'PUNCT' && t.text !== '-') return [];
    if (t.pos === 'VERB') return [stem(t.text)];
  }
  return [];
}
