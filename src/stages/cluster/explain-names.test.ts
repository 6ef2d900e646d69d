import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wholeNames } from './explain.ts';

// newuser22 #14: --explain-grouping listed "Port Selwick, Port, Selwick": the words of a longer name the
// grouping also reads alone are named once, by the whole name.
test('explain: a word of a longer shared name is not listed beside it', () => {
  assert.deepEqual(wholeNames(['Port', 'Port Selwick', 'Selwick', 'Marrakand']), [
    'Port Selwick',
    'Marrakand',
  ]);
  // a word shared with no longer name stays
  assert.deepEqual(wholeNames(['Blaz', 'Teodor']), ['Blaz', 'Teodor']);
});
