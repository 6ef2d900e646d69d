import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneSpellingApart, spellingFold } from './spelling.ts';

test('two spellings of one name are one letter apart; two names are not', () => {
  assert.ok(oneSpellingApart('orrnberg', 'ornberg'));
  assert.ok(oneSpellingApart('ornberg', 'orrnberg'));
  assert.ok(oneSpellingApart('kowalcyzk', 'kowalczyk'));
  assert.ok(oneSpellingApart('brandt', 'brant'));
  assert.ok(oneSpellingApart('marlowe', 'marlowe'));
  assert.ok(!oneSpellingApart('lind', 'lund'));
  assert.ok(!oneSpellingApart('brandt', 'brenner'));
  assert.ok(!oneSpellingApart('fehrmann', 'fehrmanns2'));
  assert.ok(!oneSpellingApart('hansen', 'jensen'));
});

test('spellingFold: a British spelling folds to the American one, other words stay', () => {
  for (const [word, folded] of [
    ['harbour', 'harbor'],
    ['labourers', 'laborers'],
    ['neighbourhood', 'neighborhood'],
    ['organisation', 'organization'],
    ['analysed', 'analyzed'],
    ['centre', 'center'],
    ['travelled', 'traveled'],
    ['defence', 'defense'],
    ['grey', 'gray'],
    ['four', 'four'],
    ['hour', 'hour'],
    ['filled', 'filled'],
    ['genre', 'genre'],
  ])
    assert.equal(spellingFold(word as string), folded, word);
});
