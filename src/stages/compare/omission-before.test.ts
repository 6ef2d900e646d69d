import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stormStory } from './test-story.ts';

// An article written before every source of a fact told it is not listed as leaving the fact out, but
// the other value it gives is still marked (≠): a council's two injured on day 1 against a doctor's
// four on day 2. Invented articles.
test('an earlier article is not listed as omitting a later fact, and its other value is still ≠', () => {
  const { result } = stormStory('injured');
  const four = result.facts.find((f) => /four people/.test(f.text));
  assert.ok(four, JSON.stringify(result.facts.map((f) => f.text)));
  assert.deepEqual(
    ['a1', 'a2'].map((id) => four.coverage[id]?.told),
    ['other-value', 'other-value'],
  );
  assert.ok(!result.omissions.a1?.includes(four.id) && !result.omissions.a2?.includes(four.id));
});
