import {
  createContext,
  type Evidence,
  type Issue,
  type StoryTimeline,
  type TimelineEvent,
} from '../../model/index.ts';
import { readArticles } from '../../pipeline.ts';
import { judgeEvidence } from '../compare/support/index.ts';
import { comparedStory, segmented } from '../compared-story.ts';
import { segment } from '../segment/index.ts';
import { timeline } from './index.ts';

/** An invented article of a test story: its text, and a title, publication and last change dates if given. */
export type InventedArticle = {
  readonly text: string;
  readonly title?: string;
  readonly publishedAt?: string;
  readonly modifiedAt?: string;
};

/**
 * For tests: the timeline of a story of invented articles, read as one JSONL file (ids a1, a2, … in
 * order), with the issues met and the articles' ids.
 * @example
 * const { timeline: events } = timelineOfStory([{ text: 'The council met on March 3, 2025.' }]);
 */
export function timelineOfStory(
  docs: readonly InventedArticle[],
): StoryTimeline & { readonly issues: readonly Issue[]; readonly ids: readonly string[] } {
  const ctx = createContext();
  const bytes = new TextEncoder().encode(docs.map((d) => JSON.stringify(d)).join('\n'));
  const segmentOne = segment();
  const articles = readArticles([{ path: 'story.jsonl', bytes }], {}, ctx).map((a) => segmentOne(a, ctx));
  const ids = articles.map((a) => a.article.id);
  const story = { id: 's1', title: 't', articleIds: ids, keywords: [] };
  const out = timeline()({ story, articles, entities: [], quotes: [], figures: [] }, ctx);
  return { ...out, issues: ctx.issues, ids };
}

/**
 * For tests: the timeline of invented articles (JSONL objects) read, segmented, extracted and compared
 * as one story, then given the compare stage's facts, as the pipeline runs it.
 * @example
 * const events = timelineOfCompared([{ outlet: 'Tollen Post', text: 'The depot will reopen on Friday.' }]);
 */
export function timelineOfCompared(docs: readonly object[]): readonly TimelineEvent[] {
  const ctx = createContext();
  const { input, comparison } = comparedStory(segmented(docs, ctx), ctx);
  const supports = (claim: Evidence, evidence: Evidence) =>
    judgeEvidence(input, claim, evidence).verdict === 'supports';
  return timeline()({ ...input, facts: comparison.facts, supports }, ctx).timeline;
}
