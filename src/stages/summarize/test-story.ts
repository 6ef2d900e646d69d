// For the summarize tests: invented articles made one story, extracted, compared and summarized.
import { createContext } from '../../model/index.ts';
import { comparedStory, segmented } from '../compared-story.ts';
import { summarize } from './index.ts';

/**
 * Invented articles segmented, made one story, extracted, compared and summarized in `words` words:
 * the articles, the summarize input and comparison, and the summary.
 */
export function summarized(docs: readonly object[], words: number) {
  const ctx = createContext();
  const articles = segmented(docs, ctx);
  const { input, comparison } = comparedStory(articles, ctx);
  return { articles, input, comparison, out: summarize({ words })({ ...input, ...comparison }, ctx) };
}
