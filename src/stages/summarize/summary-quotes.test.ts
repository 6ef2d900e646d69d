import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarized } from './test-story.ts';

// An invented story: a text file writes its quotation in straight quotes, a web page in curly ones.
const POOL = [
  {
    outlet: 'Orrin Gazette',
    publishedAt: '2031-03-04T08:00:00Z',
    text: 'Councillor Ada Lind called the pool closure “a loss for every family in the ward”.\n\nThe Kettle pool will close in May.',
  },
  {
    outlet: 'Marsh Radio',
    publishedAt: '2031-03-04T09:00:00Z',
    text: 'Councillor Ada Lind said the pool closure was "a loss for every family in the ward".\n\nThe Kettle pool will close in May, the council said.',
  },
];

test("the summary writes every sentence's quotation marks alike, curled", () => {
  const told = summarized(POOL, 400).out.summary.map((s) => s.text);
  assert.ok(
    told.some((t) => t.includes('“')),
    told.join(' | '),
  );
  for (const t of told) assert.doesNotMatch(t, /"/, t);
});
