import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TimelineEvent } from '../../model/index.ts';
import { timelineOfCompared as timelineOf } from './story-fixture.ts';

// newuser10's finding 14 (session 31): "may not return until Saturday", written on a Friday, was
// placed on the Saturday before and told as done. A bare weekday told as still to come (text/dates
// coming.ts: "until", a modal, "is due") is the coming one, and its entry is planned; one told in the
// past stays the day before. Invented articles.

const rows = (events: readonly TimelineEvent[]) =>
  events.map((e) => `${e.date}${e.planned ? ' (planned)' : ''} ${e.text}`);

// Friday 4 December 2026
const FRIDAY = '2026-12-04T06:40:00Z';

test('timeline: a coming weekday told with "until" or "is due" is the next one, planned', () => {
  const got = rows(
    timelineOf([
      {
        outlet: 'Pellow Gazette',
        publishedAt: FRIDAY,
        text: 'Tarrant Water now says the supply to about 900 Pellow homes may not return until Saturday.\n\nA report on the burst main is due on Tuesday.',
      },
    ]),
  );
  assert.ok(
    got.includes(
      '2026-12-05 (planned) Tarrant Water now says the supply to about 900 Pellow homes may not return until Saturday.',
    ),
    got.join(' | '),
  );
  assert.ok(
    got.includes('2026-12-08 (planned) A report on the burst main is due on Tuesday.'),
    got.join(' | '),
  );
});

test('timeline: a weekday told in the past with "until" stays the day before, not planned', () => {
  const got = rows(
    timelineOf([
      {
        outlet: 'Pellow Gazette',
        publishedAt: FRIDAY,
        text: 'The Pellow road bridge stayed closed until Tuesday while engineers checked its piers.',
      },
    ]),
  );
  assert.ok(
    got.includes(
      '2026-12-01 The Pellow road bridge stayed closed until Tuesday while engineers checked its piers.',
    ),
    got.join(' | '),
  );
});
