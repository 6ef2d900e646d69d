import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarized } from './test-story.ts';

// newuser15 #6: a quotation another outlet carries too (the report's quotes say "carried by 2
// articles") is not "found in one source only", whatever else its sentence tells. Invented articles.
const DOCS = [
  {
    outlet: 'Brenmouth Herald',
    text: 'A blast at the Harlo quarry in Brenmouth killed one miner on Monday.\n\nMines Minister Oda Rask, who visited the site, said the quarry had passed an inspection in May. "This quarry met every rule we set. We will learn what went wrong," Rask said.\n\nThe quarry employs about 80 people.',
  },
  {
    outlet: 'Westfold Wire',
    text: 'One miner was killed in a blast at the Harlo quarry in Brenmouth on Monday.\n\n"This quarry met every rule we set," Mines Minister Oda Rask told reporters at the gate on Monday afternoon.\n\nRescue crews searched the pit until dark.',
  },
];

test('a quotation two outlets carry is not listed as found in one source only', () => {
  const { out, input } = summarized(DOCS, 60);
  const carried = input.quotes.filter((q) => /met every rule/.test(q.text));
  assert.ok(carried.some((q) => new Set(q.occurrences.map((o) => o.articleId)).size === 2));
  const single = out.points.filter((p) => p.kind === 'single-source').map((p) => p.text);
  const all = single.join(' | ');
  assert.deepEqual(
    single.filter((t) => /met every rule/.test(t)),
    [],
    all,
  );
  assert.ok(
    single.some((t) => /Rescue crews/.test(t)),
    all,
  );
});
