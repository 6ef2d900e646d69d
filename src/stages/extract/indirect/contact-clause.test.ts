import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type IndirectCase, indirectQuotes, testIndirectCases } from './fixtures/indirect-cases.ts';

/** [rule, sentence, expected content, expected speaker name]: a contact clause between the speaker and the cue. */
testIndirectCases([
  [
    'a contact clause ("the engineers we interviewed said") on the speaker',
    'The engineers we interviewed said the new pier plan was safer than the old one.',
    'the new pier plan was safer than the old one',
    'engineers',
  ],
  [
    'a contact clause whose verb is itself a speech verb reports nothing of its own',
    'The residents I asked said the ferry was always late in winter.',
    'the ferry was always late in winter',
    'residents',
  ],
] satisfies IndirectCase[]);

test('indirect: "it" opens no contact clause, and a thing is no speaker', () => {
  // "The pier it built": no one was met, and the pier says nothing
  assert.equal(indirectQuotes('The pier it built said nothing about the storm.').length, 0);
});
