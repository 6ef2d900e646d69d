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
  ]);
});
