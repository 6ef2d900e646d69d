import { describe } from 'node:test';
import { testVerdicts } from './verdict-of.ts';

// Another age of one person (ages.ts), and ages that are not of one person or of one time.
describe('ages', () => {
  testVerdicts([
    // midreview31 finding 10: a second age on one side is of another person when it lacks what both
    // sides tell the age of (a given name, a role)
    [
      "two relatives who share a surname: the named person's age still clashes",
      'Ada Brandt, 54, and her husband Tom Brandt, 57, were hurt in the Kelso crash on Friday.',
      'Ada Brandt, 52, was hurt in the Kelso crash on Friday.',
      'contradicts',
    ],
    [
      'a role told on both sides ties the age to one person',
      'The driver, a 54-year-old man, and a 61-year-old man were hurt in the Kelso crash on Friday.',
      'The driver, a 49-year-old man, was hurt in the Kelso crash on Friday.',
      'contradicts',
    ],
    [
      'two relatives who share a surname, the other side naming the surname alone: no one person',
      'Ada Brandt, 54, and her husband Tom Brandt, 57, were hurt in the Kelso crash on Friday.',
      'Brandt, 52, was hurt in the Kelso crash on Friday.',
      'not contradicts',
    ],
    [
      'two ages between commas',
      'Ole Brandt, 54, was arrested in Vessmark on Monday.',
      'Ole Brandt, 57, was arrested in Vessmark on Monday.',
      'contradicts',
    ],
    [
      'an age before and after what it is of',
      'The 23-year-old driver of the van was arrested in Vessmark.',
      'The driver of the van, 25, was arrested in Vessmark.',
      'contradicts',
    ],
    [
      'the age at death told two ways',
      'Ada Lind died at the age of 85 in Velmar.',
      'Ada Lind, aged 84, died in Velmar on Thursday.',
      'contradicts',
    ],
    [
      'the age of another person',
      'Ole Brandt, 54, was arrested in Vessmark on Monday.',
      'The 57-year-old brother of Ole Brandt was arrested in Vessmark on Monday.',
      'not contradicts',
    ],
    [
      'a list of numbers after a name',
      'The Vessmark tool works on Velmar Vista, 7, 8 and 10.',
      'The Vessmark tool works on the 12-year-old Velmar Vista.',
      'not contradicts',
    ],
    [
      'one person at two times',
      'A jury in Vessmark on Thursday convicted 27-year-old Ole Brandt of fraud.',
      'The trial in Vessmark of 26-year-old Ole Brandt is set for June 17.',
      'not contradicts',
    ],
    [
      'an age as a bound is no one’s age',
      'Dr. Ada Lind, 52, became the first woman to lead the Vessmark Medical Board.',
      'Dr. Ada Lind became the first physician under age 40 to lead the Vessmark Medical Board.',
      'not contradicts',
    ],
    [
      'another age told after "aged" without a comma',
      'A man aged 84 died in the fire in Vessmark on Monday.',
      'A man aged 86 died in the fire in Vessmark on Monday.',
      'contradicts',
    ],
  ]);
});
