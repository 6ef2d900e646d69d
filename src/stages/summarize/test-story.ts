// For the summarize tests: invented articles made one story, extracted, compared and summarized.
import assert from 'node:assert/strict';
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

/**
 * Asserts that invented articles made one story list no single-source point matching `told` (another
 * outlet tells it) and one matching each of `own` (what one outlet alone tells stays listed).
 */
export function assertToldElsewhere(docs: readonly object[], told: RegExp, own: readonly RegExp[]): void {
  const points = summarized(docs, 60)
    .out.points.filter((p) => p.kind === 'single-source')
    .map((p) => p.text);
  const all = points.join(' | ');
  assert.deepEqual(
    points.filter((t) => told.test(t)),
    [],
    all,
  );
  for (const re of own)
    assert.ok(
      points.some((t) => re.test(t)),
      `${re} not listed: ${all}`,
    );
}
