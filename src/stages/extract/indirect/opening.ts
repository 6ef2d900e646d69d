import type { Tok } from '../../../text/annotated.ts';
import { INDIRECT_PARTICIPLES, NOMINAL_CUES } from '../data/speech.ts';
import { phraseAfter } from '../speakers/phrases.ts';
import { type Attribution, resolveSpeaker, type SpeakerContext } from '../speakers/resolve.ts';
import { trimContent } from './content-shape.ts';
import { citesSource } from './not-speech.ts';
import { stanceAt } from './stance.ts';

/** Longest opening participle clause before the subject's comma, in tokens. */
const MAX_OPENING = 30;
const VERB_POS = new Set(['VERB', 'AUX']);

/**
 * "Citing the storm, the mayor closed the bridge", "Defending her plan, Lee said …": a participle of a speech
 * or stance verb that opens the sentence reports what the subject after the comma cited or defended.
 */
export function openingAt(
  ctx: SpeakerContext,
  c: number,
  sentence: { first: number; end: number },
): { content: [number, number]; speaker: Attribution } | null {
  const { doc } = ctx;
  const t = doc.tokens[c] as Tok;
  if (c !== sentence.first || !t.norm.endsWith('ing')) return null;
  const cue = INDIRECT_PARTICIPLES.has(t.norm) || NOMINAL_CUES.has(t.norm) || stanceAt(doc, c, sentence.end);
  // "Citing unnamed people familiar with the matter, the paper …": a source cited, not what it said
  if (!cue || citesSource(doc, c)) return null;
  let comma = c + 1;
  while (comma < sentence.end && comma - c < MAX_OPENING && (doc.tokens[comma] as Tok).text !== ',') comma++;
  if (doc.tokens[comma]?.text !== ',') return null;
  const np = phraseAfter(doc, comma + 1, sentence.end);
  if (!np) return null;
  // the subject is followed by its verb, perhaps after an adverb ("Lee quickly closed …")
  let v = np[1];
  while (doc.tokens[v]?.pos === 'ADV') v++;
  if (!VERB_POS.has(doc.tokens[v]?.pos ?? '')) return null;
  const content = trimContent(doc, c + 1, comma, { nominal: true, infinitive: true });
  return content ? { content, speaker: resolveSpeaker(ctx, np[0], np[1], c) } : null;
}
