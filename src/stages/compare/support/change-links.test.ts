import { describe } from 'node:test';
import { testVerdicts } from './verdict-of.ts';

// newuser20 (session 41): an outlet's "revised its count … to 47,500, up from 41,000" stated an earlier
// outlet's "41,000 patients are waiting": a value told as where a change started is the measure's
// earlier value, no ✓ for a claim of the value as it stands. Invented sentences.
describe('a change’s starting value states no claim of the value as it stands', () => {
  testVerdicts([
    [
      'revised to a new value, up from the claim’s: not a support',
      'Some 41,000 patients are waiting for a routine operation in Dunholm, the health board said on Monday.',
      'The number of patients waiting for a routine operation in Dunholm was revised to 47,500, up from 41,000, the health board said on Monday.',
      'not supports',
    ],
    [
      'from the claim’s value to another: not a support',
      'Twelve people were killed when the coach left the road near Tolby, police said.',
      'The number of people killed when the coach left the road near Tolby rose from 12 to 15, police said.',
      'not supports',
    ],
    [
      'a change told on both sides: a support',
      'The Vellor agency raised the fee for a permit from $640 to $1,160.',
      'The fee for a Vellor permit is now $50 higher for children, and the agency raised the fee for a permit from $640 to $1,160.',
      'supports',
    ],
    [
      '"from" telling no change: a support',
      'Visitors from 12 countries attended the Tolby folk festival on Saturday.',
      'On Saturday, visitors from 12 countries attended the Tolby folk festival, its organisers said.',
      'supports',
    ],
  ]);
});
