import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createGrouper } from './grouper.ts';
import { featuresOf } from './test-articles.ts';

// Invented: two reports of one storm, placed apart under a bar no pair reaches, then placed again.
const A = featuresOf('a', ['Pellham'], ['storm', 'harbour', 'closed', 'boats']);
const B = featuresOf('b', ['Pellham'], ['storm', 'harbour', 'closed', 'crews']);
const storiesOf = (g: ReturnType<typeof createGrouper>) =>
  new Set(g.entries().map((e) => e.placement.story)).size;

test('refine with `only` places again just those articles (a store step its new ones)', () => {
  const g = createGrouper();
  for (const f of [A, B]) g.observe(f);
  for (const f of [A, B]) g.place(f, 1.01);
  assert.equal(storiesOf(g), 2);
  g.refine(undefined, new Set());
  assert.equal(storiesOf(g), 2, 'no article named: none moves');
  g.refine(undefined, new Set(['b']));
  assert.equal(storiesOf(g), 1, 'b placed again at the join bar joins a');
});
