import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stem } from '../../../text/normalise.ts';
import { sameFamily } from './measures.ts';

// One check of "a word of what is named, or of its measure's family" for same-change.ts and
// difference-updates.ts (review39 A6).
test('a word named, or of a named word’s measure family, is of the same family', () => {
  const named = (...words: string[]) => new Set(words.map(stem));
  const cases: [string[], Set<string>, boolean][] = [
    [['the', 'offer', 'rose'], named('offered'), true],
    [['the', 'death', 'toll', 'rose'], named('killed'), true],
    [['the', 'number', 'injured', 'rose'], named('killed'), false],
    [['ferries', 'now', 'run'], named('killed'), false],
    [['anything'], named(), false],
  ];
  for (const [words, set, expected] of cases) assert.equal(sameFamily(words, set), expected, words.join(' '));
});
