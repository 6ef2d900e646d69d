import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineOfStory } from './story-fixture.ts';

test('a day without a year that names an event of another year dates no line ("the September 11 attacks")', () => {
  const { timeline: events } = timelineOfStory([
    {
      publishedAt: '2031-10-02',
      text: 'The Vessmark festival was cancelled on Monday.\n\nIt was last called off in 2001, after the September 11 attacks, and again in 2020.',
    },
  ]);
  assert.deepEqual(
    events.map((e) => e.date),
    ['2001-01-01', '2020-01-01', '2031-09-29'],
  );
});

test('a day of a participle clause set off by a comma is as planned as the verb it hangs on', () => {
  const { timeline: events } = timelineOfStory([
    {
      text: 'The Marlow harbour board met on Tuesday, June 3, 2031.\n\nToday it was announced that Ada Reyes will be the host of the harbour gala, televised live on Sunday, July 6, 2031, from the old quay.',
    },
  ]);
  const gala = events.find((e) => e.date === '2031-07-06');
  assert.ok(gala, events.map((e) => e.date).join(' '));
  assert.equal(gala.planned, true);
});

test('a day after a "will" that follows a reporting verb is the plan’s, not the report’s', () => {
  const { timeline: events } = timelineOfStory([
    {
      text: 'The Marlow harbour board announced on Friday that Ada Reyes will be the host of the gala on July 6, 2031.',
    },
  ]);
  const gala = events.find((e) => e.date === '2031-07-06');
  assert.ok(gala, events.map((e) => e.date).join(' '));
  assert.equal(gala.planned, true);
});

test('a past form the tagger reads as an adjective still tells what happened ("Hale retired on June 30")', () => {
  const { timeline: events } = timelineOfStory([
    { text: 'Tom Hale ran the Marlow harbour for a decade.\n\nHale retired on June 30, 2031.' },
  ]);
  assert.deepEqual(
    events.map((e) => e.date),
    ['2031-06-30'],
  );
});

test('a month without a year in a clause told as planned without a plan word is the one ahead ("can expect … in May")', () => {
  const { timeline: events } = timelineOfStory([
    {
      publishedAt: '2031-04-24',
      text: 'The Marlow ferry company opened bookings for its new night crossing on Thursday.\n\nTravellers can expect the night pass to become available later in May.',
    },
  ]);
  const sailing = events.find((e) => e.text.includes('night pass'));
  assert.ok(sailing, events.map((e) => `${e.date} ${e.text}`).join(' | '));
  assert.equal(sailing.date, '2031-05-01');
  assert.equal(sailing.planned, true);
});
