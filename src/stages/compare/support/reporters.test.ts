import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs: who reports and who is reported on, swapped, another source, and the same report told twice.
const CASES: VerdictCase[] = [
  [
    'the source and the actor swapped',
    'Democrats said Republicans blocked two funding bills in the Valdorian Senate on Thursday.',
    'Republicans said Democrats blocked two funding bills in the Valdorian Senate on Thursday.',
    'not supports',
  ],
  [
    'one source, one actor, told in other words',
    'Democrats said Republicans blocked two funding bills in the Valdorian Senate on Thursday.',
    'Republicans blocked two funding bills in the Valdorian Senate on Thursday, Democrats said.',
    'supports',
  ],
  // another source in the claim's source's place (bench/support-metamorphic.ts, kind "other-participant":
  // each `not supports` case is a support before)
  [
    'one office of another owner ("Ostland\'s centre said" / "according to Velmark\'s centre")',
    "Ostland's seismology centre said the quake struck between Port Kell and Brask Island.",
    "According to Velmark's seismology centre, the quake struck between Port Kell and Brask Island.",
    'not supports',
  ],
  [
    'a spokesman of another body ("a Navy spokesman" / "a Coast Guard spokesman")',
    'A Navy spokesman said the crew pulled 12 fishermen from the sea off Kell.',
    'A Coast Guard spokesman said the crew pulled 12 fishermen from the sea off Kell.',
    'not supports',
  ],
  [
    'another person as the source',
    'Officers found a rifle in the van near the Kell office, Lt. Ada Holm said.',
    'Officers found a rifle in the van near the Kell office, Lt. Ivo Brandt said.',
    'not supports',
  ],
  [
    'the same office, its owner written in another form',
    "Ostland's seismology centre said the quake struck between Port Kell and Brask Island.",
    'According to the Ostland seismology centre, the quake struck between Port Kell and Brask Island.',
    'supports',
  ],
  [
    'the same person, named short',
    'Officers found a rifle in the van near the Kell office, Lt. Ada Holm said.',
    'Officers found a rifle in the van near the Kell office, Holm said.',
    'supports',
  ],
  [
    'a person and a body as the source are left alone',
    'Officers found a rifle in the van near the Kell office, Lt. Ada Holm said.',
    'Officers found a rifle in the van near the Kell office, police said.',
    'supports',
  ],
];

describe('who reports and who is reported on', () => testVerdicts(CASES));
