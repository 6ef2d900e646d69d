import assert from 'node:assert/strict';
import { test } from 'node:test';
import { otherInputsLine, unmatchedLine } from './manifest.ts';

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

// newuser24 #13: one manifest used for three ingest batches warned each time about the others' rows.
test('rows naming files that exist but are not in this run are one calm note, not a warning', () => {
  const line = otherInputsLine('m.csv', ['day1/a.txt', 'day1/b.txt', 'day2/c.txt', 'day2/d.txt'], 3);
  assert.equal(
    line,
    'parallax: m.csv: 4 rows are for files not in this run (day1/a.txt, day1/b.txt, day2/c.txt and 1 more), left for them; 3 used\n',
  );
  assert.doesNotMatch(line, /warning/);
});
