import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgementOf } from './verdict-of.ts';

// Invented pairs: a denial ("denied that it had …") negates its clause without a "not": the same
// denial on both sides, told in other words, is no difference of whether it happened.
test('one denial in two wordings is no difference of whether it happened', () => {
  const short = 'Kettle Ironworks denied that it had skimped on its 2023 repair of the weir.';
  const long = 'Kettle Ironworks denied that it had skimped when it repaired the weir in 2023.';
  for (const [a, b] of [
    [short, long],
    [long, short],
  ] as const) {
    const j = judgementOf(a, b);
    assert.notEqual(j.reason, 'negation', `${a} / ${b}`);
    assert.notEqual(j.verdict, 'differs');
  }
});

test('a denial against the plain telling is still one', () => {
  const j = judgementOf(
    'Kettle Ironworks skimped on its 2023 repair of the weir.',
    'Kettle Ironworks denied that it had skimped on its 2023 repair of the weir.',
  );
  assert.equal(j.reason, 'negation');
});
