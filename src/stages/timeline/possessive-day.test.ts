import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineOfStory } from './story-fixture.ts';

// newuser15 #7: "ordered on Wednesday an inquiry into Tuesday's fire" tells Wednesday's event; the
// possessive day is the fire's, no time of the sentence (it was listed under both days). Invented
// sentences in an article of 2026-12-03 (a Thursday).
const datesOf = (sentence: string) =>
  timelineOfStory([
    { title: 'Harlo quarry', text: `Harlo quarry\n\n${sentence}`, publishedAt: '2026-12-03T09:00:00Z' },
  ]).timeline.map((e) => e.date);

test('a possessive day before a noun does not date a sentence whose main clause has its own day', () => {
  assert.deepEqual(
    datesOf("The council on Wednesday ordered a review of Tuesday's blast at the Harlo quarry in Brenmouth."),
    ['2026-12-02'],
  );
});

test('a possessive day alone still dates its sentence', () => {
  assert.deepEqual(datesOf("Tuesday's blast at the Harlo quarry in Brenmouth killed one miner."), [
    '2026-12-01',
  ]);
});
