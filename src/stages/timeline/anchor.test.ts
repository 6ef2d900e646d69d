import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TimelineEvent } from '../../model/index.ts';
import { timelineOfCompared as timelineOf } from './story-fixture.ts';

// session 31 (issue 10): "will close after a narrow council vote on Sunday night" dated the past vote
// a week ahead as planned: the weekday belongs to the event the plan is set after, told in no tense.

const rows = (events: readonly TimelineEvent[]) =>
  events.map((e) => `${e.date}${e.planned ? ' (planned)' : ''} ${e.text}`);

test('timeline: the weekday of the event a plan is set after is not dated as the plan', () => {
  const events = timelineOf([
    {
      outlet: 'Tollen Post',
      publishedAt: '2026-12-01T08:00:00Z',
      text: 'Hollin Primary School in Tollen will close after a narrow council vote on Sunday night.\n\nThe depot will reopen following an inspection on Friday.',
    },
  ]);
  const got = rows(events);
  assert.ok(!got.some((r) => r.includes('council vote')), got.join(' | '));
  assert.ok(!got.some((r) => r.includes('inspection')), got.join(' | '));
});

test('timeline: a plan dated by its own verb, and a full date after "after", are kept', () => {
  const events = timelineOf([
    {
      outlet: 'Tollen Post',
      publishedAt: '2026-12-01T08:00:00Z',
      text: 'Hollin Primary School will close on Friday after a long campaign.\n\nThe school will close after a council vote on 29 November 2026.\n\nThe council will vote after the hearing on Thursday.',
    },
  ]);
  const got = rows(events);
  assert.ok(
    got.some((r) => r.startsWith('2026-12-04 (planned)') && r.includes('will close on Friday')),
    got.join(' | '),
  );
  assert.ok(
    got.some((r) => r.startsWith('2026-11-29 ') && r.includes('council vote')),
    got.join(' | '),
  );
});

// midreview31 finding 14: a clock time after "after" is no event a plan is set after (fails before)
test('timeline: a plan set after a time of day keeps its weekday', () => {
  const events = timelineOf([
    {
      outlet: 'Tollen Post',
      publishedAt: '2026-06-03T08:00:00Z',
      text: 'The Kestrel bridge will close after 10 p.m. on Sunday for repairs, the transport authority said.\n\nThe Harl tunnel will shut after midnight on Friday.',
    },
  ]);
  const got = rows(events);
  assert.ok(
    got.some((r) => r.startsWith('2026-06-07 (planned)') && r.includes('on Sunday')),
    got.join(' | '),
  );
  assert.ok(
    got.some((r) => r.startsWith('2026-06-05 (planned)') && r.includes('tunnel')),
    got.join(' | '),
  );
});
