import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneSpellingApart } from './spelling.ts';

test('two spellings of one name are one letter apart; two names are not', () => {
  assert.ok(oneSpellingApart('heffner', 'hefner'));
  assert.ok(oneSpellingApart('hefner', 'heffner'));
  assert.ok(oneSpellingApart('kowalcyzk', 'kowalczyk'));
  assert.ok(oneSpellingApart('brandt', 'brant'));
  assert.ok(oneSpellingApart('marlowe', 'marlowe'));
  assert.ok(!oneSpellingApart('lind', 'lund'));
  assert.ok(!oneSpellingApart('brandt', 'brenner'));
  assert.ok(!oneSpellingApart('fehrmann', 'fehrmanns2'));
  assert.ok(!oneSpellingApart('hansen', 'jensen'));
});
