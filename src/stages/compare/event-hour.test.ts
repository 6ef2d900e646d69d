import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// Invented dated coverage (review44c of a29ee180): an article of the event's own day is ◷ only when
// published before the hour of the fact's own event, not before the hour of another event its
// sources' sentence names ("hours before a storm warning took effect at 8 p.m.", "which had met at
// 9 a.m.", "After a 10 a.m. briefing"), nor before a bound ("before 8 p.m.").

const WEDNESDAY = (time: string) => `2031-03-05T${time}:00-05:00`;
const THURSDAY = (time: string) => `2031-03-06T${time}:00-05:00`;

// the mark of article a1 (published `at`, telling something else) on the fact told by a2 and a3
function markOf(at: string, told: string, other: string, word: string) {
  return runCompare([
    [
      'Forecasters said the Tarn coast should expect strong winds on Wednesday and Thursday.',
      { publishedAt: at },
    ],
    [told, { outlet: 'Tarn Herald', publishedAt: THURSDAY('07:00') }],
    [other, { outlet: 'Coast Radio', publishedAt: THURSDAY('08:00') }],
  ]).factWith(word)[0]?.coverage.a1?.mark;
}

test('a time of another event in the sentence is not the event’s hour: no ◷ after the event', () => {
  // (the ferry sank at some hour of Wednesday before 8 p.m.: an article of 15:00 may come after it)
  const sank = (where: string) =>
    `The Morwen ferry sank ${where} Tarn Point on Wednesday, hours before a storm warning took effect at 8 p.m.`;
  assert.equal(markOf(WEDNESDAY('15:00'), sank('off'), sank('near'), 'sank'), 'absent');
  // nor a bound: "before 8 p.m." is no hour it sank at
  const before = (where: string) => `The Morwen ferry sank ${where} Tarn Point before 8 p.m. on Wednesday.`;
  assert.equal(markOf(WEDNESDAY('15:00'), before('off'), before('near'), 'sank'), 'absent');
  // (the day rule stands: an article of the day before is ◷)
  assert.equal(markOf('2031-03-04T15:00:00-05:00', sank('off'), sank('near'), 'sank'), 'published-before');
});

test('the hour of the fact’s own verb is the event’s, past another event’s earlier hour', () => {
  const VOTED =
    'The Kelby council, which had met at 9 a.m., voted at 7 p.m. on Wednesday to ask the state to close the Arlen quarry.';
  const ALSO = 'The Kelby council voted 7-2 on Wednesday evening to ask the state to close the Arlen quarry.';
  // published at noon, before the 5 p.m. evening and the 7 p.m. vote (the 9 a.m. meeting is another event)
  assert.equal(markOf(WEDNESDAY('12:00'), VOTED, ALSO, 'voted'), 'published-before');
  // published at 20:00, after it
  assert.equal(markOf(WEDNESDAY('20:00'), VOTED, ALSO, 'voted'), 'absent');
  const REACHED = 'After a 10 a.m. briefing, rescue crews reached the Arlen quarry Wednesday night.';
  const AGAIN = 'Rescue crews reached the Arlen quarry on Wednesday night after a long delay.';
  assert.equal(markOf(WEDNESDAY('11:00'), REACHED, AGAIN, 'reached'), 'published-before');
});
