import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteIndex } from './quote-index.ts';
import { inside, quoteRanges } from './text.ts';

test('quoteIndex answers as a scan of every quoted stretch does', () => {
  const text = 'He said "one two" and then “three four five” and "six" then "seven';
  const ranges = quoteRanges(text);
  assert.equal(ranges.length, 4);
  const index = quoteIndex(ranges);
  for (let start = 0; start <= text.length; start++)
    for (let end = start; end <= Math.min(text.length, start + 12); end++) {
      assert.equal(index.inside(start, end), inside(ranges, start, end), `inside ${start}-${end}`);
      const scanned = ranges.reduce((n, [s, e]) => n + Math.max(0, Math.min(e, end) - Math.max(s, start)), 0);
      assert.equal(index.quotedChars(start, end), scanned, `quoted ${start}-${end}`);
    }
  assert.deepEqual([quoteIndex([]).inside(0, 0), quoteIndex([]).quotedChars(0, 10)], [false, 0]);
});
