import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgementOf } from './verdict-of.ts';

// Invented pairs: "had yet to" tells what has not happened so far, as "had not yet" does.
test('"had yet to regain" and "had not yet regained" are no difference of whether it happened', () => {
  const j = judgementOf(
    'Riva had yet to regain consciousness on Wednesday and was on a ventilator, police said.',
    'Riva had not yet regained consciousness on Wednesday and was on a ventilator, police said.',
  );
  assert.notEqual(j.reason, 'negation');
  assert.notEqual(j.verdict, 'differs');
});

test('"had yet to regain" against "regained" is still one', () => {
  const j = judgementOf(
    'Riva regained consciousness on Wednesday, police said.',
    'Riva had yet to regain consciousness on Wednesday, police said.',
  );
  assert.equal(j.reason, 'negation');
});
