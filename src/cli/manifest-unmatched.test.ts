import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unmatchedLine } from './manifest.ts';

// newuser16 #16: a week's manifest read for one day's files warned once per other row (13 lines).
test('the manifest rows that name no input are one warning line', () => {
  assert.equal(
    unmatchedLine('m.csv', ['a.txt']),
    'parallax: warning: m.csv lists a.txt, which is not among the inputs\n',
  );
  const line = unmatchedLine('m.csv', ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt']);
  assert.equal(line, 'parallax: warning: m.csv: 5 rows name no input (a.txt, b.txt, c.txt and 2 more)\n');
  assert.equal(line.split('\n').length, 2, 'one line');
});
