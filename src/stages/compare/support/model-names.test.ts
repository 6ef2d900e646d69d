import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from '../test-story.ts';
import { clashVerdict, judgementOf } from './verdict-of.ts';

// Invented sentences: one fact, the rifle's name spelt two ways.
const HYPHENED = 'During the search, six AK-47 rifles and 12 magazines were found on the Vessmark ferry.';
const SPACED = 'During the search, six AK 47 rifles and 12 magazines were found on the Vessmark ferry.';

test('"AK-47" and "AK 47" name one rifle: each spelling states the other', () => {
  assert.equal(clashVerdict(judgementOf(HYPHENED, SPACED)), 'supports');
  assert.equal(clashVerdict(judgementOf(SPACED, HYPHENED)), 'supports');
});

// Invented sentences: one order, the plane's name spelt two ways; another plane; a phone named with and without its maker's line.
const SPACED_NAME = 'Harbor Air ordered a Boeing 737 for its Vessmark route, the airline said on Monday.';
const GLUED_NAME = 'Harbor Air ordered a Boeing-737 for its Vessmark route, the airline said on Monday.';
const OTHER_NAME = 'Harbor Air ordered a Boeing-747 for its Vessmark route, the airline said on Monday.';

test('"Boeing 737" and "Boeing-737" name one plane: each spelling states the other, another number does not', () => {
  assert.equal(clashVerdict(judgementOf(SPACED_NAME, GLUED_NAME)), 'supports');
  assert.equal(clashVerdict(judgementOf(GLUED_NAME, SPACED_NAME)), 'supports');
  assert.notEqual(clashVerdict(judgementOf(SPACED_NAME, OTHER_NAME)), 'supports');
  // a name's number is still a figure another sentence may write alone
  assert.equal(
    clashVerdict(
      judgementOf(
        'Harbor Air sold 40 units of the Larkspur 8900 phone in March.',
        'Harbor Air sold 40 units of the 8900 phone in March.',
      ),
    ),
    'supports',
  );
});

test('one fact told with "Boeing 737" and with "Boeing-737" is one row of the coverage table', () => {
  const rows = (bodies: string[]) => runCompare(bodies).result.facts.map((f) => f.sources.length);
  assert.deepEqual(rows([SPACED_NAME, SPACED_NAME, GLUED_NAME, GLUED_NAME]), [4]);
  assert.deepEqual(rows([SPACED_NAME, SPACED_NAME, OTHER_NAME, OTHER_NAME]), [2, 2]);
});

// Invented sentences: one quake's magnitude told with the measure's name glued to it, spaced, and with
// a point a text's detokenising spaced; another magnitude.
const GLUED_MEASURE = 'Officials in Velmar said the quake measured magnitude-5.9 on Sunday.';
const SPACED_MEASURE = 'Officials in Velmar said the quake measured magnitude 5.9 on Sunday.';
const SPACED_POINT = 'Officials in Velmar said the quake measured magnitude-5. 9 on Sunday.';
const OTHER_MEASURE = 'Officials in Velmar said the quake measured magnitude-6.4 on Sunday.';

test('"magnitude-5.9" is the value 5.9 of a magnitude, no name "magnitude-5": each spelling states the other', () => {
  for (const [a, b] of [
    [GLUED_MEASURE, SPACED_MEASURE],
    [SPACED_POINT, SPACED_MEASURE],
    [GLUED_MEASURE, SPACED_POINT],
  ] as const) {
    assert.equal(clashVerdict(judgementOf(a, b)), 'supports', a);
    assert.equal(clashVerdict(judgementOf(b, a)), 'supports', b);
  }
  assert.notEqual(clashVerdict(judgementOf(GLUED_MEASURE, OTHER_MEASURE)), 'supports');
});
