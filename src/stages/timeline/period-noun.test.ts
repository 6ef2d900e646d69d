import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineOfStory } from './story-fixture.ts';

// Session 35 (newuser14 #14): "approved a budget for next year" was listed "2027 (planned)": the year an
// account covers is no date of the event. Invented articles.
const datesOf = (text: string): string[] =>
  timelineOfStory([{ text, publishedAt: '2026-11-18' }]).timeline.map(
    (e) => `${e.date}${e.planned ? ' planned' : ''}`,
  );

test('the year a budget or plan is for dates nothing; the sentence keeps its own day', () => {
  assert.deepEqual(datesOf('Orrin council voted on Tuesday to approve a budget for next year.'), [
    '2026-11-17',
  ]);
  assert.deepEqual(datesOf('The board set out spending plans for 2027 at its meeting.'), []);
});

test('a year the event itself is set for is still dated', () => {
  assert.deepEqual(datesOf('The new Orrin ferry pier will open in 2027, the board said.'), [
    '2027-01-01 planned',
  ]);
  assert.deepEqual(datesOf('A vote on the Orrin ferry plan is planned for next year.'), [
    '2027-01-01 planned',
  ]);
});
