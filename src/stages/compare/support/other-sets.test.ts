import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { extract } from '../../extract/index.ts';
import { readSentences } from './index.ts';
import { oneThing } from './one-thing.ts';
import type { Reading } from './reading.ts';

// Invented pairs: the cues of two sets of one counted noun (other-sets.ts) that keep the one-thing
// clash (one-thing.ts) from pairing two counts, each beside the same pair without its cue, which the
// clash pairs. The cues are from the false clashes of the blind round dev-contra-2026-12-13.
function readingsOf(a: string, b: string): readonly [Reading, Reading] {
  const ctx = createContext();
  const docs = segmentAll([articleFromText('a1', a), articleFromText('a2', b)], ctx);
  const story = { id: 's', title: '', articleIds: ['a1', 'a2'], keywords: [] };
  const { find } = readSentences({ story, articles: docs, ...extract()({ story, articles: docs }, ctx) });
  const first = (i: number): Reading => {
    const s = docs[i]?.sentences[0];
    assert.ok(s);
    const r = find({ articleId: `a${i + 1}`, span: { start: s.start, end: s.end } });
    assert.ok(r);
    return r;
  };
  return [first(0), first(1)];
}

const paired = (a: string, b: string): boolean => {
  const [ra, rb] = readingsOf(a, b);
  return oneThing(ra, rb) !== null || oneThing(rb, ra) !== null;
};

// [cue, a pair with the cue, the same pair without it]
const CASES: readonly (readonly [string, readonly [string, string], readonly [string, string]])[] = [
  [
    'the things of an owner the other side does not name',
    [
      'The depot’s 40 drivers joined the strike at Ostra Rail.',
      'The strike at Ostra Rail was joined by 900 drivers.',
    ],
    [
      'The 40 drivers joined the strike at Ostra Rail.',
      'The strike at Ostra Rail was joined by 900 drivers.',
    ],
  ],
  [
    'a name that narrows the set',
    [
      'The strike at Ostra Rail was joined by 40 drivers.',
      'The strike at Ostra Rail was joined by 900 Vessmark drivers.',
    ],
    [
      'The strike at Ostra Rail was joined by 40 drivers.',
      'The strike at Ostra Rail was joined by 900 drivers.',
    ],
  ],
  [
    'a count in apposition that classes names',
    [
      'The smugglers sailed from Ostra and Velm, two ports on the gulf.',
      'The smugglers sailed from 25 ports on the gulf.',
    ],
    ['The smugglers sailed from two ports on the gulf.', 'The smugglers sailed from 25 ports on the gulf.'],
  ],
  [
    'two named things of one kind',
    ['The Velto handset has a 512-MHz processor.', 'The Kasto handset has a 1.5GHz processor.'],
    ['The Velto handset has a 512-MHz processor.', 'The Velto handset has a 1.5GHz processor.'],
  ],
  [
    'nothing in common but the counted noun',
    [
      'Forty engineers were on the payroll in March.',
      'Some 900 engineers were at work in the Kessing Motors plant.',
    ],
    [
      'Forty engineers were on the Kessing Motors payroll.',
      'Some 900 engineers were on the Kessing Motors payroll.',
    ],
  ],
  [
    'a count of those somewhere against those an event touched',
    [
      'About 350 villagers were inside the Ostra school when the shell hit it on Tuesday.',
      'The shell that hit the Ostra school on Tuesday killed about 40 villagers.',
    ],
    [
      'The shell that hit the Ostra school on Tuesday killed about 350 villagers.',
      'The shell that hit the Ostra school on Tuesday killed about 40 villagers.',
    ],
  ],
  [
    'a count in a state, past a participle, against one an event touched',
    [
      'Some 14,000 villagers displaced from Ostra were in shelters after the shelling.',
      'Three villagers from Ostra died in the shelling.',
    ],
    [
      'Some 14,000 villagers from Ostra died in the shelling.',
      'Three villagers from Ostra died in the shelling.',
    ],
  ],
];

for (const [cue, withCue, without] of CASES)
  test(`two sets of one noun: ${cue}`, () => {
    assert.equal(paired(...without), true, 'without the cue');
    assert.equal(paired(...withCue), false, 'with the cue');
  });
