import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineOfStory } from './story-fixture.ts';

// newuser15 #7 (and #15): "up 8 percent from last year" is the base a change is measured from, no
// event of last year; the day the sentence tells stays. Invented sentences in an article of 2026-12-02.
const datesOf = (sentence: string) =>
  timelineOfStory([
    {
      title: 'Brenmouth budget',
      text: `Brenmouth budget\n\n${sentence}`,
      publishedAt: '2026-12-02T09:00:00Z',
    },
  ]).timeline.map((e) => e.date);

test('a year a change is measured from is no entry of its own', () => {
  assert.deepEqual(
    datesOf(
      'The Brenmouth council on Tuesday approved a road budget of 2.1 million crowns, up 8 percent from last year.',
    ),
    ['2026-12-01'],
  );
  assert.deepEqual(
    datesOf('The Brenmouth council on Tuesday approved a road budget 12 percent higher than in 2025.'),
    ['2026-12-01'],
  );
  assert.deepEqual(
    datesOf(
      'The Brenmouth council on Tuesday approved a road budget of 2.1 million crowns, compared with 1.9 million crowns in 2025.',
    ),
    ['2025-01-01', '2026-12-01'],
  );
});

test('a year told as when something happened stays', () => {
  assert.deepEqual(datesOf('The Brenmouth council approved a road budget of 2.1 million crowns last year.'), [
    '2025-01-01',
  ]);
});
