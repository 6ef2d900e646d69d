import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indirectQuotes } from './fixtures/indirect-cases.ts';

// newuser16 #8: "a move town staff said would save …" gave the speaker "move town staff", and "…, Mayor X
// said on Sunday, two days after the council voted to close them." gave the mayor the writer's time
// clause instead of what she said. Invented sentences.

const said = (text: string) => indirectQuotes(text).map((q) => [q.text, q.speaker?.name]);

test('indirect: the speaker of a clause that hangs on a noun ("a move town staff said would …") is past that noun', () => {
  assert.deepEqual(
    said(
      'The council heard a plan to close the Orlen pool, a move town staff said would save about $300,000 a year.',
    ),
    [['would save about $300,000 a year', 'town staff']],
  );
});

test('indirect: a speaker set off after a clause, with the narrator’s time after the cue, said the clause before', () => {
  assert.deepEqual(
    said(
      'The two branches will stay open after all, Mayor Ilka Morrane said on Sunday, two days after the council voted to close them.',
    ),
    [['The two branches will stay open after all', 'Ilka Morrane']],
  );
  // a parenthetical speaker before a main clause keeps the main clause
  assert.deepEqual(said('But to keep the pool open, she said, the town must raise fees.'), [
    ['the town must raise fees', 'she'],
  ]);
});
