import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgementOf } from './verdict-of.ts';

// Invented pairs: the one-predicate clash (told-alike.ts) is one measure told with two values by the
// same verb of the same named subject, in one voice and mood, with no word of an update or a part.
const kindOf = (a: string, b: string) => {
  const j = judgementOf(a, b);
  return j.kind ?? j.verdict;
};

test('the same verb of the same named subject with two values is a one-predicate clash', () => {
  assert.equal(
    kindOf(
      'The Halden flood killed 12 people in Marrow county.',
      'The Halden flood killed 20 people in Marrow county.',
    ),
    'one predicate',
  );
  assert.equal(
    kindOf(
      'Ole Brandt is serving a 12-year sentence for fraud.',
      'Ole Brandt is serving a 15-year sentence for fraud.',
    ),
    'one predicate',
  );
});

test('an update, a running total or a bound is no one-predicate clash', () => {
  for (const b of [
    'The Halden flood has now killed 20 people in Marrow county.',
    'The Halden flood has killed 20 people in Marrow county so far.',
    'The Halden flood killed at least 20 people in Marrow county.',
  ])
    assert.notEqual(kindOf('The Halden flood killed 12 people in Marrow county.', b), 'one predicate', b);
});

test('a part against the whole is no one-predicate clash', () => {
  const whole = 'Harlow Mining cut 300 jobs on Monday.';
  for (const a of [
    'Harlow Mining cut 120 jobs at its Dunmore plant on Monday.',
    'Harlow Mining cut 120 jobs in its paint shop on Monday.',
  ])
    assert.notEqual(kindOf(a, whole), 'one predicate', a);
  assert.notEqual(
    kindOf(
      'Harlow Mining cut 300 jobs at its Dunmore plant, including 40 drivers.',
      'Harlow Mining cut 120 jobs at its Dunmore plant.',
    ),
    'one predicate',
  );
});

test('two subjects, two sources or another mood make no one-predicate clash', () => {
  const a = 'Harlow Mining cut 120 jobs at its Dunmore plant on Monday.';
  for (const b of [
    'Kessler Steel cut 300 jobs at its Dunmore plant on Monday.',
    'Harlow Mining will cut 300 jobs at its Dunmore plant.',
  ])
    assert.notEqual(kindOf(a, b), 'one predicate', b);
  assert.notEqual(
    kindOf(
      'Harlow Mining cut 120 jobs at its Dunmore plant, the union said.',
      'Harlow Mining cut 300 jobs at its Dunmore plant, the company said.',
    ),
    'one predicate',
  );
  // an estimate by one source against what another's sources say it could reach
  assert.notEqual(
    kindOf(
      'The Norvale council estimated the repair of the Kessing bridge at $48 million.',
      'Sources told the Beacon the repair bill for the Kessing bridge could hit $65 million.',
    ),
    'one predicate',
  );
});

test('lengths whose bounds overlap are no one-predicate clash', () => {
  assert.notEqual(
    kindOf(
      'The Kessing bridge will stay closed for at least six weeks.',
      'The Kessing bridge will stay closed for up to three months.',
    ),
    'one predicate',
  );
});

// session 43 (contra43): as for the one-thing clash, a value told of a year the sentence writes against
// one told of none may be history told beside the news
test('a value told of a written year against one of none is no one-predicate clash', () => {
  const then = 'In 2019, the renovation of the Ostra library cost $4.2 million.';
  const now = 'The renovation of the Ostra library cost $6.8 million.';
  assert.notEqual(kindOf(then, now), 'one predicate');
  assert.notEqual(kindOf(now, then), 'one predicate');
  assert.equal(kindOf('The renovation of the Ostra library cost $4.2 million.', now), 'one predicate');
});
