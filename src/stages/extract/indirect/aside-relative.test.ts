import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indirectQuotes } from './fixtures/indirect-cases.ts';

// A clause that a comma and "which" or "who" open after a cue set off in mid-sentence is the writer's:
// what was said is before the speaker (find.ts, setOffRelative).

test('"…, she said, which …": what was said is before the cue', () => {
  const cases: [string, string][] = [
    [
      'Rising fuel costs are driving demand for cleaner ferries, Ann Wu said, which the port will weigh in its plans.',
      'Rising fuel costs are driving demand for cleaner ferries',
    ],
    ['The ferry will be late again, Ann Wu said, who runs the port.', 'The ferry will be late again'],
  ];
  for (const [text, said] of cases) {
    assert.deepEqual(
      indirectQuotes(text).map((q) => [q.text, q.speaker?.name]),
      [[said, 'Ann Wu']],
      text,
    );
  }
});

test('"said which …" with no comma is what was said', () => {
  assert.deepEqual(
    indirectQuotes('Ann Wu said which ferries would run on Monday.').map((q) => q.text),
    ['which ferries would run on Monday'],
  );
});
