import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indirectQuotes } from './fixtures/indirect-cases.ts';

// Where reported words end before the writer's setting: a comma, a subordinator ("after", "when",
// "although" …) and a clause with its own subject and a past verb tell what happened in the outlet's
// voice (content.ts pastSetting), as a speaker inside such a clause is no source of the figures before it.

const said = (text: string) => indirectQuotes(text).map((q) => [q.text, q.speaker?.name]);

test('a past "after" clause past a comma is the outlet’s own statement, not the speaker’s', () => {
  assert.deepEqual(
    said(
      'The harbour master has admitted that the new quay will cost more, after the board approved it by six votes to two on Monday.',
    ),
    [['the new quay will cost more', 'harbour master']],
  );
  assert.deepEqual(said('Ann Wu said the pier was safe, although engineers found cracks in it last week.'), [
    ['the pier was safe', 'Ann Wu'],
  ]);
});

test('a clause of what is to come, or a reason, stays in what was said', () => {
  assert.deepEqual(said('Ann Wu said the ferry would run again, after the repairs are done.'), [
    ['the ferry would run again, after the repairs are done', 'Ann Wu'],
  ]);
  assert.deepEqual(said('Ann Wu said the ferry would run again, because the storm had passed.'), [
    ['the ferry would run again, because the storm had passed', 'Ann Wu'],
  ]);
});
