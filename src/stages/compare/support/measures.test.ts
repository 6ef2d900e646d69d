import { describe } from 'node:test';
import { testVerdicts } from './verdict-of.ts';

// One measure told in other words (data/measures.ts), and the counts that are no value of it.
describe('measures of a count', () => {
  testVerdicts([
    [
      'deaths told by a verb and by a state',
      'Twelve people died in the Kelso flood on Sunday.',
      'The Kelso flood on Sunday left 20 people dead.',
      'contradicts',
    ],
    [
      'deaths counted as a noun',
      'The Kelso flood caused 12 deaths.',
      'The Kelso flood killed 20 people.',
      'contradicts',
    ],
    [
      'the dead against the injured, told by one verb',
      'The Kelso blast left 14 people dead.',
      'The Kelso blast left 30 people injured.',
      'not contradicts',
    ],
    [
      'a toll that grew to more',
      'The Kelso flood killed 12 people on Sunday.',
      'The death toll from the Kelso flood rose to 20 on Tuesday.',
      'not contradicts',
    ],
    [
      'a running total against one strike',
      'More than 640 people have been killed in Kelso since the fighting began.',
      'A shell that hit a school in Kelso killed about 40 people.',
      'not contradicts',
    ],
    [
      'several dozen against a count within it',
      'Several dozen people were hurt in the Kelso blast on Monday.',
      'The Kelso blast on Monday hurt 55 people.',
      'not contradicts',
    ],
    [
      'one toll in two lists of figures',
      'Ten people were killed and about 50 hurt in the Kelso quake.',
      'The Kelso quake destroyed four villages and killed three people.',
      'contradicts',
    ],
    [
      'tolls of two towns in two lists',
      'The quake hit the town of Velmar, killing 612 people and wounding 1,400.',
      'The quake levelled seven villages near Kelso, killing 10 people and wounding 70.',
      'not contradicts',
    ],
    [
      'a toll against one that tells another death apart',
      'Four people were killed at the Kelso fair on Sunday, two days after it opened.',
      'A gunman killed three people at the Kelso fair on Sunday, two days after it opened, before he was killed by police.',
      'not contradicts',
    ],
    [
      'two running totals',
      'More than 640 people have been killed in Kelso since the fighting began.',
      'More than 600 people have been killed so far in the Kelso fighting.',
      'not contradicts',
    ],
  ]);
});
