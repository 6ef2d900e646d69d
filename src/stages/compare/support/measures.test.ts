import { describe } from 'node:test';
import { testVerdicts } from './verdict-of.ts';

// One measure told in other words (data/measures.ts), and the counts that are no value of it.
describe('measures of a count', () => {
  testVerdicts([
    [
      'deaths told by a verb and by a state',
      'Twelve people died in the Vessmark flood on Sunday.',
      'The Vessmark flood on Sunday left 20 people dead.',
      'contradicts',
    ],
    [
      'deaths counted as a noun',
      'The Vessmark flood caused 12 deaths.',
      'The Vessmark flood killed 20 people.',
      'contradicts',
    ],
    [
      // newuser23 #9: "forcing about 400 residents from their homes" counted no one out of their homes
      'those forced from their homes, the verb before the count and the rest after what it counts',
      'The Vessmark fire forced about 400 residents from their homes on Sunday.',
      'About 600 people were evacuated after the Vessmark fire on Sunday.',
      'contradicts',
    ],
    [
      'a verb of the phrase without its rest tells no evacuation',
      'The Vessmark fire forced about 400 residents to stay indoors on Sunday.',
      'About 600 people were evacuated after the Vessmark fire on Sunday.',
      'not contradicts',
    ],
    [
      'the dead against the injured, told by one verb',
      'The Vessmark blast left 14 people dead.',
      'The Vessmark blast left 30 people injured.',
      'not contradicts',
    ],
    [
      'a toll that grew to more',
      'The Vessmark flood killed 12 people on Sunday.',
      'The death toll from the Vessmark flood rose to 20 on Tuesday.',
      'not contradicts',
    ],
    [
      'a running total against one strike',
      'More than 640 people have been killed in Vessmark since the fighting began.',
      'A shell that hit a school in Vessmark killed about 40 people.',
      'not contradicts',
    ],
    [
      'several dozen against a count within it',
      'Several dozen people were hurt in the Vessmark blast on Monday.',
      'The Vessmark blast on Monday hurt 55 people.',
      'not contradicts',
    ],
    [
      'one toll in two lists of figures',
      'Ten people were killed and about 50 hurt in the Vessmark quake.',
      'The Vessmark quake destroyed four villages and killed three people.',
      'contradicts',
    ],
    [
      'tolls of two towns in two lists',
      'The quake hit the town of Velmar, killing 612 people and wounding 1,400.',
      'The quake levelled seven villages near Vessmark, killing 10 people and wounding 70.',
      'not contradicts',
    ],
    [
      'a toll against one that tells another death apart',
      'Four people were killed at the Vessmark fair on Sunday, two days after it opened.',
      'A gunman killed three people at the Vessmark fair on Sunday, two days after it opened, before he was killed by police.',
      'not contradicts',
    ],
    [
      'two running totals',
      'More than 640 people have been killed in Vessmark since the fighting began.',
      'More than 600 people have been killed so far in the Vessmark fighting.',
      'not contradicts',
    ],
  ]);
});
