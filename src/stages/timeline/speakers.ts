// Who said what a dated saying tells, by the extract stage's quotes: two sayings of one day by two
// speakers are two events, not one told by two articles.
import type { Quote } from '../../model/index.ts';
import type { DatedSentence } from './events.ts';

/**
 * The dated sentences whose date belongs to a reporting verb ("…," the premier said on Sunday), each
 * given the speakers of the quotes it carries or names the speaker of (a speaker's entities, else
 * name); a sentence with no named speaker is left as it is.
 */
export function withSpeakers(dated: readonly DatedSentence[], quotes: readonly Quote[]): DatedSentence[] {
  return dated.map((s) => {
    if (!s.said) return s;
    const { articleId, span } = s.evidence;
    const inside = (e: { articleId: string; span: { start: number; end: number } }) =>
      e.articleId === articleId && e.span.start < span.end && e.span.end > span.start;
    const speakers = new Set(
      quotes.flatMap((q) =>
        q.speaker &&
        !q.speaker.unresolved &&
        q.speech !== false &&
        [...q.occurrences, ...q.speakerEvidence].some(inside)
          ? speakerKeys(q.speaker)
          : [],
      ),
    );
    return speakers.size ? { ...s, speakers } : s;
  });
}

/** Whether two sayings are given to speakers with none in common (both named). */
export function otherSpeakers(a: DatedSentence, b: DatedSentence): boolean {
  return (
    a.speakers !== undefined && b.speakers !== undefined && ![...a.speakers].some((k) => b.speakers?.has(k))
  );
}

// A speaker's keys: its entities (a joint speaker's, one each), else its name as written.
function speakerKeys(speaker: NonNullable<Quote['speaker']>): string[] {
  const ids = speaker.entityIds ?? (speaker.entityId ? [speaker.entityId] : []);
  return ids.length ? ids : [`name:${speaker.name.toLowerCase()}`];
}
