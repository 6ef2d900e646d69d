import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// A given name that is also a common word ("Rose", "Will", "May"), which the tagger reads as a verb,
// an auxiliary or a noun, opens a person's name before a surname (names/runs.ts, givenAtHead).

/** Each entity of one invented article as "kind: name". */
function named(text: string): string[] {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  return out.entities.filter((e) => e.kind !== 'date').map((e) => `${e.kind}: ${e.name}`);
}

test('a given name read as a verb or an auxiliary opens a person’s name before a surname', () => {
  assert.deepEqual(named('Rose Amsel said the harbour would reopen after repairs.'), ['person: Rose Amsel']);
  assert.deepEqual(named('Will Arden said the harbour would reopen after repairs.'), ['person: Will Arden']);
  assert.deepEqual(named('May Holt said the harbour would reopen after repairs.'), ['person: May Holt']);
  assert.deepEqual(named('The harbour will reopen after repairs, said Will Arden.'), ['person: Will Arden']);
});

test('the same words stay common words where no surname follows or the line asks', () => {
  assert.deepEqual(named('May Day parades were held across Dunmore, the council said.'), ['place: Dunmore']);
  assert.ok(!named('Will Arden Park reopen after the repairs?').some((e) => e.includes('Will')));
  assert.deepEqual(named('The fair opens in May. In May Holt sold the farm.'), ['person: Holt']);
  assert.deepEqual(named('Rose petals covered the square in Dunmore.'), ['place: Dunmore']);
});
