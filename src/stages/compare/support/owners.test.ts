import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs: a thing the claim says one name owns, given by the candidate to another name while
// the claim's owner is still named elsewhere in it; and the pairs that must stay supports beside them.
const CASES: VerdictCase[] = [
  [
    "Kestrel's keyboard is not stated by Pellam's keyboard",
    'Engineers said the Kestrel Q5 phone uses Kestrel’s classic keyboard and a touch screen.',
    'Engineers said the Kestrel Q5 phone uses Pellam’s classic keyboard and a touch screen.',
    'not supports',
  ],
  [
    "a scrape's spaced mark: Tolvane's services are not Quarry Corp.'s",
    'Marrow Labs’ skill in cooling is a fine complement to the Tolvane Group’s data services, Ada Lind said.',
    'Marrow Labs ’ s skill in cooling is a fine complement to the Tolvane Group and Quarry Corp. ’ s data services, Ada Lind said.',
    'not supports',
  ],
  [
    'the same owner on both sides',
    'Engineers said the Kestrel Q5 phone uses Kestrel’s classic keyboard and a touch screen.',
    'Engineers said the new Kestrel Q5 phone uses Kestrel’s classic keyboard and a touch screen.',
    'supports',
  ],
  [
    'the owner written short',
    'Engineers said the Kestrel Q5 phone uses Kestrel Mobile Inc.’s classic keyboard and a touch screen.',
    'Engineers said the Kestrel Q5 phone uses KMI’s classic keyboard and a touch screen.',
    'supports',
  ],
];

describe('support: a thing told as owned by another name', () => testVerdicts(CASES));
