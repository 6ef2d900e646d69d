import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineOfCompared } from './story-fixture.ts';

// A sentence telling that something did not happen on a day is no event line for the outlets that say
// it happened (midreview34 #11: "did not vote on Monday" was the line cited for three outlets, two of
// which said the council voted). Invented articles.

const MONDAY_WEEK = '2026-11-11T08:00:00Z';

const rowsOf = (texts: readonly [string, string][]) =>
  timelineOfCompared(texts.map(([outlet, text]) => ({ outlet, publishedAt: MONDAY_WEEK, text }))).map((e) => [
    e.text,
    e.citations.map((x) => x.articleId).sort(),
  ]);

const CASES: [string, [string, string][]][] = [
  [
    'did not vote',
    [
      ['Ostby Radio', 'The Ostby council did not vote on Monday to close two swimming pools in the town.'],
      ['Ostby Echo', 'The Ostby council voted on Monday to close two swimming pools in the town.'],
      ['Norrland Times', 'The Ostby council voted on Monday to close two of its swimming pools in the town.'],
    ],
  ],
  [
    'never opened',
    [
      ['Ostby Radio', 'The new Ostby ferry terminal never opened on Tuesday to passengers from the islands.'],
      ['Ostby Echo', 'The new Ostby ferry terminal opened on Tuesday to passengers from the islands.'],
    ],
  ],
  [
    "wasn't signed",
    [
      ['Ostby Radio', "The Ostby harbour contract wasn't signed on Friday by the port board and the union."],
      ['Ostby Echo', 'The Ostby harbour contract was signed on Friday by the port board and the union.'],
    ],
  ],
];

for (const [rule, texts] of CASES) {
  test(`a sentence saying it did not happen cites no outlet saying it did: ${rule}`, () => {
    const rows = rowsOf(texts);
    for (const [text, ids] of rows) {
      const negated = /\bnot\b|n't|\bnever\b/.test(String(text));
      if (negated) assert.deepEqual(ids, ['a1'], `${text} cites ${ids}`);
      else assert.ok(!(ids as string[]).includes('a1'), `${text} cites ${ids}`);
    }
    assert.ok(rows.length >= 1);
  });
}
