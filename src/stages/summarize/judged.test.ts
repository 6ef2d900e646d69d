import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Evidence } from '../../model/index.ts';
import { judgeEvidence, readSentences } from '../compare/support/index.ts';
import { judgedOnce } from './judged.ts';
import { summarized } from './test-story.ts';

// Invented articles: one event told alike, in part, as planned and as done, and not at all.
const STORY = [
  {
    outlet: 'Coast Daily',
    title: 'Port strike ends',
    text: 'Dock workers at the port of Selby ended their strike on Friday after the union accepted a 6 percent raise.\n\nThe union and the port authority will meet again in March.',
  },
  {
    outlet: 'Selby Mail',
    title: 'Strike over at Selby docks',
    text: 'The dock workers of Selby ended their strike on Friday, accepting a raise of 6 percent.\n\nThe union and the port authority met on Tuesday.\n\nA new ferry line starts in May.',
  },
  {
    outlet: 'Harbour Radio',
    title: 'Selby strike',
    text: 'Dock workers at Selby are due to end their strike on Friday.\n\nCargo piled up on the quays for two weeks.',
  },
];

test('judgedOnce answers as judgeEvidence, each way round, whatever object holds a span', () => {
  const { input, comparison } = summarized(STORY, 80);
  const story = { ...input, ...comparison };
  const spans: Evidence[] = story.articles.flatMap((d) =>
    d.sentences.map((s) => ({ articleId: d.article.id, span: { start: s.start, end: s.end } })),
  );
  assert.ok(spans.length >= 7);
  const judged = judgedOnce(story);
  const { find } = readSentences(story);
  const verdicts = new Set<string>();
  for (const a of spans)
    for (const b of spans) {
      const expected = judgeEvidence(story, a, b);
      assert.deepEqual(judged(a, b), expected);
      // another object of the same span: the same answer, from the same memo
      const copy = { articleId: b.articleId, span: { ...b.span } };
      assert.equal(judged(a, copy), judged(a, b));
      verdicts.add(expected.verdict);
    }
  for (const e of spans) assert.equal(judged.read(e), find(e));
  // (the pairs asked differ in verdict, so an answer kept under another pair's key would show)
  assert.ok(verdicts.size >= 2, [...verdicts].join(', '));
  // one pair asked both ways: two keys
  const [x, y] = spans as [Evidence, Evidence];
  assert.notEqual(judged(x, y), judged(y, x));
});
