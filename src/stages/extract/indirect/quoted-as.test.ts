import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type IndirectCase, indirectQuotes, testIndirectCases } from './fixtures/indirect-cases.ts';

/** [rule, sentence, expected content, expected speaker name]: "quoted … as saying". */
testIndirectCases([
  [
    'the object of "quoted … as saying", named in an aside',
    'The Courier quoted the harbour master, Tom Reyes, as saying the crane had 12 cracks.',
    'the crane had 12 cracks',
    'Tom Reyes',
  ],
  [
    'the subject of "was quoted by … as saying", not the channel',
    'Tom Reyes was quoted by the Courier as saying that the pier would reopen in May.',
    'the pier would reopen in May',
    'Tom Reyes',
  ],
  [
    'the words before "were quoted as saying"',
    'The pier will reopen in May, harbour officials were quoted by the radio as saying.',
    'The pier will reopen in May',
    'harbour officials',
  ],
] satisfies IndirectCase[]);

test('indirect: "as saying" without "quoted" before it is no report of the quoted', () => {
  // "regarded as …" and "known as …" name no one quoted
  assert.deepEqual(indirectQuotes('Tom Reyes is known as saying little at the board.').length, 0);
});
