import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type InventedArticle, timelineOfStory } from './story-fixture.ts';

type Doc = InventedArticle;

// The timeline of invented articles read as one JSONL file (ids a1, a2, … in order).
const timelineOf = (docs: readonly Doc[]) => timelineOfStory(docs).timeline;

const daysOf = (events: ReturnType<typeof timelineOf>, words: string) =>
  events.filter((e) => e.text.includes(words)).map((e) => e.date);

// a dated report of the strike (Tuesday June 10 tells "on Monday": June 9)
const AFTER: Doc = {
  title: 'Strike halts the port',
  publishedAt: '2025-06-10T09:00:00Z',
  text: 'Dockworkers at Port Vell walked off the job on Monday in a dispute over pay, leaving ships at anchor.',
};

test('an undated article that tells the event as ahead was written before it: its weekdays resolve back from then', () => {
  const events = timelineOf([
    {
      title: 'Dockworkers set to strike',
      text:
        'Dockworkers at Port Vell will walk off the job on Monday in a dispute over pay, the union said on Friday.\n\n' +
        'The port authority said on Sunday that it had offered a raise.\n\n' +
        '“On Monday the cranes stop,” a docker shouts.',
    },
    AFTER,
  ]);
  // written on the Friday its lede reports (June 6): the strike is the Monday after, June 9, not June 16
  // (its sentence dates the saying, Friday, and the plan, Monday)
  assert.deepEqual(daysOf(events, 'will walk off the job on Monday'), ['2025-06-06', '2025-06-09']);
  // the plan and the report of the strike are two events of that day: the plan marked planned
  const strike = events.filter((e) => e.date === '2025-06-09' && /walk/.test(e.text));
  assert.deepEqual(
    strike.map((e) => [e.planned ?? false, e.citations.map((c) => c.articleId)]),
    [
      [true, ['a1']],
      [false, ['a2']],
    ],
  );
  assert.ok(!events.some((e) => e.date === '2025-06-16'));
  // a past Sunday told by an article written before the strike is the Sunday before it was written
  assert.deepEqual(daysOf(events, 'said on Sunday'), ['2025-06-01']);
  // a weekday told in the present by an article written before the strike is the one ahead
  assert.deepEqual(daysOf(events, 'the cranes stop'), ['2025-06-09']);
});

test('a plan told "again" is a follow-up: it does not date its article before the first event', () => {
  const events = timelineOf([
    {
      title: 'Talks after the strike',
      text: 'Dockworkers at Port Vell will walk off the job again on Monday in a dispute over pay, the union said on Friday.',
    },
    AFTER,
  ]);
  assert.ok(!daysOf(events, 'walk off the job again').includes('2025-06-09'));
});

test('an event told as ahead by one article and as done by another: the one that saw it tells it, the plan is planned', () => {
  const events = timelineOf([
    {
      title: 'Council to vote on shelter',
      publishedAt: '2025-09-12T08:00:00Z',
      text: 'The Dunmore council will vote on Tuesday on the plan to open a shelter in the old armory.',
    },
    {
      title: 'Council approves shelter',
      publishedAt: '2025-09-17T08:00:00Z',
      text: 'The Dunmore council voted 7-2 on Tuesday to approve the plan to open a shelter in the old armory.',
    },
  ]);
  const vote = events.find((e) => e.date === '2025-09-16' && !e.planned);
  assert.deepEqual(
    vote?.citations.map((c) => c.articleId),
    ['a2'],
  );
  assert.match(vote?.text ?? '', /voted 7-2/);
  const plan = events.find((e) => e.date === '2025-09-16' && e.planned);
  assert.match(plan?.text ?? '', /will vote/);
});

// fixes33 (newuser11 #12): the day a plan was told is no day its event was done; an undated article
// telling the same plan was not written before it (failed before: its Wednesday was a week earlier)
test('the day another article says a plan was told does not bound an undated article telling the plan', () => {
  const events = timelineOf([
    {
      title: 'Kestrel Lines cuts Orrin ferry sailings',
      text: 'Kestrel Lines will cut sailings on the Orrin Sound ferry from January 5, it said on Wednesday.\n\nThe operator blamed a shortage of deckhands.',
    },
    {
      title: 'Orrin ferry to sail less often',
      publishedAt: '2031-12-03T10:00:00Z',
      text: 'The Orrin Sound ferry will sail every 40 minutes from January 5, the operator Kestrel Lines said on Wednesday.',
    },
  ]);
  assert.deepEqual(daysOf(events, 'it said on Wednesday'), ['2031-12-03', '2032-01-05']);
  assert.ok(!events.some((e) => e.date === '2031-11-26'));
});
