import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs: the claim's words told only inside a condition or an open question (session 35: the
// metamorphic kinds "if", "unless" and "whether" left such candidates ✓ when the claim was itself read
// as hypothetical, an order or an allegation); and the pairs that must stay supports beside them.
const CLAIM =
  'Police at first told staff to stay at their desks but a short time later cleared the Kell office.';
const CASES: VerdictCase[] = [
  [
    'an order and a deed told inside "if"',
    CLAIM,
    'If police at first told staff to stay at their desks but a short time later cleared the Kell office, that is news.',
    'not supports',
  ],
  [
    'an order and a deed told inside "unless"',
    CLAIM,
    'Unless police at first told staff to stay at their desks but a short time later cleared the Kell office, the plan stands.',
    'not supports',
  ],
  [
    'an allegation told inside "whether"',
    'Lawyers for Tom Berrow claimed they could not talk with him in any meaningful way.',
    'It is unclear whether lawyers for Tom Berrow claimed they could not talk with him in any meaningful way.',
    'not supports',
  ],
  [
    'the same sentence with no condition stays a support',
    CLAIM,
    'Police at first told staff to stay at their desks but a short time later cleared the Kell office, about 20 miles north of Vessmark.',
    'supports',
  ],
  [
    "a condition beside the claim's words leaves it alone",
    'Police cleared the Kell office on Monday after a bomb threat.',
    'Police cleared the Kell office on Monday after a bomb threat, asking staff to call if they saw anything.',
    'supports',
  ],
  [
    'a condition on both sides leaves it alone',
    'The Kell ferry will not run on Sunday if the wind picks up.',
    'If the wind picks up, the Kell ferry will not run on Sunday.',
    'supports',
  ],
  [
    '"even if" is no condition over what follows',
    'The Kell ferry will run on Sunday.',
    'The Kell ferry will run on Sunday even if the wind picks up.',
    'supports',
  ],
];

describe('the claim told under a condition', () => testVerdicts(CASES));
