import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// Invented dated coverage (newuser23 #2, #13): the hour of an event is read on the clock of the
// sources that tell it ("Wednesday night", at -05:00). A source that tells no hour and is dated by a
// day alone (a date without a time, or an "Updated …, December 3" line) names no clock, so it does
// not stop the others' hour: the article of the event's day published at 12:30 is still ◷.
const VOTE =
  'At an emergency meeting Wednesday night, the Kelby Town Council voted to ask the state to close the Arlen quarry.';
const NOON = 'Crews were still clearing debris at the Arlen quarry on Wednesday, a day after the landslide.';
const DAY_ONLY = 'The Kelby Town Council voted 7-2 on Wednesday to ask the state to close the Arlen quarry.';

test('a source dated by a day alone that tells no hour leaves the hour to those that tell it', () => {
  for (const dayOnly of [{ publishedAt: '2031-03-06' }, { modifiedAt: '2031-03-06' }]) {
    const { factWith } = runCompare([
      [NOON, { publishedAt: '2031-03-05T12:30:00-05:00' }],
      [VOTE, { publishedAt: '2031-03-06T08:00:00-05:00' }],
      [`${VOTE} Two members voted no.`, { publishedAt: '2031-03-06T06:10:00-05:00' }],
      [DAY_ONLY, dayOnly],
    ]);
    const fact = factWith('emergency meeting')[0];
    assert.ok(fact, 'the vote is a fact');
    assert.equal(fact.coverage.a1?.mark, 'published-before', JSON.stringify(dayOnly));
  }
});

test('a source that tells the hour on a clock of no zone still stops it', () => {
  const { factWith } = runCompare([
    [NOON, { publishedAt: '2031-03-05T12:30:00-05:00' }],
    [VOTE, { publishedAt: '2031-03-06T08:00:00-05:00' }],
    [`${VOTE} Two members voted no.`, { publishedAt: '2031-03-06' }],
  ]);
  assert.equal(factWith('emergency meeting')[0]?.coverage.a1?.mark, 'absent');
});
