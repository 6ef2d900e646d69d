import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type IndirectCase, indirectQuotes, testIndirectCases } from './fixtures/indirect-cases.ts';

/** A cue in -s that the tagger reads as a plural noun ("reports", "notes") after a name is the name's verb. */
const NOUN_TAGGED: IndirectCase[] = [
  [
    'a paper that reports at the sentence end',
    'Dock fees rose by a third last year, The Harbor Gazette reports.',
    'Dock fees rose by a third last year',
    'Harbor Gazette',
  ],
  [
    'a name that notes before a pronoun subject',
    'Ann Wu notes they were hired before she arrived.',
    'they were hired before she arrived',
    'Ann Wu',
  ],
  [
    'a name that notes another\'s report: a verb of saying after "that" opens no relative clause',
    'Ola Berg notes that clerks said in June rents would rise.',
    'clerks said in June rents would rise',
    'Ola Berg',
  ],
  [
    'a name that notes before "I am": "am" is a form of "be" as "were" is (no active verb of a relative clause)',
    'Ann Wu notes I am moving in May after the harbour reopens.',
    'I am moving in May after the harbour reopens',
    'Ann Wu',
  ],
];

testIndirectCases(NOUN_TAGGED);

test('indirect: "reports that" before a verb is a noun and its relative clause, no report', () => {
  assert.deepEqual(indirectQuotes('Police reports that were filed last year show a rise.'), []);
  assert.deepEqual(indirectQuotes('Ann Wu read the police reports that were filed last year.'), []);
});

test('indirect: a name that modifies an object or follows "of" keeps "notes", "reports" a noun, no report', () => {
  assert.deepEqual(indirectQuotes('The Gazette obtained Quay Trust notes that officials wrote in May.'), []);
  assert.deepEqual(indirectQuotes('Ola Berg read Quay Trust notes he wrote in 2019.'), []);
  assert.deepEqual(indirectQuotes('Copies of Quay Trust reports that clerks filed in May were leaked.'), []);
});

test('indirect: a name\'s "notes" before a relative clause with no object, then the main verb, is a noun', () => {
  assert.deepEqual(indirectQuotes('Quay Trust notes they kept in a safe were leaked.'), []);
  assert.deepEqual(indirectQuotes('Quay Trust notes that clerks kept in a safe were leaked.'), []);
});
