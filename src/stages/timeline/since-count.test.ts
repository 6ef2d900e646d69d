import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineOfStory } from './story-fixture.ts';

// midreview32 finding 10: a count told since a year ("have injured 40 people since 2021") is a running
// total up to the day of writing, no event of that year (the timeline listed it under 2021). Invented
// sentences in an article of 2026-10-14.
const datesOf = (sentence: string): string[] =>
  timelineOfStory([
    { title: 'Kell junction', text: `Kell junction\n\n${sentence}`, publishedAt: '2026-10-14T09:00:00Z' },
  ]).timeline.map((e) => e.date);

test('a count told since a year dates no event of that year (fails before: 2021)', () => {
  assert.deepEqual(
    datesOf('Crashes at the junction have injured 40 people since 2021, the council said.'),
    [],
  );
  assert.deepEqual(datesOf('Since 2021, crashes at the Kell junction have injured 52 people.'), []);
});

test('a state told since a year, and a count told in a year, keep the year', () => {
  assert.deepEqual(datesOf('The Kell bridge has been shut since 2021, the council said.'), ['2021-01-01']);
  assert.deepEqual(datesOf('In 2021 crashes at the junction injured 40 people, the council said.'), [
    '2021-01-01',
  ]);
});

test('a rate or a count told aside in a relative clause leaves a state since a year its date (fail before: none)', () => {
  assert.deepEqual(
    datesOf(
      'The Kell bridge, which carries 12,000 vehicles a day, has been shut since 2021, the council said.',
    ),
    ['2021-01-01'],
  );
  assert.deepEqual(
    datesOf('Since 2021 the Kell bridge, which has four lanes, has been shut, the council said.'),
    ['2021-01-01'],
  );
  // a running count inside the aside with its year is still one
  assert.deepEqual(
    datesOf(
      'The junction, where crashes have injured 40 people since 2021, will be rebuilt, the council said.',
    ),
    [],
  );
});
