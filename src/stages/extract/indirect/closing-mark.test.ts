import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indirectQuotes } from './fixtures/indirect-cases.ts';

// Reported speech that ends on a quotation keeps its closing mark (content-shape.ts closedQuote):
// newuser7's report showed 'the budget "brutal' with an opening mark and no closing one.

/** [rule, sentence, the reported content]. */
const CASES: [string, string, string][] = [
  ['a straight mark', 'Councillor Mira Talve called the rent plan "cruel".', 'the rent plan "cruel"'],
  ['a curly mark', 'Councillor Mira Talve called the rent plan “cruel”.', 'the rent plan “cruel”'],
  [
    'no mark added where the content has none',
    'Councillor Mira Talve said the rent plan would hurt young renters.',
    'the rent plan would hurt young renters',
  ],
];

for (const [rule, text, content] of CASES)
  test(`reported speech ending on a quotation: ${rule}`, () => {
    assert.deepEqual(
      indirectQuotes(text).map((q) => q.text),
      [content],
    );
  });
