import type { Stage, StoryComparison, StoryExtraction, StoryInput, StorySummary } from '../../model/index.ts';

/** Options of the summarize stage. */
export type SummarizeOptions = { readonly words?: number };

/** Write a story's neutral cited summary (placeholder until the summarize stage lands). */
export function summarize(
  _options: SummarizeOptions = {},
): Stage<StoryInput & StoryExtraction & StoryComparison, StorySummary> {
  return () => ({ headline: null, summary: [], points: [] });
}
