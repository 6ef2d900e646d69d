import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs for the rules of support with a margin (issue 10, sixth pass): a detail of the
// predicate, an item of a list, a clause whose only verb is in an "as … reported" aside, numbers
// of dimensions ("4×4"). Each
// `not supports` row fails without its rule; the `supports` rows keep each rule to its kind.
const CASES: readonly VerdictCase[] = [
  [
    'a detail of the predicate untold ("shot in the head")',
    'Ada Brandt, 36, was shot in the head at the harbour office on Tuesday.',
    'Police said Ada Brandt, 36, was shot Tuesday at the harbour office.',
    'not supports',
  ],
  [
    'a detail of the predicate untold past a time ("died early Thursday in her sleep")',
    'Ilse Brandt died early Thursday in her sleep, her publicist Tom Ashby said.',
    "Ilse Brandt's publicist, Tom Ashby, confirmed her death on Thursday.",
    'not supports',
  ],
  [
    'a detail of the predicate untold ("born to a poor family")',
    'Ilse Brandt was born to a poor family in Vessmark on April 22, 1923.',
    'Ilse Brandt was born on April 22, 1923, in Vessmark.',
    'not supports',
  ],
  [
    'a second detail joined by "and" untold ("charged with robbery and with murder")',
    'Two teenagers were charged with robbery and with murder in the death of a Vessmark courier.',
    'Two teenagers have been charged in the robbery death of a Vessmark courier this week, police say.',
    'not supports',
  ],
  [
    'a second detail joined by "and" untold, its preposition shared ("charged with robbery and murder")',
    'Two teenagers were charged with robbery and murder in the death of a Vessmark courier.',
    'Two teenagers have been charged in the robbery death of a Vessmark courier this week, police say.',
    'not supports',
  ],
  [
    'both details told in other words ("charges of murder and robbery")',
    'Two teenagers were charged with robbery and with murder in the death of a Vessmark courier.',
    'Police say two teenagers were arrested on charges of murder and robbery in the death of a Vessmark courier.',
    'supports',
  ],
  // midreview31 finding 2: the evidence words the first detail with the same verb and preposition,
  // which tells nothing of the second
  [
    'a second detail untold where the first is told alike ("charged with arson and with theft")',
    'A man was charged with arson and with theft on Friday.',
    'A man was charged with arson on Friday.',
    'not supports',
  ],
  [
    'a second detail untold where the first is told alike ("charged with arson and theft")',
    'A man was charged with arson and theft on Friday.',
    'A man was charged with arson on Friday.',
    'not supports',
  ],
  [
    'a second detail untold where the first is told alike ("charged with robbery and with murder")',
    'Two teenagers were charged with robbery and with murder in the death of a Vessmark courier.',
    'Two teenagers were charged with robbery in the death of a Vessmark courier.',
    'not supports',
  ],
  [
    'a second detail untold where the first is told alike ("hit in the head and the chest")',
    'The minister was hit in the head and the chest by the stones.',
    'The minister was hit in the head by the stones.',
    'not supports',
  ],
  [
    'both details told, in another order ("charged with theft and arson")',
    'A man was charged with arson and theft on Friday.',
    'A man was charged with theft and arson on Friday.',
    'supports',
  ],
  [
    'a name joined by "and" is left to the participant checks ("met with Brandt and Ashby")',
    'The Vessmark mayor met with harbour staff and Tom Ashby on Monday.',
    'The Vessmark mayor met with harbour staff on Monday, along with Tom Ashby.',
    'supports',
  ],
  [
    'a town before its region untold ("born in Nashville, Tennessee" / "born in Tennessee")',
    'Ilse Brandt was born on April 22, 1923, in Nashville, Tennessee.',
    'Brandt was born to a poor family in Tennessee on April 22, 1923.',
    'not supports',
  ],
  [
    'the town told, its region not ("in Springfield, Mo." / "in Springfield")',
    'Ilse Brandt died at the harbour clinic in Springfield, Mo., on Monday, a spokesman said.',
    'A spokesman said Ilse Brandt died on Monday at the harbour clinic in Springfield.',
    'supports',
  ],
  [
    'the detail told in other words after the same verb ("at the plant" / "in the break room")',
    'Ada Brandt and Tom Ashby died at the harbour plant on Tuesday.',
    'Ada Brandt and Tom Ashby died in the break room of the harbour plant on Tuesday.',
    'supports',
  ],
  [
    'the detail told, a compound written as two words',
    'Ada Brandt locked the papers in the datacenter on Tuesday.',
    'Ada Brandt locked the papers in the data center on Tuesday.',
    'supports',
  ],
  [
    'an item of a list untold ("as well as the city council")',
    'Its customers include harbour pilots, ferry operators and fishermen, as well as the city council.',
    'Its customers include harbour pilots, ferry operators and fishermen.',
    'not supports',
  ],
  [
    'an item of a list of three untold',
    'Its customers include harbour pilots, ferry operators and fishermen.',
    'Its customers include harbour pilots and ferry operators.',
    'not supports',
  ],
  [
    'every item of the list told',
    'Its customers include harbour pilots, ferry operators and fishermen.',
    'Its customers include fishermen, harbour pilots and ferry operators.',
    'supports',
  ],
  [
    'no verb but in an "as … reported" aside (a piece of a longer sentence)',
    'Harbour party as Tom Ashby, 40, the Vessmark Gazette reported.',
    'Tom Ashby, 40, was shot at the harbour party on Friday, the Vessmark Gazette reported.',
    'not supports',
  ],
  [
    'a clause with its own verb and an "as … reported" aside',
    'The harbour pier closed on Monday, as the Vessmark Gazette reported.',
    'The harbour pier closed on Monday, the Vessmark Gazette reported.',
    'supports',
  ],
  [
    'a number of a thing\'s dimensions does not hold a time ("a 4×4 car" / "at around 4")',
    'Police said the men drove a large car into the harbour shop at around 4.',
    'Police said the men drove a large 4×4 car into the harbour shop early in the morning.',
    'not supports',
  ],
  [
    'dimensions need no holding: "four-by-four" and "4×4" with the amount held',
    'Police said the men drove a large four-by-four car into the harbour shop and took watches worth two million euros.',
    'Police said the men drove a large 4×4 car into the harbour shop and took watches worth €2 million.',
    'supports',
  ],
];

describe('support with a margin: details, lists, asides, dimensions (invented pairs)', () =>
  testVerdicts(CASES));
