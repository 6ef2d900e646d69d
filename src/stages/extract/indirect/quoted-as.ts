import type { Tok } from '../../../text/annotated.ts';
import { pastDateline } from '../../../text/annotated.ts';
import { INDIRECT_PARTICIPLES } from '../data/speech.ts';
import { quotedBefore, quotedPerson } from '../speakers/quoted-as.ts';
import { resolveSpeaker, type SpeakerContext } from '../speakers/resolve.ts';
import { contentAfter } from './content.ts';
import { trimContent } from './content-shape.ts';
import type { Found, SentenceRange } from './nominal.ts';

/**
 * "IRNA quoted the governor as saying 10 people died", "Lee was quoted by the radio as saying …", "…, officials
 * were quoted as saying.": the words are the quoted person's, not the channel's; the cue is the participle at `c`.
 */
export function quotedAsAt(ctx: SpeakerContext, c: number, sentence: SentenceRange): Found | null {
  const { doc } = ctx;
  if (!INDIRECT_PARTICIPLES.has((doc.tokens[c] as Tok).norm) || doc.tokens[c - 1]?.norm !== 'as') return null;
  const q = quotedBefore(doc, c - 1, sentence.first);
  const np = q < 0 ? null : quotedPerson(doc, q, c - 1, sentence.floor);
  if (!np) return null;
  const after = contentAfter(doc, c, sentence.end);
  // "…, officials were quoted by AP as saying.": the words stand before the person
  const content =
    after ??
    (c + 2 >= sentence.end && np[0] > sentence.first && doc.tokens[np[0] - 1]?.text === ','
      ? trimContent(doc, pastDateline(doc, sentence.first, np[0]), np[0] - 1)
      : null);
  return content ? { content, speaker: resolveSpeaker(ctx, np[0], np[1], c) } : null;
}
