import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentIds, idWording } from './content-ids.ts';

test('idWording folds case, accents, punctuation and spacing', () => {
  assert.equal(idWording('  The Café’s  roof — “closed”, 2 days. '), 'the cafe s roof closed 2 days');
});

test('contentIds: the id of an item follows its wording, not its place in the list', () => {
  const keys = ['The Tarnby ferry stopped at noon.', 'Repairs will cost $3 million.', 'The pier reopened.'];
  const ids = contentIds('s2-', 'f', keys);
  assert.deepEqual(
    ids.map((id) => /^s2-f[0-9a-f]{6}$/.test(id)),
    [true, true, true],
  );
  assert.equal(new Set(ids).size, 3);
  // another order, another item added: each item keeps its id
  const again = contentIds('s2-', 'f', [
    'A new fact of the story.',
    keys[2] as string,
    keys[0] as string,
    keys[1] as string,
  ]);
  assert.deepEqual(again.slice(1), [ids[2], ids[0], ids[1]]);
  // the wording folded: case, accents and punctuation do not change it
  assert.deepEqual(contentIds('s2-', 'f', ['the tarnby ferry stopped at noon']), [ids[0]]);
});

test('contentIds: items of one wording take -2, -3 after the first', () => {
  const ids = contentIds('s1-', 'q', ['Not now.', 'Not now!', 'Later.', 'not NOW']);
  assert.equal(ids[1], `${ids[0]}-2`);
  assert.equal(ids[3], `${ids[0]}-3`);
  assert.notEqual(ids[2], ids[0]);
});
