import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineOfStory } from './story-fixture.ts';

// "Postponed until December" in a November article is the December ahead, whatever the tense of the
// verb that moved it (midreview34 #10: it was dated December of the year before). Invented articles.

const datesOf = (text: string) =>
  timelineOfStory([{ publishedAt: '2026-11-11T08:00:00Z', text }]).timeline.map((e) => e.date);

const AHEAD: [string, string, string][] = [
  [
    'postponed until',
    'The Varby vote was postponed until December, council leader Mira Holt said.',
    '2026-12-01',
  ],
  ['put off till', 'The Varby council put the vote off till January.', '2027-01-01'],
  ['pushed back till', 'The Varby council pushed the vote back till February.', '2027-02-01'],
  ['delayed until a day', 'The Varby ferry trial was delayed until March 4.', '2027-03-04'],
  // (a month moved "to" is the month ahead too; "to" after no word of moving is no date's)
  ['delayed to', 'The reopening of the Varby pool has been delayed to January.', '2027-01-01'],
  ['postponed to', 'The Varby vote was postponed to December.', '2026-12-01'],
];

for (const [rule, text, date] of AHEAD) {
  test(`a date an event was moved to is ahead: ${rule}`, () => {
    assert.deepEqual(datesOf(text), [date]);
  });
}

test('"to" before a month after no word of moving tells no date: "plan to march"', () => {
  assert.deepEqual(datesOf('Varby farmers plan to march on the town hall.'), []);
});

test('"until" after a verb that moves nothing keeps the past: "the fair ran until October"', () => {
  assert.deepEqual(datesOf('The Varby fair ran until October.'), ['2026-10-01']);
});

test('a verb of moving in an aside moves nothing to the date of another verb', () => {
  assert.deepEqual(datesOf('The Varby fair, delayed by rain in the spring, ran until October.'), [
    '2026-10-01',
  ]);
});
