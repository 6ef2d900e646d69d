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

// newuser18 finding 6: "Critics who opposed the toll in Marlow said …" gave "Critics (opposed)" the
// content "the toll in Marlow said the money was wasted". Invented.
test('a stance verb after "who" tells who speaks when a verb of saying follows: the report is the saying verb’s', () => {
  assert.deepEqual(
    indirectQuotes('Critics who opposed the toll in Marlow said the money was wasted.').map((q) => [
      q.text,
      q.speaker?.name,
      q.cue,
    ]),
    [['the money was wasted', 'Critics', 'said']],
  );
  // with no verb of saying after it, the stance is still read
  assert.deepEqual(
    indirectQuotes('Critics opposed the toll in Marlow.').map((q) => q.text),
    ['the toll in Marlow'],
  );
});
