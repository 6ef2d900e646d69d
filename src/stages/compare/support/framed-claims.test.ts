import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs: what the claim tells, put under "whether", denied or given as critics' claim in the
// candidate (found by bench/support-metamorphic.ts, kinds "whether", "denied-that" and "critics-claim": each
// `not supports` case is a support before). The outlet telling what others claim, or asking
// whether it happened, does not state it.
const CASES: VerdictCase[] = [
  [
    'under "it is unclear whether"',
    'Police arrested two men in Vessmark on Monday after a raid on the harbour.',
    'It is unclear whether police arrested two men in Vessmark on Monday after a raid on the harbour.',
    'not supports',
  ],
  [
    'under "asked whether"',
    'The council closed the Vessmark pier on Friday.',
    'Residents asked whether the council closed the Vessmark pier on Friday.',
    'not supports',
  ],
  [
    'critics claim it, the predicate far from "claim"',
    'The harbour police of Vessmark, acting on a tip from a fisherman, arrested two men on Monday.',
    'Critics claim that the harbour police of Vessmark, acting on a tip from a fisherman, arrested two men on Monday.',
    'not supports',
  ],
  [
    'denied, with no predicate verb in the clause ("denied that Tolvey Foods has …")',
    'Tolvey Foods has about 120 workers with bakeries in Ostland and Brask.',
    'Officials denied that Tolvey Foods has about 120 workers with bakeries in Ostland and Brask.',
    'not supports',
  ],
  [
    'still a support: officials said it',
    'Police arrested two men in Vessmark on Monday after a raid on the harbour.',
    'Officials said that police arrested two men in Vessmark on Monday after a raid on the harbour.',
    'supports',
  ],
  [
    'still a support: both sides give it as critics claim it',
    'Critics claim that police arrested two men in Vessmark on Monday.',
    'Critics claim that police arrested two men in Vessmark on Monday.',
    'supports',
  ],
  // review33-A: a "whether" of an aside the sentence's verb comes after asks nothing of it (both
  // were "happened vs hypothetical" before: any "whether" before the predicate made it hypothetical)
  [
    'still a support: "whether" in a relative clause before the verb',
    'The Tarrow council approved the budget on Thursday.',
    'The Tarrow council, which debated for months whether to raise council tax, approved the budget on Thursday.',
    'supports',
  ],
  [
    'still a support: "asked whether" in an aside before the verb',
    'Officials said the Orrin bridge will reopen in May.',
    'Officials, asked whether the Orrin bridge was safe, said the bridge will reopen in May.',
    'supports',
  ],
  [
    'an aside inside the "whether" clause: still asked',
    'The harbour police of Vessmark arrested two men on Monday.',
    'It is unclear whether the harbour police of Vessmark, acting on a tip, arrested two men on Monday.',
    'not supports',
  ],
];

describe('a claim told under "whether", denied, or as critics claim it', () => testVerdicts(CASES));
