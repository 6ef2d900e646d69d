import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indirectQuotes } from '../indirect/fixtures/indirect-cases.ts';

// "by" may stand inside a speaker's phrase (data/function-words.ts, PHRASE_INNER): the speaker of "the
// largest ferry company by sales announced" is the company, not "sales".

test('the speaker of "the largest … by sales announced" is the whole phrase', () => {
  assert.deepEqual(
    indirectQuotes(
      "This time, the world's largest ferry company by sales announced that it will be buying the Marlow line.",
    ).map((q) => q.speaker?.name),
    ["world's largest ferry company by sales"],
  );
});
