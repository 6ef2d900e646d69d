import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs: the claim put under a "denied that" that opens the candidate (found by
// bench/support-metamorphic.ts, kind "denied-that": each `not supports` case is a support before).
// The denial covers the whole clause it opens, however far its verbs, a report inside it, a
// quotation after a colon; a denied negation tells neither the negation nor the deed.
const LONG =
  'the Vessmark harbour police of the north quay station, with the help of two coast guard officers from Brask and a sniffer dog from the Orrin kennel near the old grain store, arrested two men on Monday.';
const CASES: VerdictCase[] = [
  [
    'denied, the verb more than 25 words past "that"',
    `The ${LONG.slice(4)}`,
    `Officials denied that ${LONG}`,
    'not supports',
  ],
  [
    'a denied report ("denied that the mayor said that …")',
    'Tolvey Foods will close its bakery in Brask in March.',
    'Officials denied that the mayor said that Tolvey Foods will close its bakery in Brask in March.',
    'not supports',
  ],
  [
    'a denied negation',
    'The terms of the Tolvey Foods sale were not disclosed.',
    'Officials denied that the terms of the Tolvey Foods sale were not disclosed.',
    'not supports',
  ],
  [
    'a denied quotation after a colon',
    '"We closed the Brask bakery in March," Ada Brenn said.',
    'Officials denied that Ada Brenn added: "We closed the Brask bakery in March."',
    'not supports',
  ],
  [
    'denied, the verb past a relative "that"',
    'The 40 passengers and crew of the Orrin ferry that the storm stranded on the island were carried back to Vessmark on Sunday.',
    'Officials denied that the 40 passengers and crew of the Orrin ferry that the storm stranded on the island were carried back to Vessmark on Sunday.',
    'not supports',
  ],
  ['still a support: the same sentence', `The ${LONG.slice(4)}`, `The ${LONG.slice(4)}`, 'supports'],
  [
    'still a support: the denial ends at a semicolon',
    'The council closed the Vessmark pier on Friday.',
    'Officials denied that the pier was unsafe; the council closed the Vessmark pier on Friday.',
    'supports',
  ],
  [
    'still a support: a colon after the denial ends it',
    'The council closed the Vessmark pier on Friday.',
    'Officials denied that the pier was unsafe: the council closed the Vessmark pier on Friday.',
    'supports',
  ],
  [
    'still a support: a denial in a clause a comma closed before the verb',
    'The Tarrow council approved the budget on Thursday.',
    'After officials denied that the budget was late, the Tarrow council approved the budget on Thursday.',
    'supports',
  ],
];

describe('a claim under a "denied that" that opens the candidate', () => testVerdicts(CASES));
