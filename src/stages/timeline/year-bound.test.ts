import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineOfStory } from './story-fixture.ts';

// newuser17 #8: "built before 1900" tells no event of 1900, only a bound of when the homes were built
// (it was the story's first timeline row). A year told as the time of the event stays. Invented
// sentences in an article of 2026-03-07.
const datesOf = (sentence: string) =>
  timelineOfStory([
    { title: 'Quellport storm', text: `Quellport storm\n\n${sentence}`, publishedAt: '2026-03-07T09:00:00Z' },
  ]).timeline.map((e) => e.date);

test('a year after "before", "after" or "prior to" is no date of the event', () => {
  for (const sentence of [
    'Many of the damaged cottages on Mill Row were built before 1900.',
    'Most of the flooded homes were put up after 1950.',
    'The sea wall was last repaired prior to 1990.',
  ])
    assert.deepEqual(datesOf(sentence), [], sentence);
});

test('a year the event is told in stays', () => {
  assert.deepEqual(datesOf('The Mill Row sea wall was built in 1998.'), ['1998-01-01']);
});
