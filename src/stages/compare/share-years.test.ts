import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// Shares of one named whole told of two years are two measures, no difference to check (review35-A:
// "took 40% … last year" / "will take 35% … next year" was listed as one measure told otherwise).
// Invented articles.

const listed = (bodies: readonly string[]) =>
  (runCompare(bodies).result.differences ?? []).map((d) => [
    d.about,
    d.sides.map((s) => s.evidence.map((e) => e.articleId)),
  ]);

test('shares of one whole told of two years are no difference', () => {
  for (const [a, b] of [
    ['the parks and libraries budget last year', 'the parks and libraries budget next year'],
    ['the parks and libraries budget in 2024', 'the parks and libraries budget in 2026'],
    ["last year's parks and libraries budget", "next year's parks and libraries budget"],
  ])
    assert.deepEqual(
      listed([
        `The project took 40% of ${a}, officials said.`,
        `The project will take 35% of ${b}, officials said.`,
      ]),
      [],
      `${a} / ${b}`,
    );
});

test('shares of one whole told of one year, or of one year and none, are still a difference', () => {
  const one = [['share of the parks and libraries budget (percent)', [['a1'], ['a2']]]];
  assert.deepEqual(
    listed([
      "The project will take 40% of next year's parks and libraries budget, officials said.",
      'The project will take 35% of the parks and libraries budget next year, officials said.',
    ]),
    one,
  );
  assert.deepEqual(
    listed([
      'The project will take 40% of the parks and libraries budget in 2026, officials said.',
      'The project will take 35% of the parks and libraries budget, officials said.',
    ]),
    one,
  );
});
