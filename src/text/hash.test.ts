import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FNV_START, fnv1a, fnvStep, fnvText } from './hash.ts';

test('fnv1a: the 32-bit FNV-1a test vectors', () => {
  assert.equal(fnv1a(''), 0x811c9dc5);
  assert.equal(fnv1a('a'), 0xe40c292c);
  assert.equal(fnv1a('foobar'), 0xbf9cf968);
});

test('fnvText carries a state on, fnvStep mixes one unit: built piece by piece, the hash of the whole', () => {
  assert.equal(fnvText(fnvText(FNV_START, 'foo'), 'bar') >>> 0, fnv1a('foobar'));
  assert.equal(fnvText(fnvStep(fnvText(FNV_START, 'harbour'), 32), 'bridge') >>> 0, fnv1a('harbour bridge'));
  assert.equal(fnvStep(FNV_START, 'a'.charCodeAt(0)) >>> 0, 0xe40c292c);
  // a unit may be any 32-bit value (another hash): the signed and unsigned forms mix alike
  assert.equal(fnvStep(FNV_START, fnv1a('a')), fnvStep(FNV_START, fnv1a('a') | 0));
});
