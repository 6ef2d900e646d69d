import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fnv1a } from './hash.ts';

test('fnv1a: the 32-bit FNV-1a test vectors', () => {
  assert.equal(fnv1a(''), 0x811c9dc5);
  assert.equal(fnv1a('a'), 0xe40c292c);
  assert.equal(fnv1a('foobar'), 0xbf9cf968);
});
