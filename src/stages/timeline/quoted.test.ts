import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { readArticles } from '../../pipeline.ts';
import { segment } from '../segment/index.ts';
import { timeline } from './index.ts';
import { timelineOfStory } from './story-fixture.ts';

// A sentence split inside a quotation ("It is chaos. Nobody told us …") gives a timeline line that starts
// in the middle of someone's words; the line starts at the quotation's opening mark instead.
test('timeline: a dated sentence that opens inside a quotation starts at the quotation', () => {
  const ctx = createContext();
  const doc = {
    title: 'Ferry queues grow',
    publishedAt: '2025-03-06T07:00:00Z',
    text: 'Queues at the ferry terminal grew longer.\n\n“It is chaos, pure and simple. Nobody told us anything,” said nurse Ana Lopes, 34, who has missed the start of her shift twice this week.',
  };
  const bytes = new TextEncoder().encode(JSON.stringify(doc));
  const articles = readArticles([{ path: 'story.jsonl', bytes }], {}, ctx).map((a) => segment()(a, ctx));
  const input = {
    story: { id: 's1', title: 't', articleIds: articles.map((a) => a.article.id), keywords: [] },
    articles,
    entities: [],
    quotes: [],
    figures: [],
  };
  const { timeline: events } = timeline()(input, ctx);
  const line = events.find((e) => e.text.includes('Nobody told us anything'));
  assert.ok(line, JSON.stringify(events));
  assert.ok(line.text.startsWith('“It is chaos, pure and simple.'), line.text);
  const text = articles[0]?.article.text ?? '';
  const cited = line.citations[0]?.span;
  assert.ok(cited && text.slice(cited.start, cited.end).startsWith('“It is chaos'));
});

// A follow-up written a day later repeats the chief's "tonight": it is the night she spoke, told by the
// saying's own weekday, not the night of the follow-up's date; with no day of saying it dates nothing.
test('timeline: a "tonight" inside a quotation counts from the day it was said, else dates nothing', () => {
  const { timeline: events } = timelineOfStory([
    {
      title: 'Quay reopens after storm',
      publishedAt: '2031-03-12T09:00:00Z',
      text: 'The Brellin quay reopened to ferries.\n\n“The water was low tonight,” harbour chief Ilka Morn said on Tuesday.\n\n“We are lucky the storm passed tonight,” a ferry pilot said.',
    },
  ]);
  const days = (words: string) => events.filter((e) => e.text.includes(words)).map((e) => e.date);
  assert.deepEqual(days('The water was low'), ['2031-03-11'], JSON.stringify(events));
  assert.deepEqual(days('storm passed'), [], JSON.stringify(events));
});

// An editor's note dates the article's own history ("updated on Wednesday"), no event of the story.
test("timeline: an editor's note about the article dates nothing", () => {
  const { timeline: events } = timelineOfStory([
    {
      title: 'Quay reopens after storm',
      publishedAt: '2031-03-12T09:00:00Z',
      text: 'The Brellin quay reopened to ferries on Tuesday.\n\nThis article was updated on Wednesday to add the harbour chief’s statement.\n\nCorrection: On Monday we gave the quay’s name as Brelin.',
    },
  ]);
  assert.deepEqual(
    events.map((e) => e.date),
    ['2031-03-11'],
    JSON.stringify(events),
  );
});

// A live-updated article labels its news "Update:"; a quoted "today" in an article of the day it was
// said (no other article carried the words before) is that day, as the article's own words are.
test('timeline: an "Update:" label is news; a quoted "today" of a same-day article dates its day', () => {
  const { timeline: events } = timelineOfStory([
    {
      title: 'Varn bridge shut after crack found',
      publishedAt: '2031-05-05T20:00:00Z',
      text: 'The Varn bridge in Oslen was closed on Monday after inspectors found a crack.\n\n“We will know more today,” city engineer Ilse Varga said.\n\nUpdate: The council voted on Monday evening to hire Brask Works for the repair.\n\nUpdated: Crews fenced off both ends of the bridge on Monday night.',
    },
  ]);
  const days = (words: string) => events.filter((e) => e.text.includes(words)).map((e) => e.date);
  assert.deepEqual(days('know more today'), ['2031-05-05'], JSON.stringify(events));
  assert.deepEqual(days('council voted'), ['2031-05-05'], JSON.stringify(events));
  assert.deepEqual(days('Crews fenced off'), ['2031-05-05'], JSON.stringify(events));
});

// The first article to carry a "tonight" dates it by its own day; a next day's article repeating the
// words (or other words that say the same, as the quote matrix reads them: a word added) does not date
// them again by its own.
test('timeline: a quoted "tonight" is dated by the first article that carries it, not by a repeat', () => {
  const { timeline: events } = timelineOfStory([
    {
      title: 'Eel quay floods',
      publishedAt: '2031-03-10T21:00:00Z',
      text: 'The Eel quay flooded on Monday evening.\n\n“We were lucky the water was low tonight,” harbour chief Ilka Morn said.',
    },
    {
      title: 'Eel quay reopens',
      publishedAt: '2031-03-11T09:00:00Z',
      text: 'The Eel quay reopened after the flood.\n\n“We were lucky the water was low tonight,” harbour chief Ilka Morn said.',
    },
    {
      title: 'Eel quay clean-up',
      publishedAt: '2031-03-12T09:00:00Z',
      text: 'Crews cleared mud from the Eel quay.\n\n“We were very lucky the water was low tonight,” the harbour chief said.',
    },
  ]);
  const low = events.filter((e) => e.text.includes('water was low'));
  assert.deepEqual(
    low.map((e) => [e.date, e.citations.map((x) => x.articleId)]),
    [['2031-03-10', ['a1']]],
    JSON.stringify(events),
  );
});
