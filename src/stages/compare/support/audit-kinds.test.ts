import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs for the kinds of false support found by the blind dev audit round
// dev-support-2026-12-04 (issue 10): each first row fails without its rule, the rows after it keep
// a true support.
const CASES: VerdictCase[] = [
  // a source named on one side, another name's office on the other (reporters.ts)
  [
    'a source is not another name’s office',
    'The Kelso Harbour Authority said the trawler sank 12 miles west of Pellworth.',
    'Valdoria’s maritime agency said the trawler sank 12 miles west of Pellworth.',
    'not supports',
  ],
  [
    'a source told as the office of a place it names',
    'The Kelso Harbour Authority said the trawler sank 12 miles west of Pellworth.',
    'Kelso’s harbour authority said the trawler sank 12 miles west of Pellworth.',
    'supports',
  ],
  // an item of a list the tagger reads as verbs (-ing forms) (details.ts)
  [
    'a list of activities with one left out',
    'Dunmore was arrested in Kelso for burglary, gambling, bookmaking, and arson.',
    'In Kelso, Dunmore was arrested for burglary, bookmaking, and arson.',
    'not supports',
  ],
  [
    'a list of activities all told',
    'Dunmore was arrested in Kelso for burglary, gambling, bookmaking, and arson.',
    'In Kelso, Dunmore was arrested for gambling, arson, bookmaking and burglary.',
    'supports',
  ],
  // a plan word with a thing after "for" is the predicate (reading.ts)
  [
    'preparing for an inquiry is not an inquiry supported',
    'Kelso councillors are preparing for a long inquiry into the harbour contract.',
    'Most residents support the long inquiry into the harbour contract by Kelso councillors.',
    'not supports',
  ],
  [
    'preparing for an inquiry told again',
    'Kelso councillors are preparing for a long inquiry into the harbour contract.',
    'Kelso councillors were preparing for a long inquiry into the harbour contract.',
    'supports',
  ],
];

describe('false supports of the dev audit round, by kind', () => {
  testVerdicts(CASES);
});
