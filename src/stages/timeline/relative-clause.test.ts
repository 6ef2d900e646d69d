import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineOfStory } from './story-fixture.ts';

// newuser15 #7: a day told inside a relative clause ("the blast that killed one miner … on Tuesday") is
// the noun's day, not the main clause's: a sentence whose main clause has its own day is dated by that
// only (it was listed under both). Invented sentences in an article of 2026-12-03 (a Thursday).
const datesOf = (sentence: string) =>
  timelineOfStory([
    { title: 'Harlo quarry', text: `Harlo quarry\n\n${sentence}`, publishedAt: '2026-12-03T09:00:00Z' },
  ]).timeline.map((e) => e.date);

test('a day in a relative clause does not date the main clause that has its own', () => {
  assert.deepEqual(
    datesOf(
      'The council on Wednesday ordered a review of the blast that killed one miner and injured 15 others at the Harlo quarry on Tuesday.',
    ),
    ['2026-12-02'],
  );
});

test('a day after a reporting verb\'s "that" still dates its clause', () => {
  assert.deepEqual(datesOf('Officials said on Wednesday that the quarry reopened on Tuesday.').sort(), [
    '2026-12-01',
    '2026-12-02',
  ]);
});

test("a relative clause's day alone still dates its sentence", () => {
  assert.deepEqual(datesOf('Rescuers searched the quarry that collapsed on Tuesday.'), ['2026-12-01']);
});
