import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { extract } from '../../extract/index.ts';
import { compare } from '../index.ts';
import { contradiction } from './contradicts.ts';
import { coverOf } from './cover.ts';
import { readSentences } from './index.ts';

// Session 30 (issue 10, newuser8 finding 9's leftover): a planned start told with two months is no
// shared fact (it was ✓ both ways: a month without its day was never compared) but a difference to
// check; a month of another thing is neither. Invented articles of one day.
function compared(bodies: readonly string[]) {
  const ctx = createContext();
  const docs = segmentAll(
    bodies.map((b, i) => ({ ...articleFromText(`a${i + 1}`, b), publishedAt: '2031-01-10T09:00:00Z' })),
    ctx,
  );
  const story = { id: 's1', title: 't', articleIds: docs.map((d) => d.article.id), keywords: [] };
  const out = compare()({ story, articles: docs, ...extract()({ story, articles: docs }, ctx) }, ctx);
  return {
    shared: out.facts.filter((f) => f.sources.length > 1).map((f) => f.text),
    differences: (out.differences ?? []).map((d) => `${d.kind}: ${d.about}`),
  };
}

test('"from March" and "from April" of one planned start: a difference to check, never ✓', () => {
  const toll = compared([
    'Tolmere town council voted on Wednesday to charge a toll on the Old Weir Bridge from March.',
    'Tolmere town council voted on Wednesday to charge a toll on the Old Weir Bridge from April.',
  ]);
  assert.deepEqual(toll.shared, []);
  assert.deepEqual(toll.differences, ['date: month of the event']);
  // told as the drivers' plan: no ✓ either
  const drivers = compared([
    'Drivers will pay a toll on the Old Weir Bridge from March, the council said.',
    'Drivers will pay a toll on the Old Weir Bridge from April, the council said.',
  ]);
  assert.deepEqual(drivers.shared, []);
});

test('a month of another thing, or one month told alike, is no difference', () => {
  const other = compared([
    'Drivers will pay a toll on the Old Weir Bridge from March, the council said.',
    'Repairs to the Old Weir Bridge will start in April, the council said.',
  ]);
  assert.deepEqual(other.differences, []);
  const same = compared([
    'Tolmere town council voted on Wednesday to charge a toll on the Old Weir Bridge from March.',
    'Tolmere town council voted on Wednesday to charge a toll on the Old Weir Bridge from March.',
  ]);
  assert.equal(same.shared.length, 1);
  assert.deepEqual(same.differences, []);
});

// review30-A: a month's clash is of its own kind, not a day's (a kind proven for days must not make a
// month's difference a ✗); it was kind 'day' (fails before).
test('two months of one planned start clash as months, not days', () => {
  const ctx = createContext();
  const docs = segmentAll(
    [
      'Tolmere town council voted on Wednesday to charge a toll on the Old Weir Bridge from March.',
      'Tolmere town council voted on Wednesday to charge a toll on the Old Weir Bridge from April.',
    ].map((b, i) => ({ ...articleFromText(`a${i + 1}`, b), publishedAt: '2031-01-10T09:00:00Z' })),
    ctx,
  );
  const story = { id: 's1', title: 't', articleIds: docs.map((d) => d.article.id), keywords: [] };
  const { find, idf } = readSentences({
    story,
    articles: docs,
    ...extract()({ story, articles: docs }, ctx),
  });
  const [a, b] = docs.map((d) => {
    const s = d.sentences[0] as { start: number; end: number };
    return find({ articleId: d.article.id, span: { start: s.start, end: s.end } });
  });
  assert.ok(a && b);
  const clash = contradiction(a, b, Math.min(coverOf(a, b, idf), 1), true);
  assert.equal(clash?.reason, 'another month');
  assert.equal(clash?.kind, 'month');
});
