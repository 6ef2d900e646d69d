import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { comparedStory, segmented } from '../compared-story.ts';
import { summarize } from './index.ts';

// fixes33 (newuser11 #20): a byte-identical copy marked as republishing its original is one source
// with it: a summary sentence both tell cites the original once, not the copy beside it (failed
// before: [a1][a2][a3]).
test('a summary sentence cites a syndicated copy and its original once, by the original', () => {
  const ctx = createContext();
  const text =
    'Tarrow town council approved its budget on Thursday after a three-hour debate.\n\nCouncil tax will rise by 4.9 per cent from April, the council said.';
  const docs = segmented(
    [
      { outlet: 'Radio Kessel', publishedAt: '2031-12-05T08:00:00Z', text },
      { outlet: 'Radio Kessel', publishedAt: '2031-12-05T08:00:00Z', text },
      {
        outlet: 'Orrin Echo',
        publishedAt: '2031-12-05T09:00:00Z',
        text: 'Tarrow town council approved its budget on Thursday after a long debate.\n\nCouncil tax will rise by 4.9 per cent from April.',
      },
    ],
    ctx,
  ).map((d, i) => (i === 1 ? { ...d, article: { ...d.article, syndicatedFrom: 'a1' } } : d));
  const { input, comparison } = comparedStory(docs, ctx);
  const { summary } = summarize({ words: 60 })({ ...input, ...comparison }, ctx);
  assert.ok(summary.length > 0);
  for (const s of summary) {
    const cited = s.citations.map((c) => c.articleId);
    assert.ok(!cited.includes('a2'), `${s.text} ${cited}`);
  }
  assert.ok(summary.some((s) => s.citations.some((c) => c.articleId === 'a1')));
});
