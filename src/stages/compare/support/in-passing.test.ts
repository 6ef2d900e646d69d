import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs: a candidate mostly about other things that holds the claim only in part (the judge
// abstains: related, shown as "—"), and the pairs beside them that stay supports.
const CASES: VerdictCase[] = [
  [
    "a past habit is not told by one night's act in a longer account of a sinking",
    'Marlow said the skipper had a history of drinking at sea.',
    'Port spokesman Ian Marlow said the skipper was drinking at sea when the trawler sank off Pellow Point early on Monday with six men aboard.',
    'not supports',
  ],
  [
    'who pays for a stadium is not told by a vote that leaves it out',
    'The new stadium in Wexmoor will be paid for by the city.',
    'The city council of Wexmoor voted on Monday to borrow money for roads and schools, but not for the new stadium, which clubs will pay for.',
    'not supports',
  ],
  [
    'a longer sentence that holds every word of the claim stays a support',
    'Fenn runs the Stonefield chapel.',
    'Fenn, who runs the Stonefield chapel, was also arrested at his farm on Monday.',
    'supports',
  ],
  [
    'a claim told in other words, the candidate mostly about it, stays a support',
    'Police in Wexmoor arrested two men after the break-in at the museum.',
    'Two men were arrested by Wexmoor police late on Sunday, hours after a break-in at the town museum in which a silver cup and three paintings were taken.',
    'supports',
  ],
  [
    'what it costs: a relative clause that states the claim among other things gets no ✓',
    'The Mossgate pier was built by the Tarrow family.',
    'The council voted on Thursday to close the old Mossgate pier, which the Tarrow family built for its fishing boats, until the spring.',
    'supports',
    'the abstain (in-passing.ts) cannot tell a relative clause that states the claim from words met in passing',
  ],
];

describe('support: the claim told only in part, among other things', () => testVerdicts(CASES));
