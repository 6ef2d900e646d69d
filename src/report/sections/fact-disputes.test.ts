import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact } from '../../model/index.ts';
import { claimWords } from './fact-disputes.ts';

// A row told in the outlets' own voice, and one article's ✓ giving it as someone's claim.
const told = (attributedTo: string): Fact =>
  ({ attribution: null, coverage: { a2: { mark: 'supports', attributedTo } } }) as unknown as Fact;

test("whose claim a ✓ reports reads as English: a name as it is, a common noun with 'the'", () => {
  assert.equal(claimWords(told('Ilse Varnum'), 'a2'), " as Ilse Varnum's claim");
  assert.equal(claimWords(told('Quellmoor Harbour Board'), 'a2'), " as Quellmoor Harbour Board's claim");
  // before: " as fire service's claim", " as officials's claim"
  assert.equal(claimWords(told('fire service'), 'a2'), " as the fire service's claim");
  assert.equal(claimWords(told('officials'), 'a2'), " as the officials' claim");
  assert.equal(claimWords(told('fire service'), 'a1'), '');
  // a name in -s, or a plural told at a sentence's start, takes the apostrophe alone (review36-A)
  assert.equal(claimWords(told('Quellmoor Ferries'), 'a2'), " as Quellmoor Ferries' claim");
  assert.equal(claimWords(told('Passengers'), 'a2'), " as Passengers' claim");
});
