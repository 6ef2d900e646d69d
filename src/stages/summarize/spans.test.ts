import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact } from '../../model/index.ts';
import type { Candidate } from './candidates.ts';
import { candidatesAt, factsOfCandidates, groupByArticle } from './spans.ts';

// Sentences [0,10) [11,20) [21,30) of a1 and [0,15) of a2.
const spans: [string, number, number][] = [
  ['a1', 0, 10],
  ['a1', 11, 20],
  ['a1', 21, 30],
  ['a2', 0, 15],
];
const candidates = spans.map(
  ([articleId, start, end], index) =>
    ({ index, articleId, evidence: { articleId, span: { start, end } } }) as unknown as Candidate,
);
const at = candidatesAt(groupByArticle(candidates));

test('the sentences a span of evidence touches', () => {
  const cases: [string, number, number, number[]][] = [
    ['a1', 0, 10, [0]],
    ['a1', 12, 15, [1]],
    ['a1', 5, 25, [0, 1, 2]],
    ['a1', 10, 11, []], // the space between two sentences
    ['a1', 30, 40, []],
    ['a2', 3, 4, [3]],
    ['a3', 0, 5, []],
  ];
  for (const [articleId, start, end, expected] of cases)
    assert.deepEqual(
      at({ articleId, span: { start, end } }).map((c) => c.index),
      expected,
      `${articleId} ${start}-${end}`,
    );
});

test('the facts each sentence states, each once, in the facts’ order', () => {
  const fact = (id: string, ...evidence: [string, number, number][]) =>
    ({
      id,
      evidence: evidence.map(([articleId, start, end]) => ({ articleId, span: { start, end } })),
    }) as Fact;
  const facts = [fact('f1', ['a1', 0, 5], ['a1', 2, 8], ['a2', 0, 15]), fact('f2', ['a1', 12, 25])];
  assert.deepEqual(
    factsOfCandidates(candidates, facts, at).map((list) => list.map((f) => f.id)),
    [['f1'], ['f2'], ['f2'], ['f1']],
  );
});
