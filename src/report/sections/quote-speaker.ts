import type { Quote } from '../../model/index.ts';

/**
 * Whom a section gives a quote to: the speaker with the verb the outlet gave them ("Ilse Varga (said)",
 * a verb which may turn the reported words around); "no speaker found" for a pronoun no one was found for
 * (“she” said), rather than a guess; "unattributed" with no speaker at all.
 */
export function quoteSpeaker(q: Quote): string {
  if (!q.speaker) return 'unattributed';
  if (q.speaker.unresolved) return `no speaker found (“${q.speaker.name}”${q.cue ? ` ${q.cue}` : ''})`;
  return q.cue ? `${q.speaker.name} (${q.cue})` : q.speaker.name;
}

/** How a section introduces a quote's words: reported speech and a stance are the outlet's words, not set in quote marks. */
export function quoteText(q: Quote, text: string): string {
  if (q.speech === false) return `stance: ${text}`;
  return q.kind === 'indirect' ? `reported: ${text}` : `“${text}”`;
}
