import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// The operating point of the supports path (issue 10): a candidate with three times the claim's tokens
// or more tells much else, and the claim's words it holds may belong to its other assertions. Chosen on
// the older blind dev audit rounds, checked once on dev-support-2026-12-06 (README-support.md). Each
// first row fails without it; the rows after it keep a true support.
const CASES: VerdictCase[] = [
  [
    'a short claim whose words a long sentence holds in another assertion',
    'Dunmore also coached at Pellworth.',
    'Dunmore’s coaching moves have often been criticized over the years by the fans, both in Vessmark and in Pellworth.',
    'not supports',
  ],
  [
    'a short claim told again in a sentence twice as long',
    'Dunmore coached at Pellworth for two seasons.',
    'Dunmore coached at Pellworth for two seasons before he moved to Vessmark in the spring.',
    'supports',
  ],
  [
    'who said it, after the quotation, is no more that the candidate tells',
    'The smugglers turned their boats around and tried to flee.',
    'Seeing the patrol boat approach at speed in the dark, the smugglers turned their boats around and tried to flee,” Captain Ada Marsh, the chief press officer of the Vessmark coast guard, said.',
    'supports',
  ],
  [
    'who said it, before the reported clause ("Officials said that …"), is no more either',
    'Dunmore coached at Pellworth for two seasons.',
    'Officials said that Dunmore coached at Pellworth for two seasons before he moved to Vessmark in the spring of the year the club went down.',
    'supports',
  ],
  [
    'a claim told again word for word',
    'Dunmore also coached at Pellworth.',
    'Dunmore also coached at Pellworth.',
    'supports',
  ],
];

describe('support: a candidate that tells much else (length)', () => testVerdicts(CASES));
