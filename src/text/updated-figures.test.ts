import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../model/index.ts';
import { articleFromText, segmentAll } from '../stages/extract/from-text.ts';
import { updatedFigures } from './updated-figures.ts';

const changes = (text: string) => {
  const [doc] = segmentAll([articleFromText('a1', text)], createContext());
  return doc ? updatedFigures(doc).map((u) => [u.was, u.now]) : [];
};
const UPDATE = 'UPDATED 18:40: Police now say three people have died and 410 residents have been evacuated.';

test("an update's value of the thing the body counts, with a word of its clause (or of its measure), replaces the body's", () => {
  assert.deepEqual(changes(`${UPDATE}\nTwo people died when the River Sallow burst its banks.`), [
    ['Two', 'three'],
  ]);
  assert.deepEqual(changes(`${UPDATE}\nTwo people were killed when the River Sallow burst its banks.`), [
    ['Two', 'three'],
  ]);
  assert.deepEqual(changes(`${UPDATE}\nSome 340 residents have been evacuated to the sports hall.`), [
    ['340', '410'],
  ]);
});

test('unsure, nothing: another counted thing, no shared word, two earlier values, the same value, no update', () => {
  // pensioners are not people as counted; fled is no word of "have been evacuated"
  assert.deepEqual(changes(`${UPDATE}\nTwo pensioners drowned in their homes.`), []);
  assert.deepEqual(changes(`${UPDATE}\nSome 340 residents were forced to flee to the sports hall.`), []);
  assert.deepEqual(
    changes(`${UPDATE}\nTwo people died in Drossmouth on Sunday.\nFour people died in Kell last year.`),
    [],
  );
  assert.deepEqual(changes(`${UPDATE}\nThree people died when the River Sallow burst its banks.`), []);
  assert.deepEqual(
    changes('Police say three people have died.\nTwo people died when the River Sallow burst its banks.'),
    [],
  );
});
