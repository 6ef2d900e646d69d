import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flags, type PairText } from './support-hard.ts';
import { hardKind, oppositeWords } from './support-hard-kinds.ts';

const pair = (claim: string, evidence: string, cos: number): PairText => ({
  claim: { text: claim },
  evidence: { text: evidence },
  cos,
  flags: flags(claim, evidence),
});

test('oppositeWords: one side of an opposite pair on each side, never both on one', () => {
  assert.equal(
    oppositeWords('A jury acquitted Ole Brandt.', 'A jury convicted Ole Brandt.'),
    'acquit/convict',
  );
  assert.equal(oppositeWords('The council rejected the plan.', 'The council approved it.'), 'approv/reject');
  assert.equal(oppositeWords('The council approved the plan.', 'The council approved it.'), null);
  // a sentence holding both words is no opposite of one holding either
  assert.equal(oppositeWords('He was convicted, then acquitted.', 'A jury convicted him.'), null);
});

test('hardKind: an opposite wording, a toll with two values, another place, another year, age, direction', () => {
  const cases: [string, string, number, string | null][] = [
    [
      'A jury in Vessmark acquitted Ole Brandt.',
      'A jury in Vessmark convicted Ole Brandt.',
      0.6,
      'opposite:acquit/convict',
    ],
    [
      'The quake killed 10 people in Vessmark.',
      'The quake in Vessmark killed three people.',
      0.3,
      'toll:kill',
    ],
    ['The quake killed 10 people in Vessmark.', 'The quake in Vessmark killed 10 people.', 0.3, null],
    ['The bomb went off in Vessmark on Sunday.', 'The bomb went off in Velmar on Sunday.', 0.5, 'place'],
    ['The bomb went off in Vessmark on Sunday.', 'The bomb went off in Vessmark on Monday.', 0.5, null],
    ['Brandt was ousted in 2002 by the board.', 'The board ousted Brandt in 2003.', 0.4, 'year'],
    [
      'Ole Brandt, 61, was found dead in Vessmark.',
      'Police found Ole Brandt, 68, in Vessmark.',
      0.3,
      'age:Brandt',
    ],
    ['Ole Brandt, 61, was found dead in Vessmark.', 'Police found Ole Brandt, 61, in Vessmark.', 0.3, null],
    [
      'The quake struck 40 kilometres (25 miles) south of Vessmark.',
      'Its epicentre was 25 miles west of the town of Vessmark.',
      0.3,
      'direction:Vessmark',
    ],
    [
      'The quake struck 40 kilometres south of Vessmark.',
      'Its epicentre was 25 miles south of Vessmark and 10 km east of Velmar.',
      0.3,
      null,
    ],
    // too little in common to be worth a label
    ['A jury in Vessmark acquitted Ole Brandt.', 'A jury in Velmar convicted Ada Kowalczyk.', 0.1, null],
  ];
  for (const [a, b, cos, expected] of cases) assert.equal(hardKind(pair(a, b, cos)), expected, a);
});
