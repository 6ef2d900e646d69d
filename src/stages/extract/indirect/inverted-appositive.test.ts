import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type IndirectCase, indirectQuotes, testIndirectCases } from './fixtures/indirect-cases.ts';

/** [rule, sentence, expected content, expected speaker name]: "…, said X, <an appositive to the end>." */
testIndirectCases([
  [
    'inverted cue whose appositive takes a phrase',
    'Repairs on the pier closed the routes, said Tomas Elk, a senior official with the port board.',
    'Repairs on the pier closed the routes',
    'Tomas Elk',
  ],
  [
    'inverted cue whose appositive takes a phrase and a relative clause',
    'The ferry will run again in May, said Ilse Varga, the chief engineer on the crew that mends it.',
    'The ferry will run again in May',
    'Ilse Varga',
  ],
] satisfies IndirectCase[]);

test('indirect: an inverted cue followed by a second clause after its appositive is not read as one', () => {
  // what follows a second comma is no part of the appositive: the reading stays as before (none)
  const text = 'The ferry ran late, said Ilse Varga, a chief engineer with the crew, and the port closed.';
  assert.equal(indirectQuotes(text).length, 0);
});
