import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// Invented dated coverage (newuser23 #2): an article published on the event's own day, before the
// hour the story tells the event at ("voted … Wednesday night"), was written before it: ◷, not "—"
// nor an omission.

const VOTE =
  'At an emergency meeting Wednesday night, the Kelby Town Council voted to ask the state to close the Arlen quarry.';
const NOON = 'Crews were still clearing debris at the Arlen quarry on Wednesday, a day after the landslide.';

test('an article of the event’s day published before the hour it is told at is "published before" (◷)', () => {
  const { factWith } = runCompare([
    [NOON, { publishedAt: '2031-03-05T12:30:00-05:00' }],
    [VOTE, { publishedAt: '2031-03-06T08:00:00-05:00' }],
    [
      'The Kelby Town Council voted 7-2 on Wednesday to ask the state to close the Arlen quarry.',
      { publishedAt: '2031-03-06T06:10:00-05:00' },
    ],
  ]);
  const fact = factWith('voted')[0];
  assert.ok(fact, 'the vote is a fact');
  assert.equal(fact.coverage.a1?.mark, 'published-before');
});

test('not after the hour, nor with a day alone, nor with no hour told, nor where a supporter came earlier', () => {
  const markOf = (noon: string, vote = VOTE, voteAt = '2031-03-06T08:00:00-05:00') =>
    runCompare([
      [NOON, { publishedAt: noon }],
      [vote, { publishedAt: voteAt }],
      [
        'The Kelby Town Council voted 7-2 on Wednesday to ask the state to close the Arlen quarry.',
        { publishedAt: '2031-03-06T06:10:00-05:00' },
      ],
    ]).factWith('voted')[0]?.coverage.a1?.mark;
  // published at 19:30, after the night's meeting began
  assert.equal(markOf('2031-03-05T19:30:00-05:00'), 'absent');
  // a day alone: which hour is not known
  assert.equal(markOf('2031-03-05'), 'absent');
  // no supporter tells the hour
  assert.equal(
    markOf(
      '2031-03-05T12:30:00-05:00',
      'The Kelby Town Council voted on Wednesday to ask the state to close the Arlen quarry.',
    ),
    'absent',
  );
  // a supporter's own article of that day, at 10:00, told it done: the vote was by then
  assert.equal(markOf('2031-03-05T12:30:00-05:00', VOTE, '2031-03-05T10:00:00-05:00'), 'absent');
});

test('an article of another zone than its sources is not "published before" by its own clock (review44c of a29ee180)', () => {
  // (15:00 in New York is 21:00 in Veldaria, three hours after its 6 p.m. vote)
  const { factWith } = runCompare([
    [
      'Lawmakers in Veldaria debated the asylum bill on Wednesday in a long session.',
      { outlet: 'Harbor Daily', publishedAt: '2031-03-05T15:00:00-05:00' },
    ],
    [
      'The Veldarian parliament passed the asylum bill at 6 p.m. Wednesday by 213 votes to 186.',
      { outlet: 'Euro One', publishedAt: '2031-03-06T08:00:00+01:00' },
    ],
    [
      'The Veldarian parliament passed the asylum bill at 6 p.m. Wednesday by 213 votes to 186, officials said.',
      { outlet: 'Euro Two', publishedAt: '2031-03-06T09:00:00+01:00' },
    ],
  ]);
  const fact = factWith('passed')[0];
  assert.ok(fact, 'the vote is a fact');
  assert.notEqual(fact.coverage.a1?.mark, 'published-before');
});
