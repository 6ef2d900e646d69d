import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { judgementOf } from './verdict-of.ts';

// Invented sentences from parts, each told as a claim; a small edit of it (another number, day,
// person or place, a negation, a denial, a "may") must never be a supporter of the claim, while the
// same words put in another order still are.
const PERSONS = ['Ray Dunmore', 'Ana Bright', 'Tom Ashby', 'Ilse Brandt', 'Marco Ferrante'];
const PLACES = ['Vessmark', 'Ardmere', 'Pellworth', 'Castle Bay', 'Norhaven'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface Parts {
  readonly template: number;
  readonly person: number;
  readonly place: number;
  readonly day: number;
  readonly n: number;
}

// The sentence of parts p, and the same in another order.
function tell(p: Parts): [string, string] {
  const [who, where, day, n] = [PERSONS[p.person], PLACES[p.place], DAYS[p.day], p.n];
  switch (p.template) {
    case 0:
      return [
        `Police arrested ${who} in ${where} on ${day} after the robbery.`,
        `On ${day}, police arrested ${who} in ${where} after the robbery.`,
      ];
    case 1:
      return [
        `A court in ${where} fined ${who} $${n} million on ${day}.`,
        `On ${day}, a court in ${where} fined ${who} $${n} million.`,
      ];
    default:
      return [
        `The storm killed ${n} people in ${where} on ${day}, ${who} said.`,
        `${who} said the storm killed ${n} people in ${where} on ${day}.`,
      ];
  }
}

const parts = fc.record({
  template: fc.integer({ min: 0, max: 2 }),
  person: fc.integer({ min: 0, max: PERSONS.length - 1 }),
  place: fc.integer({ min: 0, max: PLACES.length - 1 }),
  day: fc.integer({ min: 0, max: DAYS.length - 1 }),
  n: fc.integer({ min: 3, max: 90 }),
});
const other = (k: number, size: number, by: number) => (k + 1 + (by % (size - 1))) % size;

test('an edit of one part of a claim is never its supporter', () => {
  fc.assert(
    fc.property(parts, fc.integer({ min: 0, max: 1000 }), (p, by) => {
      const [claim] = tell(p);
      const edits = [
        tell({ ...p, day: other(p.day, DAYS.length, by) })[0],
        tell({ ...p, place: other(p.place, PLACES.length, by) })[0],
        // the storm's speaker is its source, not a participant: another speaker may well say it
        ...(p.template === 2 ? [] : [tell({ ...p, person: other(p.person, PERSONS.length, by) })[0]]),
        ...(p.template === 0 ? [] : [tell({ ...p, n: p.n * 2 + 1 })[0]]),
        `Officials denied reports that ${claim.charAt(0).toLowerCase()}${claim.slice(1)}`,
        claim.replace(/ (arrested|fined|killed) /, ' did not $1 ').replace(/did not (\w+)ed /, 'did not $1 '),
        claim.replace(/ (arrested|fined|killed) /, ' may have $1 '),
      ];
      for (const edited of edits)
        assert.notEqual(judgementOf(claim, edited).verdict, 'supports', `${claim} | ${edited}`);
    }),
    { numRuns: 20 },
  );
});

test('the same claim in another order is its supporter', () => {
  fc.assert(
    fc.property(parts, (p) => {
      const [claim, reordered] = tell(p);
      assert.equal(judgementOf(claim, reordered).verdict, 'supports', `${claim} | ${reordered}`);
    }),
    { numRuns: 20 },
  );
});
