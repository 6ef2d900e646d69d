import type { Stage, StoryExtraction, StoryInput, StoryTimeline } from '../../model/index.ts';
import { type DatedSentence, datedSentences, mergeEvents } from './events.ts';
import { findDateMentions } from './mentions.ts';
import { REFERENCE_SLACK_DAYS, SAME_EVENT_OVERLAP, SAME_EVENT_SHARED } from './patterns.ts';
import { inferReferences } from './reference.ts';

/** Options of the timeline stage. */
export type TimelineOptions = {
  /** How many days past the latest stated date an undated article's reference may move (default 6). */
  readonly slackDays?: number;
};

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
    // 1. date expressions per sentence
    const mentions = input.articles.map((doc) =>
      doc.sentences.map((s) => findDateMentions(doc.article.text.slice(s.start, s.end))),
    );
    // 2. a reference date per article (given or inferred)
    const references = inferReferences(
      input.articles.map((doc, i) => ({
        id: doc.article.id,
        publishedAt: doc.article.publishedAt,
        mentions: (mentions[i] ?? []).flat(),
      })),
      slack,
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
      dated.push(...datedSentences(doc, i, (k) => perSentence[k] ?? [], reference));
    });
    return { timeline: mergeEvents(dated, SAME_EVENT_OVERLAP, SAME_EVENT_SHARED) };
  };
}
