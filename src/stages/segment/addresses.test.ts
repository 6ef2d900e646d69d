import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentencesOf } from './test-kit.ts';

// [invented paragraph, the sentences it must give]: a web address ends no sentence
const CASES: [string, string[]][] = [
  [
    'Following a scoop, Reelnews.com reports that Lind will direct. The studio declined to comment.',
    ['Following a scoop, Reelnews.com reports that Lind will direct.', 'The studio declined to comment.'],
  ],
  // a lower-case word after a stop and a space still opens one
  ['The mill closed. it reopened in May.', ['The mill closed.', 'it reopened in May.']],
];

for (const [text, expected] of CASES)
  test(`sentences of: ${text}`, () => assert.deepEqual(sentencesOf(text), expected));
