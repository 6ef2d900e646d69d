import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineOfStory } from './story-fixture.ts';

// "Was due to open on Friday but did not", written on a Saturday: the Friday before, and no plan
// (midreview34 #14: it was listed as the Friday after, "(planned)"). Invented articles.

const SATURDAY = '2026-11-14T08:00:00Z';
const eventsOf = (text: string) =>
  timelineOfStory([{ publishedAt: SATURDAY, text }]).timeline.map((e) => [e.date, e.planned === true]);

const FELL_THROUGH: [string, string, string][] = [
  [
    'due to … but did not',
    'The Kessby footbridge was due to open on Friday but did not, after a crack was found.',
    '2026-11-13',
  ],
  [
    'expected to … but was called off',
    'The Kessby ferry race was expected to start on Thursday but was called off.',
    '2026-11-12',
  ],
  ['was to … but never', 'The Kessby market was to reopen on Wednesday, but it never did.', '2026-11-11'],
  // (what it stayed as tells it did not happen either)
  [
    'expected to … but stayed',
    'The Kessby ferry was expected to sail on Thursday but stayed in port.',
    '2026-11-12',
  ],
];

for (const [rule, text, date] of FELL_THROUGH) {
  test(`a plan told in the past that fell through is a day gone by: ${rule}`, () => {
    assert.deepEqual(eventsOf(text), [[date, false]]);
  });
}

// (staying as one was tells it did not happen; staying of a mind does not: review35-A)
test('a plan told in the past and a "but" of someone staying of a mind stays ahead', () => {
  assert.deepEqual(
    eventsOf(
      'The Kessby council was expected to vote on the budget on Wednesday, but the mayor remained confident it would pass.',
    ),
    [['2026-11-18', true]],
  );
  assert.deepEqual(eventsOf('The Kessby pool was due to reopen on Wednesday but remained closed.'), [
    ['2026-11-11', false],
  ]);
});

test('a plan told in the present stays ahead: "is due to reopen on Wednesday"', () => {
  assert.deepEqual(eventsOf('The Kessby market is due to reopen on Wednesday.'), [['2026-11-18', true]]);
});
