import assert from 'node:assert/strict';
import { test } from 'node:test';
import { leadingValue } from './figure-values.ts';

// newuser24 #1 (session 45): a difference's sides gave 4.75 per cent in two outlets and 4.5 per cent
// in one, so the summary said "One outlet, Dublin Business Times, gives 4.5 per cent", though four
// outlets gave 4.5 per cent in sentences the difference did not list (the Figures table's).
const side = (articleId: string, value: number) => ({
  evidence: [{ articleId, span: { start: 0, end: 10 } }],
  values: new Set([value]),
});
const of = { sides: [side('a1', 4.75), side('a2', 4.75), side('a3', 4.5)], disputed: [4.75, 4.5] };

test('leadingValue: an outlet is "one outlet" only where no other outlet of the story gives its value', () => {
  // the difference alone: 4.75 leads, 4.5 is a3's alone
  assert.deepEqual(leadingValue(of, (id) => id)?.alone, new Set([4.5]));
  // four outlets give 4.5 elsewhere: it is no one outlet's value, and 4.75 leads nothing
  const givenBy = (v: number) => (v === 4.5 ? ['a1', 'a3', 'a4', 'a5'] : []);
  assert.equal(
    leadingValue(of, (id) => id, givenBy),
    null,
  );
});
