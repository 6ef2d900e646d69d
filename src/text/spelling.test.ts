import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneSpellingApart } from './spelling.ts';

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
