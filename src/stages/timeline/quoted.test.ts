import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { readArticles } from '../../pipeline.ts';
import { segment } from '../segment/index.ts';
import { timeline } from './index.ts';

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
