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
