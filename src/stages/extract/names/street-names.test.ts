import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// newuser17 #16: "Harbour Lane" and "Quayside Row" were "other" where "Station Road" is a place; a
// street's word that also ends a person's name ("Ellen Lane") leaves a given name's person. Invented.
function kinds(text: string): string[] {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  return out.entities.map((e) => `${e.kind}: ${e.name}`).sort();
}

test('a name a street word ends is a place, unless a given name leads it', () => {
  assert.deepEqual(
    kinds(
      'A falling tree crushed a van on Harbour Lane, and three cottages on Quayside Row were flooded, as was Station Road.\n\nThe actor Ellen Lane said she would visit the town. Residents of Mill Terrace were moved to a shelter.',
    ),
    [
      'person: Ellen Lane',
      'place: Harbour Lane',
      'place: Mill Terrace',
      'place: Quayside Row',
      'place: Station Road',
    ],
  );
});
