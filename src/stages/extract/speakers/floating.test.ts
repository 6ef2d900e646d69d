import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type IndirectCase, indirectQuotes, testIndirectCases } from '../indirect/fixtures/indirect-cases.ts';

/** A quantifier floated between a subject and its cue ("all", "both", "each") stands for the subject. */
const FLOATING: IndirectCase[] = [
  [
    '"all" after a plural noun',
    'The senators all said the fee was too high.',
    'the fee was too high',
    'senators',
  ],
  [
    '"both" after a noun',
    'The two mayors both said the bridge was safe.',
    'the bridge was safe',
    'two mayors',
  ],
  ['"each" after a pronoun', 'They each warned that the pier would close.', 'the pier would close', 'They'],
];

testIndirectCases(FLOATING);

// What "all" gives here: a report and a speaker. Which of the three (or all) is the subject phrase's cut at
// a closing parenthesis, older than the quantifier's reading and not asserted.
test('indirect: "all" after a list of names with their parties', () => {
  const quotes = indirectQuotes(
    'Sens. Ann Wu (D-Ore.), Ola Berg (D-Nebraska) and Tom Reyes (D-N.J.) all suggested that the fees were too high.',
  );
  assert.equal(quotes.length, 1, JSON.stringify(quotes));
  assert.equal(quotes[0]?.text, 'the fees were too high');
  const speaker = quotes[0]?.speaker?.name ?? '';
  const named = ['Ann Wu', 'Ola Berg', 'Tom Reyes'];
  assert.ok(named.includes(speaker) || named.every((n) => speaker.includes(n)), speaker);
});
