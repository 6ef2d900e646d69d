import { describe } from 'node:test';
import { testVerdicts } from './verdict-of.ts';

// Two values of a bargain told at two stages, and a share of a named whole against a percent of
// none, are no two values of one figure (newuser14 #2); the same stage or verb still differs.
// Invented sentences.
describe('stages of a bargain and shares of a whole', () => {
  testVerdicts([
    [
      'an offer against the deal accepted',
      'Hollin Transit has offered its drivers a 2.5 per cent pay rise.',
      'Hollin bus drivers accepted a 5.2 per cent pay rise from Hollin Transit on Friday.',
      'not contradicts',
    ],
    [
      'a demand against an offer',
      'The Hollin drivers union is demanding a 7 per cent rise from Hollin Transit.',
      'Hollin Transit has offered the Hollin drivers union a 2.5 per cent rise.',
      'not contradicts',
    ],
    [
      'a share of the members who voted against an offer',
      'Hollin Transit has offered the drivers 2.5 per cent.',
      'The Hollin drivers union said 64 per cent of its members backed the Hollin Transit offer.',
      'not contradicts',
    ],
    [
      'the offer told with two values (one stage)',
      'Hollin Transit offered a 2.5% rise on Monday.',
      'Hollin Transit offered a 5.2% rise on Monday.',
      'contradicts',
    ],
    [
      'a count told in a "that" clause after a stage verb is no stage (review35-A)',
      'Protest groups claim 60 people died in the clashes in Hollin on Monday.',
      'The Hollin police accept that 40 people died in the clashes on Monday.',
      'contradicts',
    ],
    [
      'a count that is the subject of its own clause after a stage verb is no stage (differ36)',
      'Protest groups claim 60 people died in the clashes in Hollin on Monday.',
      'The Hollin police agreed 40 people died in the clashes on Monday.',
      'contradicts',
    ],
    [
      'a deal told with a participle after what it counts is still a stage',
      'Hollin Transit has offered its drivers a 2.5 per cent pay rise.',
      'Hollin bus drivers accepted a 5.2 per cent pay rise backdated to April on Friday.',
      'not contradicts',
    ],
    [
      'the deal told with two values (one stage)',
      'Hollin bus drivers accepted a 5.2 per cent pay rise from Hollin Transit on Friday.',
      'Hollin bus drivers accepted a 4.5 per cent pay rise from Hollin Transit on Friday.',
      'contradicts',
    ],
    [
      'a demand against an offer told by its noun (newuser21 #4)',
      'The Hollin drivers union is asking for a 7 per cent rise.',
      'Hollin Transit has stood by its offer of a 2.5 per cent rise.',
      'not contradicts',
    ],
    [
      'a demand told by its noun against an offer',
      'Hollin Transit has offered the drivers a 2.5 per cent rise.',
      'The union stood by its 7 per cent pay claim on Friday.',
      'not contradicts',
    ],
    [
      'the offer told by a verb and by its noun with two values (one stage)',
      'Hollin Transit has offered the drivers a 2.5 per cent rise.',
      'Hollin Transit has stood by its offer of a 3 per cent rise.',
      'contradicts',
    ],
  ]);
});
