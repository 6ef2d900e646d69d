import type { DocSentence, Tok } from '../../../text/annotated.ts';
import { FINDING_NOUNS, SPEAKER_NOUNS } from '../data/speech.ts';
import { phraseAfter } from '../speakers/phrases.ts';
import { type Attribution, resolveSpeaker, type SpeakerContext } from '../speakers/resolve.ts';
import { trimContent } from './content-shape.ts';

/** Longest speaker before a headline's colon, in tokens ("Rush Limbaugh: …", "Poll: …"). */
const MAX_HEADLINE_SPEAKER = 4;

/**
 * "Mayor Wu: Bridge Will Reopen in May", "Poll: Voters Back the Levy": a headline that opens with a person, a
 * speaker noun or a poll and a colon attributes the rest of the headline to it.
 */
export function headlineAttribution(
  ctx: SpeakerContext,
  s: DocSentence,
): { content: [number, number]; speaker: Attribution } | null {
  const { doc, entities } = ctx;
  let colon = s.first + 1;
  while (colon < s.end && colon - s.first <= MAX_HEADLINE_SPEAKER && (doc.tokens[colon] as Tok).text !== ':')
    colon++;
  if (doc.tokens[colon]?.text !== ':' || colon >= s.end) return null;
  const np = phraseAfter(doc, s.first, colon);
  if (!np || np[1] !== colon) return null;
  const head = doc.tokens[colon - 1] as Tok;
  const words = FINDING_NOUNS.has(head.norm) || SPEAKER_NOUNS.has(head.norm);
  let person = false;
  for (let k = s.first; k < colon; k++) {
    const id = entities.byMention.get(`${doc.id}:${(doc.tokens[k] as Tok).start}`);
    if (id && entities.byId.get(id)?.kind === 'person') person = true;
  }
  if (!words && !person) return null;
  const content = trimContent(doc, colon + 1, s.end, { nominal: true, infinitive: true });
  return content ? { content, speaker: resolveSpeaker(ctx, s.first, colon, colon) } : null;
}
