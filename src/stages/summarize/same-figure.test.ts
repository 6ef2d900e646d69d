import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { summarized } from './test-story.ts';

// Two invented outlets on one ferry fare rise: each tells the daily traffic in its own words, and each
// gives figures of the same size that count other things.
const DOCS = [
  {
    title: 'Orrin Lake ferry fares to rise',
    text: 'The Orrin Lake ferry company will raise its fares by 8 percent in May, its board decided on Monday.\n\nThe ferries carry about 6,500 passengers a day, most of them commuters.\n\nThe company employs 240 crew members on its four boats.\n\nRepairs to the main pier will take three weeks, the company said.',
  },
  {
    title: 'Ferry fares going up in May',
    text: 'Fares on the Orrin Lake ferries will go up by 8 percent from May, the company announced on Monday.\n\nSome 6,500 passengers cross the lake by boat every day.\n\nThe harbour car park has 240 spaces and is often full by eight o’clock.\n\nA strike by the crews lasted three weeks last year.',
  },
];

describe('a single-source fact whose figure another source tells', () => {
  const { out, comparison } = summarized(DOCS, 60);
  const single = out.points.filter((p) => p.kind === 'single-source').map((p) => p.text);

  test('the same count at the same rate, in other words, is told elsewhere', () => {
    const daily = comparison.facts.filter((f) => /6,500/.test(f.text));
    assert.equal(daily.length, 2);
    for (const f of daily) assert.equal(f.status, 'single-source');
    assert.deepEqual(
      single.filter((t) => /6,500/.test(t)),
      [],
    );
  });

  test('the same value counting another thing, or a length of time, is not', () => {
    assert.ok(single.some((t) => t.startsWith('The company employs 240 crew members')));
    assert.ok(single.some((t) => t.startsWith('The harbour car park has 240 spaces')));
    assert.ok(single.some((t) => t.startsWith('Repairs to the main pier will take three weeks')));
    assert.ok(single.some((t) => t.startsWith('A strike by the crews lasted three weeks')));
  });
});
