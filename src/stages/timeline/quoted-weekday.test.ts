import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineOfStory } from './story-fixture.ts';

// newuser18 #9: a quotation given on the day it was said ("We will be back on Saturday", in Saturday's
// report) and repeated the next day was dated twice: on that Saturday, and on the Saturday after as
// planned. A weekday inside quotation marks is the speaker's: repeated from an article of an earlier
// day, it counts from that day, and both tellings are one event. Invented articles.
test('timeline: a quoted weekday repeated the next day is dated once, from the day it was said', () => {
  const quote = '“We will march again on Saturday until the toll is dropped,” said organiser Wenna Halloc.';
  const { timeline: events } = timelineOfStory([
    {
      title: 'Drivers march in Tarrow against bridge toll',
      publishedAt: '2031-05-03T18:00:00Z',
      text: `Hundreds of drivers marched through Tarrow on Saturday against the new bridge toll.\n\n${quote}`,
    },
    {
      title: 'Bridge toll marchers vow to return',
      publishedAt: '2031-05-04T09:00:00Z',
      text: `Drivers who marched against the Tarrow bridge toll say they will return.\n\n${quote}`,
    },
  ]);
  const told = events.filter((e) => e.text.includes('march again'));
  assert.deepEqual(
    told.map((e) => [e.date, e.citations.map((c) => c.articleId)]),
    [['2031-05-03', ['a1', 'a2']]],
    JSON.stringify(events),
  );
});

// A quotation an earlier article carries in a wording that says otherwise ("reopens" / "stays shut") is
// another remark, as the quote matrix reads it: its "today" is its own article's day, not the earlier one's.
test('timeline: a quotation worded to say otherwise the next day is no repeat of the earlier one', () => {
  const said = (verb: string) =>
    `“The Tarrow bridge ${verb} today for every driver in the valley,” said engineer Wenna Halloc.`;
  const { timeline: events } = timelineOfStory([
    {
      title: 'Tarrow bridge works',
      publishedAt: '2031-05-03T18:00:00Z',
      text: `Engineers finished the repairs to the Tarrow bridge.\n\n${said('reopens')}`,
    },
    {
      title: 'Tarrow bridge news',
      publishedAt: '2031-05-04T09:00:00Z',
      text: `Drivers in the valley waited for word on the Tarrow bridge.\n\n${said('closes')}`,
    },
  ]);
  const told = events.filter((e) => e.citations.some((c) => c.articleId === 'a2') && /closes/.test(e.text));
  assert.deepEqual(
    told.map((e) => e.date),
    ['2031-05-04'],
    JSON.stringify(events),
  );
});
