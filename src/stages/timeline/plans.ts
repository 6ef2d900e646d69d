import type { SegmentedArticle } from '../../model/index.ts';
import type { DateMention } from '../../text/dates/mentions.ts';
import { reportWeekday } from '../../text/dates/quoted-day.ts';
import type { PlannedSentence } from './before.ts';
import { PLAN_CUE, QUOTED_PASSAGE, REPEAT_CUE, SAME_DAY_CUE } from './patterns.ts';
import { sentenceWords } from './words.ts';

/**
 * The sentences of an article that tell something as still ahead in the writer's own voice ("will meet
 * with …", "set to strike on Monday"; not inside quotation marks, not a repeat "again"), by their words.
 */
export function plansOf(doc: SegmentedArticle, mentions: readonly DateMention[][]): PlannedSentence[] {
  const out: PlannedSentence[] = [];
  doc.sentences.forEach((s, k) => {
    const own = doc.article.text.slice(s.start, s.end).replace(QUOTED_PASSAGE, ' ');
    if (!PLAN_CUE.test(own) || REPEAT_CUE.test(own)) return;
    out.push({ words: sentenceWords(s, mentions[k] ?? []), sameDay: SAME_DAY_CUE.test(own) });
  });
  return out;
}

/**
 * The past weekday the first sentence reports on ("…, the White House said Thursday."): in a news lede
 * that is the day of writing. Null when there is none.
 */
export function ledeWeekday(doc: SegmentedArticle, mentions: readonly DateMention[]): DateMention | null {
  const first = doc.sentences[0];
  return first ? reportWeekday(doc.article.text.slice(first.start, first.end), mentions) : null;
}
