import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLru } from './cache.ts';

test('the cache keeps the most recently used entries within its capacity', () => {
  const lru = createLru<string>(10, (v) => v.length);
  lru.set('a', 'aaaa');
  lru.set('b', 'bbbb');
  assert.equal(lru.get('a'), 'aaaa'); // a is now the most recent
  lru.set('c', 'cccc'); // 12 > 10: b, the least recently used, goes
  assert.equal(lru.get('b'), undefined);
  assert.equal(lru.get('a'), 'aaaa');
  assert.equal(lru.get('c'), 'cccc');
  lru.set('huge', 'x'.repeat(11));
  assert.equal(lru.get('huge'), undefined, 'an entry over the capacity is not kept');
  assert.equal(lru.get('a'), 'aaaa', 'and evicts nothing');
  lru.set('a', 'a');
  lru.set('d', 'dddddd');
  assert.deepEqual(
    ['a', 'c', 'd'].map((k) => lru.get(k)),
    ['a', undefined, 'dddddd'],
  );
});
