import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testVerdicts } from './support/verdict-of.ts';
import { runCompare } from './test-story.ts';

// newuser18 #4: a count of those who took part in a march is a measure of its own (a turnout), so a
// count of the arrested is no other value of it, even told by one "Police said". Invented sentences.
describe('a turnout is its own measure', () => {
  testVerdicts([
    [
      'arrests against the turnout, both told by the police',
      'Police said 30 people were arrested after the Corvale march.',
      'Police said about 2,000 people took part in the Corvale march.',
      'not contradicts',
    ],
    [
      'two turnouts of one march',
      'Some 9,000 people took part in the Corvale march, the organisers said.',
      'The organisers said 25,000 people took part in the Corvale march.',
      'contradicts',
    ],
    [
      'those who took part in a strike are those on strike',
      'About 900 drivers took part in the strike at Velm Buses.',
      'About 1,500 drivers went on strike at Velm Buses.',
      'contradicts',
    ],
  ]);
});

test('no difference pairs the arrested with the turnout', () => {
  const { result } = runCompare([
    [
      'Police said 30 people were arrested after the Corvale march on Saturday.\n\nShops were shut.',
      { outlet: 'Corvale Star', publishedAt: '2026-04-04T18:00:00Z' },
    ],
    [
      'Police said about 2,000 people took part in the Corvale march on Saturday.\n\nThe march was peaceful.',
      { outlet: 'Ashby Post', publishedAt: '2026-04-04T20:00:00Z' },
    ],
  ]);
  const values = (result.differences ?? []).map((d) => d.sides.map((s) => s.value?.number));
  assert.ok(!values.some((v) => v.includes(30) && v.includes(2000)), JSON.stringify(values));
});
