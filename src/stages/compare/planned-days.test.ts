import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare as run } from './test-story.ts';

// Invented pairs (newuser19 finding 1): one planned event told for two days by two outlets. A plan's
// day may move, so it is a difference to check, never a ✗; a side that tells the move is no side.
const day = { publishedAt: '2031-05-03' };

test('one plan told for two days ("will vote on Tuesday, June 8" / "… on Thursday, June 10") is a date difference', () => {
  for (const [a, b] of [
    [
      'Tarnby council will vote on the harbour levy on Tuesday, June 8.',
      'Tarnby council will vote on the harbour levy on Thursday, June 10.',
    ],
    [
      'Tarnby council will vote on the harbour levy on Tuesday.',
      'Tarnby council will vote on the harbour levy on Thursday.',
    ],
    [
      'Tarnby council will vote on the harbour levy on Tuesday, June 8, the clerk said on Monday.',
      'Tarnby council will vote on the harbour levy on Thursday, June 10, with the levy at the heart of it.',
    ],
  ] as const) {
    const { result, factWith } = run([
      [a, day],
      [b, day],
    ]);
    assert.ok(
      result.differences?.some((d) => d.kind === 'date'),
      a,
    );
    assert.equal(result.conflicts.length, 0, a);
    for (const fact of factWith('harbour levy'))
      for (const mark of Object.values(fact.coverage)) assert.notEqual(mark.mark, 'contradicts', a);
  }
});

test('a plan told as moved to another day ("was postponed to Thursday") is no other telling of its day', () => {
  const { result } = run([
    ['Tarnby council will vote on the harbour levy on Tuesday, June 8.', day],
    [
      'Tarnby council will now vote on the harbour levy on Thursday, June 10, after the vote was postponed.',
      day,
    ],
  ]);
  assert.equal(result.differences?.filter((d) => d.kind === 'date').length ?? 0, 0);
});
