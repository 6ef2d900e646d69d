import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indirectQuotes } from './fixtures/indirect-cases.ts';

// A "That" that opens the sentence is the first word of what was said, not the "that" of "said that …"
// (content.ts, trimContent).

test('a sentence-opening "That" stays in the report told before its cue', () => {
  const cases: [string, string][] = [
    [
      'That would take a long time and a lot of money, Ann Wu said.',
      'That would take a long time and a lot of money',
    ],
    ['That means the ferry will be late again, said Ann Wu.', 'That means the ferry will be late again'],
    [
      'That company will become a division of the port, according to sources.',
      'That company will become a division of the port',
    ],
  ];
  for (const [text, said] of cases) {
    assert.deepEqual(
      indirectQuotes(text).map((q) => q.text),
      [said],
      text,
    );
  }
});

test('the "that" after a cue still opens no report', () => {
  assert.deepEqual(
    indirectQuotes('Ann Wu said that the port will close on Monday.').map((q) => q.text),
    ['the port will close on Monday'],
  );
});
