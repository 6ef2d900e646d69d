// One person's words told once: a budget story's summary gave four of its seven sentences to one
// opposition leader, one quotation per outlet, each in other words ("a budget built on sand", "spending
// its savings …"), so that no two were one quotation and every one was told. A speaker's reaction is
// told by the best-supported of the outlets' quotations of it; the others stay in the quotes table.
import type { Quote } from '../../model/index.ts';
import { foldName } from '../../text/normalise.ts';
import type { Candidate } from './candidates.ts';

// The share of a sentence's characters a speaker's words and naming must cover to make it that
// speaker's words ("Opposition leader X called it “a budget built on sand.”").
const SPEECH_SHARE = 1 / 2;

type Spoken = { readonly start: number; readonly end: number; readonly key: string };

// A quote's speaker as one key: its entity, else its folded name; none for a pronoun no one was found for.
const speakerKey = (q: Quote): string | null => {
  const s = q.speaker;
  if (!s || s.unresolved || q.speech === false) return null;
  return s.entityId ?? `name:${foldName(s.name)}`;
};

/**
 * Whether two sentences of different sources are each mostly one speaker's words (quoted or
 * reported, with the speaker's naming at least half the sentence) of the same speaker, and neither gives a figure (a
 * number told is a fact of its own): one person's reaction, told once.
 * @example
 * sameSpeaker(quotes)(courierQuote, radioQuote) // true: both the opposition leader's words
 */
export function sameSpeaker(quotes: readonly Quote[]): (a: Candidate, b: Candidate) => boolean {
  const byArticle = new Map<string, Spoken[]>();
  for (const q of quotes) {
    const key = speakerKey(q);
    if (!key) continue;
    // the words and where the speaker is named for them
    for (const o of [...q.occurrences, ...q.speakerEvidence]) {
      const list = byArticle.get(o.articleId) ?? [];
      list.push({ start: o.span.start, end: o.span.end, key });
      byArticle.set(o.articleId, list);
    }
  }
  const memo = new Map<number, string | null>();
  // the speaker whose words and naming cover most of the sentence, if they cover half of it
  const speakerOf = (c: Candidate): string | null => {
    const known = memo.get(c.index);
    if (known !== undefined) return known;
    const { start, end } = c.evidence.span;
    const covered = new Map<string, number>();
    for (const s of byArticle.get(c.articleId) ?? []) {
      const overlap = Math.min(end, s.end) - Math.max(start, s.start);
      if (overlap > 0) covered.set(s.key, (covered.get(s.key) ?? 0) + overlap);
    }
    const [best] = [...covered].sort((x, y) => y[1] - x[1]);
    const key = best && best[1] >= (end - start) * SPEECH_SHARE ? best[0] : null;
    memo.set(c.index, key);
    return key;
  };
  return (a, b) => {
    if (a.source === b.source || a.hasFigure || b.hasFigure) return false;
    const key = speakerOf(a);
    return key !== null && key === speakerOf(b);
  };
}
