import type { Doc, Tok } from '../../../text/annotated.ts';
import { INDIRECT_CUES } from '../data/speech.ts';
import { namedBody as bodyNamed } from '../speakers/bodies.ts';
import { phraseAfter } from '../speakers/phrases.ts';
import type { Attribution, SpeakerContext } from '../speakers/resolve.ts';

/**
 * "The authority also said …" after "the National Harbour Authority": the organisation of the story whose
 * name ends in the noun, last named before (speakers/bodies.ts; resolveSpeaker already applies it).
 */
export function namedBody(ctx: SpeakerContext, who: Attribution): Attribution {
  return bodyNamed(ctx.doc, ctx.entities, who);
}

/** Longest source after "according to" when its phrase is cut short by the tagger. */
const MAX_SOURCE_TOKENS = 12;
const SOURCE_STOPS = new Set([',', ';', ':', '(', ')', '—', '–']);

/** The source after "according to": its noun phrase, or up to the next comma when tags break it ("exit/VERB polls"). */
export function sourceAfter(doc: Doc, k: number, end: number): [number, number] | null {
  const np = phraseAfter(doc, k, end);
  let b = k;
  while (b < end && b - k < MAX_SOURCE_TOKENS && !SOURCE_STOPS.has((doc.tokens[b] as Tok).text)) b++;
  // a run cut by the length limit is no source
  if (b < end && !SOURCE_STOPS.has((doc.tokens[b] as Tok).text)) return np;
  while (b > k && (doc.tokens[b - 1] as Tok).pos === 'PUNCT') b--;
  return np && np[1] >= b ? np : b > k ? [k, b] : np;
}

/** True when an appositive runs from token `k` to the sentence's end (", the lawyer for the agency."). */
export function appositiveToEnd(doc: Doc, k: number, end: number): boolean {
  if (doc.tokens[k]?.text !== ',') return false;
  const np = phraseAfter(doc, k + 1, end);
  return np !== null && end - np[1] <= 1;
}

/** "The center estimates that …": a cue in -s tagged as a plural noun, after a noun and before "that". */
export function nounTaggedCue(doc: Doc, c: number): boolean {
  const t = doc.tokens[c] as Tok;
  const next = doc.tokens[c + 1];
  return (
    t.pos === 'NOUN' &&
    t.norm.endsWith('s') &&
    INDIRECT_CUES.has(t.norm) &&
    next?.norm === 'that' &&
    next.pos !== 'DET' &&
    ['NOUN', 'PROPN'].includes(doc.tokens[c - 1]?.pos ?? '')
  );
}
