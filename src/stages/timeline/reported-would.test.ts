import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineOfStory } from './story-fixture.ts';

// One invented article of Wednesday, March 12, 2025 (Friday was March 7, the Monday before March 10,
// the Monday after March 17): the days its timeline gives the sentence, and whether each is planned.
function daysOf(
  sentence: string,
  publishedAt = '2025-03-12T10:00:00Z',
): { date: string; planned: boolean }[] {
  const text = `The Marlow footbridge has been shut since January.\n\n${sentence}`;
  const { timeline: events } = timelineOfStory([{ title: 'Marlow footbridge', text, publishedAt }]);
  return events
    .filter((e) => !e.date.startsWith('2025-01'))
    .map((e) => ({ date: e.date, planned: e.planned === true }));
}

test('a "would" after a reporting verb tells its weekday as ahead, however far the date', () => {
  // wink tags "open" no verb here, so "said" was the verb nearest the date: the Monday before
  assert.deepEqual(
    daysOf(
      'Mayor Ana Cole said the town would open its first public library in a decade to readers on Monday.',
    ),
    [{ date: '2025-03-17', planned: true }],
  );
  assert.deepEqual(daysOf('The council said the town would open its new pool on Monday.'), [
    { date: '2025-03-17', planned: true },
  ]);
});

test('a reported plan\'s weekday is counted from the day of the saying ("said on Friday … would … on Monday")', () => {
  assert.deepEqual(daysOf('Mayor Ana Cole said on Friday the bridge would open on Monday.'), [
    { date: '2025-03-07', planned: false },
    { date: '2025-03-10', planned: true },
  ]);
  // an article of Saturday, March 8: the Monday after both
  assert.deepEqual(
    daysOf('Mayor Ana Cole said on Friday the bridge would open on Monday.', '2025-03-08T10:00:00Z'),
    [
      { date: '2025-03-07', planned: false },
      { date: '2025-03-10', planned: true },
    ],
  );
});

test('what is said on a day is told as done: "said on Monday he would resign"', () => {
  assert.deepEqual(daysOf('The ferry master said on Monday he would resign.'), [
    { date: '2025-03-10', planned: false },
  ]);
});
