import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs (preevent, audit15's ECB+ dev topic 42): one quotation told with its speaker first
// or last is one statement in one mood. A given name the tagger reads as a past verb ("Drew") is no
// done event, and an adjective after a possessive "'s" ("the port's new docks") is no "is new".
const CASES: readonly VerdictCase[] = [
  [
    'a given name read as a verb ("Drew Hallam said, …") tells nothing done',
    'Drew Hallam said, "The Gull will be another great ferry option for our commuters."',
    '"The Gull will be another great ferry option for our commuters," said Drew Hallam.',
    'supports',
  ],
  [
    'the same, the other way round',
    '"The Gull will be another great ferry option for our commuters," said Drew Hallam.',
    'Drew Hallam said, "The Gull will be another great ferry option for our commuters."',
    'supports',
  ],
  [
    'an adjective after a possessive "\'s" is no "is" ("the port\'s new docks")',
    'Ann Wu said, "With the port\'s new docks, the Gull will be another great ferry option for our commuters."',
    '"With the port\'s new docks, the Gull will be another great ferry option for our commuters," said Ann Wu.',
    'supports',
  ],
  [
    'a verb before a name is still read where the name does not follow ("drew the plans")',
    'The architect drew the plans for the new terminal.',
    'The architect will draw the plans for the new terminal.',
    'not supports',
  ],
];

describe('one quotation, its speaker first or last, read in one mood (invented pairs)', () =>
  testVerdicts(CASES));
