import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented sentences: the words of one event after a count (walked out / joined the strike / began a
// strike; fled their homes / were evacuated) tell one measure, whose two values are a difference to
// check (differ36, newuser14 #2: "about 900 drivers began a strike" / "1,200 drivers walked out" was
// not one); a count told of another event is none.
const CASES: VerdictCase[] = [
  [
    'a count of strikers told by two phrases of one strike',
    'Few trams ran in Pellam on Monday as about 900 drivers began a 48-hour strike over pay.',
    'Thousands of commuters were stranded in Pellam on Monday as 1,200 workers walked out in a row over pay.',
    'contradicts',
  ],
  [
    'joined the strike and went on strike',
    'About 400 porters at Orrin General joined the strike on Tuesday.',
    'Some 650 workers at Orrin General went on strike on Tuesday.',
    'contradicts',
  ],
  [
    'fled their homes and were evacuated',
    'About 3,000 residents of Lunmere fled their homes on Sunday as the river rose.',
    'Some 5,000 people in Lunmere were evacuated on Sunday as the river rose.',
    'contradicts',
  ],
  [
    'a count of strikers against those the strike stranded: two measures',
    'About 900 drivers walked out in Pellam on Monday.',
    'About 20,000 commuters were stranded in Pellam on Monday.',
    'not contradicts',
  ],
];

describe('measure phrases: one event told in other words is one measure', () => testVerdicts(CASES));
