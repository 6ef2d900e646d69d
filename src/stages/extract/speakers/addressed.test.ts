import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indirectQuotes } from '../indirect/fixtures/indirect-cases.ts';

// One named after "to" in a source's phrase is whom it was addressed to, not its source (resolve.ts, addressedTo).

test('"according to a letter sent to X": the letter is the source, not X', () => {
  const cases: [string, string][] = [
    [
      'Mayor Ann Wu met the pilots. The ferry will run at night, according to a letter sent to Mayor Ann Wu on Monday.',
      'letter sent to Mayor Ann Wu on Monday',
    ],
    ['The ferry will run at night, according to a memo to Ann Wu.', 'memo to Ann Wu'],
  ];
  for (const [text, speaker] of cases) {
    const quotes = indirectQuotes(text);
    assert.deepEqual(
      quotes.map((q) => [q.speaker?.name, q.speaker?.entityId ?? null]),
      [[speaker, null]],
      text,
    );
  }
});

test('"according to X" and "a spokesman for X" are read as before', () => {
  assert.deepEqual(
    indirectQuotes('The ferry will run at night, according to Ann Wu.').map((q) => q.speaker?.name),
    ['Ann Wu'],
  );
  assert.deepEqual(
    indirectQuotes('The ferry will run at night, according to a spokesman for Ann Wu.').map(
      (q) => q.speaker?.name,
    ),
    ['spokesman for Ann Wu'],
  );
});
