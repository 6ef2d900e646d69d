import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indirectQuotes } from './fixtures/indirect-cases.ts';

// newuser19 #12: "X called the bill '…' and said her party would vote against it" showed "(called)" on
// what she said, the naming verb's object running on over "and said". A naming verb's object ends at
// "and" before a verb (content.ts), and a coordinated cue is its own report's verb (attribution.ts).
// Invented sentences.
const CASES: [string, string[]][] = [
  [
    'Ann Wu called the ferry timetable unfair and said she would raise it at the council.',
    ['called: the ferry timetable unfair', 'said: she would raise it at the council'],
  ],
  [
    'Ann Wu described the plan as reckless and said she would vote against it.',
    ['described: the plan as reckless', 'said: she would vote against it'],
  ],
];

for (const [text, expected] of CASES)
  test(`coordinated cue: ${text}`, () => {
    const found = indirectQuotes(text).map((q) => `${q.cue}: ${q.text}`);
    assert.deepEqual(found, expected);
    assert.ok(indirectQuotes(text).every((q) => q.speaker?.name === 'Ann Wu'));
  });
