import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indirectQuotes } from './fixtures/indirect-cases.ts';

test('indirect: a cue joined inside a clause whose own subject can speak is given to neither subject', () => {
  // her rivals, not the senator, said it; the sentence cannot tell which one, so no speaker is shown
  const text =
    'Senator Ann Wu got a first taste of it on Tuesday when her rivals ganged up on her and said that her plan was too costly.';
  assert.deepEqual(
    indirectQuotes(text).map((q) => q.speaker?.name),
    [],
  );
});

test('indirect: a cue joined after a clause of a thing stays the sentence subject’s', () => {
  const [quote, ...rest] = indirectQuotes(
    'Mayor Ann Wu visited the port after the storm hit and said the pier was safe.',
  );
  assert.equal(rest.length, 0);
  assert.equal(quote?.text, 'the pier was safe');
  assert.equal(quote?.speaker?.name, 'Ann Wu');
});
