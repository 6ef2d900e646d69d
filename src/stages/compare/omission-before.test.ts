import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// An article written before every source of a fact told it is not listed as leaving the fact out, but
// the other value it gives is still marked (≠): a council's two injured on day 1 against a doctor's
// four on day 2. Invented articles.
const TAIL = '\n\nThe storm brought down power lines along the Quellport seafront.';
test('an earlier article is not listed as omitting a later fact, and its other value is still ≠', () => {
  const { result } = runCompare([
    [
      `Storm Brannoc injured two people in Quellport on Sunday, the county council said.${TAIL}`,
      { outlet: 'Quellport Mercury', publishedAt: '2026-03-01T08:00:00Z' },
    ],
    [
      `Two people were injured when Storm Brannoc hit Quellport on Sunday, the county council said.${TAIL}`,
      { outlet: 'Harl Radio', publishedAt: '2026-03-01T09:00:00Z' },
    ],
    [
      `Storm Brannoc injured four people in Quellport on Sunday, a hospital doctor said.${TAIL}`,
      { outlet: 'Coast Herald', publishedAt: '2026-03-02T08:00:00Z' },
    ],
    [
      `Four people were injured when Storm Brannoc hit Quellport on Sunday, a hospital doctor said.${TAIL}`,
      { outlet: 'Bay Post', publishedAt: '2026-03-02T09:00:00Z' },
    ],
  ]);
  const four = result.facts.find((f) => /four people/.test(f.text));
  assert.ok(four, JSON.stringify(result.facts.map((f) => f.text)));
  assert.deepEqual(
    ['a1', 'a2'].map((id) => four.coverage[id]?.told),
    ['other-value', 'other-value'],
  );
  assert.ok(!result.omissions.a1?.includes(four.id) && !result.omissions.a2?.includes(four.id));
});
