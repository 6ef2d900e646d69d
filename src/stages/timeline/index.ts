import type {
  SegmentedArticle,
  Stage,
  StoryExtraction,
  StoryInput,
  StoryTimeline,
} from '../../model/index.ts';
import { type DatedSentence, datedSentences, mergeEvents, sameDateGroups } from './events.ts';
import { type DateMention, findDateMentions } from './mentions.ts';
import {
  DATELINE,
  MAX_SAME_DATE_COMPARED,
  REFERENCE_SLACK_DAYS,
  SAME_EVENT_OVERLAP,
  SAME_EVENT_SHARED,
  STORY_SPREAD_DAYS,
} from './patterns.ts';
import { inferReferences } from './reference.ts';
import { sentenceWords } from './words.ts';

/** Options of the timeline stage. */
export type TimelineOptions = {
  /** How many days past its lower bound an undated article's reference may move (default 10). */
  readonly slackDays?: number;
};

// The date of a dateline opening the article's first paragraph, and where it is in the text.
function datelineOf(doc: SegmentedArticle): { mention: DateMention; at: number } | null {
  const first = doc.article.paragraphs.find((p) => p.kind === 'text');
  const m = first ? DATELINE.exec(doc.article.text.slice(first.span.start, first.span.end)) : null;
  const mention = m?.[1] ? findDateMentions(m[1]).find((d) => d.value.kind === 'day') : undefined;
  if (!first || !m?.[1] || !mention) return null;
  return { mention, at: first.span.start + m[0].length - m[1].length + mention.start };
}

/**
 * Build a story's dated timeline: find date expressions in every sentence, resolve them against each
 * article's publication date (inferred from the dates the story states when missing, and then marked
 * inferred), and merge the same event told by several articles into one event citing all of them.
 * @example
 * const { timeline: events } = timeline()({ story, articles, entities, quotes, figures }, ctx);
 */
export function timeline(options: TimelineOptions = {}): Stage<StoryInput & StoryExtraction, StoryTimeline> {
  const slack = options.slackDays ?? REFERENCE_SLACK_DAYS;
  return (input, ctx) => {
    // 1. date expressions per sentence, with the sentence's words; datelines
    const datelines = input.articles.map(datelineOf);
    // a dateline's date is when the article was filed, not an event of the story
    const mentions = input.articles.map((doc, i) =>
      doc.sentences.map((s) =>
        findDateMentions(doc.article.text.slice(s.start, s.end)).filter(
          (m) => s.start + m.start !== datelines[i]?.at,
        ),
      ),
    );
    const placed = input.articles.map((doc, i) =>
      doc.sentences.flatMap((s, k) => {
        const found = mentions[i]?.[k] ?? [];
        const words = sentenceWords(s, found);
        return found.map((m) => ({ ...m, words }));
      }),
    );
    // 2. a reference date per article (given, from a dateline, or inferred)
    const references = inferReferences(
      input.articles.map((doc, i) => ({
        id: doc.article.id,
        publishedAt: doc.article.publishedAt,
        mentions: placed[i] ?? [],
        dateline: datelines[i]?.mention ?? null,
      })),
      {
        slackDays: slack,
        storySpreadDays: STORY_SPREAD_DAYS,
        minOverlap: SAME_EVENT_OVERLAP,
        minShared: SAME_EVENT_SHARED,
      },
    );
    // 3. dated sentences, then events merged across articles
    const dated: DatedSentence[] = [];
    input.articles.forEach((doc, i) => {
      const reference = references.get(doc.article.id) ?? null;
      const perSentence = mentions[i] ?? [];
      if (!reference && perSentence.some((m) => m.length)) {
        ctx.issues.push({
          code: 'timeline/no-reference-date',
          severity: 'info',
          articleId: doc.article.id,
          message: 'no publication date and no stated date in the story: relative dates left unresolved',
        });
      }
      for (const event of datedSentences(doc, i, (k) => perSentence[k] ?? [], reference)) dated.push(event);
    });
    let largest = 0;
    for (const group of sameDateGroups(dated).values()) largest = Math.max(largest, group.length);
    if (largest > MAX_SAME_DATE_COMPARED)
      ctx.issues.push({
        code: 'timeline/same-date-capped',
        severity: 'info',
        message: `story ${input.story.id}: ${largest} sentences on one date; each was compared with the ${MAX_SAME_DATE_COMPARED} before it only`,
      });
    return { timeline: mergeEvents(dated, SAME_EVENT_OVERLAP, SAME_EVENT_SHARED) };
  };
}
