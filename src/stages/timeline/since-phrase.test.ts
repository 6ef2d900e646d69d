import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineOfStory } from './story-fixture.ts';

// differ36 (differ35's leftover): a date in a phrase "since" opens starts a state lasting to the day
// of writing, gone by whatever plan the sentence tells (fails before: "Mar 2027", planned). Invented
// sentences in an article of 2026-10-03.
const entriesOf = (sentence: string) =>
  timelineOfStory([
    { title: 'Fenmoor library', text: `Fenmoor library\n\n${sentence}`, publishedAt: '2026-10-03T09:00:00Z' },
  ]).timeline.map((e) => [e.date, e.planned ?? false]);

test('a month in a phrase "since" opens, in a sentence telling a plan, is the month gone by', () => {
  assert.deepEqual(
    entriesOf(
      'The Harwick council approved a plan to rebuild the Fenmoor library, closed since a fire in March.',
    ),
    [['2026-03-01', false]],
  );
  assert.deepEqual(entriesOf('The council will reopen the Fenmoor library, shut since March.'), [
    ['2026-03-01', false],
  ]);
});

test('a month the plan itself is dated by stays ahead', () => {
  assert.deepEqual(entriesOf('The council will reopen the Fenmoor library in March.'), [
    ['2027-03-01', true],
  ]);
});
