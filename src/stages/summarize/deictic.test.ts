import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datedDeictics } from './deictic.ts';
import { summarized } from './test-story.ts';

// invented sentences of an invented town, written on Sunday, 2026-12-06
const SUNDAY = '2026-12-06T07:00:00Z';

// each sentence as written on SUNDAY, and as the summary tells it
const TOLD: readonly (readonly [string, string])[] = [
  [
    'Crews are clearing the Varn Street depot this morning.',
    'Crews are clearing the Varn Street depot on the morning of Sunday, December 6.',
  ],
  [
    'The Orlen trust today announced the sale of the mill.',
    'The Orlen trust on Sunday, December 6 announced the sale of the mill.',
  ],
  [
    'Two drivers were hurt yesterday evening, the police said.',
    'Two drivers were hurt on the evening of Saturday, December 5, the police said.',
  ],
  ['Today, the ferry sails again.', 'On Sunday, December 6, the ferry sails again.'],
  ['The roll fell from 90 to 41 today.', 'The roll fell from 90 to 41 as of Sunday, December 6.'],
  ['The road stays shut until tomorrow.', 'The road stays shut until Monday, December 7.'],
];

test("a deictic day word is told as the writer's day", () => {
  for (const [written, told] of TOLD) assert.equal(datedDeictics(written, SUNDAY), told);
});

test("the writer's own day, not the UTC one, and a quotation's words are left", () => {
  // 23:30 at UTC-05:00 is still Saturday where it was written
  assert.equal(
    datedDeictics('The mill closed today.', '2026-12-05T23:30:00-05:00'),
    'The mill closed on Saturday, December 5.',
  );
  const quoted = '“We will reopen today,” said the owner, Bram Ostel.';
  assert.equal(datedDeictics(quoted, SUNDAY), quoted);
  assert.equal(datedDeictics('The mill closed today.', null), 'The mill closed today.');
  assert.equal(datedDeictics('This plan is new.', SUNDAY), 'This plan is new.');
  assert.equal(datedDeictics("Today's vote was close.", SUNDAY), "Today's vote was close.");
});

// an invented quay fire told on two days: each outlet's "this morning" is its own day
const QUAY = [
  {
    outlet: 'Vell Courier',
    publishedAt: '2026-12-05T09:00:00Z',
    title: 'Fire at Orrin quay store',
    text: 'A fire broke out at a grain store on Orrin quay in Tasselby this morning, the fire service said.\n\nSix engines attended the grain store and the quay was closed to traffic.',
  },
  {
    outlet: 'Tasselby Echo',
    publishedAt: '2026-12-06T08:00:00Z',
    title: 'Orrin quay store destroyed',
    text: 'Crews are damping down the ruins of the grain store on Orrin quay in Tasselby this morning, a day after the fire.\n\nThe quay was closed to traffic and six engines attended the grain store.',
  },
];

test('a summary of two days tells each sentence’s “this morning” as its day', () => {
  const { out } = summarized(QUAY, 80);
  const all = out.summary.map((s) => s.text).join(' | ');
  assert.doesNotMatch(all, /this morning/, all);
  assert.match(all, /on the morning of (Saturday, December 5|Sunday, December 6)/, all);
});
