import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PROVEN_CLASH_KINDS, shownAs } from './proven.ts';
import { judgementOf } from './verdict-of.ts';

// Invented pairs: how a clash the judge finds is shown. A kind not proven precise (proven.ts) is a
// difference to check (`differs`), never ✗; a proven kind stays `contradicts`.
const REPAIR = [
  'The Norvale council put the repair of the Kessing bridge at $48 million on Tuesday.',
  'The Norvale council put the repair of the Kessing bridge at $65 million on Tuesday.',
] as const;
const MEETING = [
  'Finance ministers Olsen and Varga signed the grain corridor accord in Brannock on Tuesday.',
  'Finance ministers Olsen and Varga signed the grain corridor accord in Brannock on Thursday.',
] as const;

test('no kind of clash is proven yet: another value of one measure is a difference to check', () => {
  assert.equal(PROVEN_CLASH_KINDS.size, 0);
  // (the same verb of the same named subject: the narrowest kind, one predicate)
  const j = judgementOf(...REPAIR);
  assert.deepEqual([j.verdict, j.kind], ['differs', 'one predicate']);
  const other = judgementOf(
    'The Norvale council estimated the repair of the Kessing bridge at $48 million.',
    'Sources told the Beacon the repair bill for the Kessing bridge could hit $65 million.',
  );
  // (one amount of one named thing, told by other verbs in other voices: the one-thing kind)
  assert.deepEqual([other.verdict, other.kind], ['differs', 'one thing']);
});

test('another day of one event is a difference to check', () => {
  const j = judgementOf(...MEETING);
  assert.deepEqual([j.verdict, j.kind], ['differs', 'day']);
});

test('a proven kind stays a contradiction, the others become differences', () => {
  const j = judgementOf(...REPAIR);
  const clash = { ...j, verdict: 'contradicts' as const };
  assert.equal(shownAs(clash, new Set(['one predicate'])).verdict, 'contradicts');
  assert.equal(shownAs(clash, new Set(['day'])).verdict, 'differs');
  // what is no clash is left as it is
  assert.equal(shownAs({ verdict: 'supports', cover: 1, reason: 'states it' }).verdict, 'supports');
});
