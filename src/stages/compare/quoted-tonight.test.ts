import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// A "tonight" inside quotation marks is the speaker's, read as the timeline reads it (quotedDeicticBase):
// counted from the saying's weekday in the sentence; with none, from the article's day unless an
// article of an earlier day carries the words (then it dates nothing). A follow-up of Wednesday
// repeating the words is no sign that an article of Monday was written before them (◷).
const REOPENED = 'The Kell footbridge reopened to walkers after a night of repairs.';
const markOf = (bodies: readonly (readonly [string, string])[], id: string) =>
  runCompare(
    bodies.map(([text, publishedAt]) => [text, { publishedAt }] as [string, { publishedAt: string }]),
  )
    .factWith('lucky')
    .map((f) => f.coverage[id]?.mark)[0];
const followUp = (saying: string) =>
  [
    `“We were lucky that the water was low tonight,” harbour chief Ilka Morn said${saying}.`,
    '2031-03-12',
  ] as const;

test('a quoted "tonight" said on Tuesday is that Tuesday night, not the night of a Wednesday follow-up', () => {
  // (a "tonight" may be told the next morning: its event is dated from the day before, Monday)
  assert.equal(markOf([[REOPENED, '2031-03-10'], followUp(' on Tuesday')], 'a1'), 'absent');
  // an article of the Sunday before was written before it
  assert.equal(markOf([[REOPENED, '2031-03-09'], followUp(' on Tuesday')], 'a1'), 'published-before');
});

test('a quoted "tonight" an article of an earlier day carries dates nothing in the follow-up', () => {
  const first = [
    'The Kell footbridge gave way. “We were lucky that the water was low tonight,” said harbour chief Ilka Morn.',
    '2031-03-10',
  ] as const;
  assert.equal(markOf([first, [REOPENED, '2031-03-10'], followUp('')], 'a2'), 'absent');
  // carried by no earlier article, the words are of the follow-up's own day (the timeline's reading)
  assert.equal(markOf([[REOPENED, '2031-03-10'], followUp('')], 'a1'), 'published-before');
});
