import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../../../model/index.ts';
import { plainMarkdown } from '../../ingest/markdown.ts';
import { clean } from '../index.ts';
import { imprintOf } from './imprint.ts';

// Invented header lines: a masthead, a date and a byline side by side.
test('an imprint line is read part by part', () => {
  assert.deepEqual(imprintOf('The Tarrow Courier · Friday, November 6, 2026 · By Ann Example'), {
    outlet: 'The Tarrow Courier',
    byline: 'Ann Example',
    dated: true,
  });
  assert.deepEqual(imprintOf('Kell Evening Gazette | March 4, 2026'), {
    outlet: 'Kell Evening Gazette',
    byline: null,
    dated: true,
  });
  assert.deepEqual(imprintOf('By Jo Marl • 2026-03-04'), { outlet: null, byline: 'Jo Marl', dated: true });
});

test('a line with a part that is no masthead, date or byline is no imprint', () => {
  assert.equal(imprintOf('Weather · Sport · Local News'), null);
  assert.equal(imprintOf('The council voted 8–3 · the mayor resigned on March 4, 2026'), null);
  assert.equal(imprintOf('The Tarrow Courier'), null);
  // a masthead and a date alone in one part each, but one of them a sentence
  assert.equal(imprintOf('March 4, 2026 · Crews worked through the night.'), null);
});

test("a Markdown article's imprint under the headline names the outlet, the author and the day", () => {
  const content = [
    '# Lowmoor bridge reopens after repairs',
    '',
    '**The Tarrow Courier** · Friday, November 6, 2026 · By Ann Example',
    '',
    'The bridge in Lowmoor reopened on Thursday after six weeks of repairs, the council said.',
    '',
    'Drivers had used a 12-mile detour since the start of October.',
  ].join('\n');
  const raw = {
    id: 'a1',
    source: 'a.md',
    format: 'text' as const,
    content: plainMarkdown(content),
    given: {},
  };
  const article = clean()(raw, createContext());
  assert.equal(article.outlet, 'The Tarrow Courier');
  assert.equal(article.byline, 'Ann Example');
  assert.equal(article.publishedAt, '2026-11-06');
  assert.ok(!article.body.some((p) => p.includes('·')), 'the imprint is no paragraph of the body');
});
