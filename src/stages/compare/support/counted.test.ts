import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented sentences: what a figure counts or measures, told alike or not.
const CASES: readonly VerdictCase[] = [
  [
    'one thing described alike in two words, told by other verbs',
    'State media in Velmar said three strong aftershocks were felt.',
    'The quake hit Velmar at noon local time and was followed by at least four strong aftershocks, state media reported.',
    'contradicts',
  ],
  [
    'two ranks of one title are of two series',
    'Holm, who was fired in March by the Vessmark club, is the fourth head coach since Lind took over as the team’s president in 2003.',
    'Also today, Velmar club president Ola Lind announced that Holm has been hired as the 21st head coach of the Velmar club.',
    'not contradicts',
  ],
  [
    'one length of time with one team',
    'Pia Holm has spent 19 seasons with the Vessmark club.',
    'Pia Holm has spent 12 seasons with the Vessmark club.',
    'contradicts',
  ],
  [
    'a time in a role is a part of the whole time',
    'Pia Holm has spent 19 seasons with the Vessmark club.',
    'Pia Holm spent four seasons as the club’s director of scouting before being promoted to general manager in 2003.',
    'not contradicts',
  ],
  [
    'one place told at two distances',
    'The epicentre of the quake was about 15 miles north of Velmar.',
    'The epicentre of the quake was 50 miles north of Velmar.',
    'contradicts',
  ],
  [
    'two things placed at two distances',
    'The office building is about 15 miles north of Velmar.',
    'Hours after the shooting, a motorist 50 miles north of Velmar spotted the car and called the police, officials said.',
    'not contradicts',
  ],
  [
    'one thing described alike, of one name, told by other verbs',
    'Industry analysts generally say they believe that Ostcorp’s forthcoming $13.9 billion acquisition of Velmar Data Systems will pay off.',
    'Riding a hot streak, Ostcorp is rolling the dice on a $13.2 billion acquisition of technology services provider Velmar Data Systems.',
    'contradicts',
  ],
  [
    'a count beside someone ("other") is of another whole (both read as counting "KCDS")',
    'Brandt and 11 other KCDS men were charged with crimes including fraud and bribery.',
    'If extradited, he will join 12 other KCDS defendants charged with similar offenses.',
    'not contradicts',
  ],
  [
    'the people living in a place are no count of those a quake hurt',
    'A 5.8-magnitude quake struck Velmora island, home to 40,000 people, and the port of Dask, state radio said.',
    'The tremor struck an area around the town of Orrin on Velmora island, injuring six people and damaging homes.',
    'not contradicts',
  ],
  [
    'a population told after "a population of" and a qualifier',
    'The quake struck Velmora island, which has a population of about 40,000 people, state radio said.',
    'The quake struck the town of Orrin on Velmora island, killing six people.',
    'not contradicts',
  ],
  [
    'two populations of one place',
    'The quake was centred near Velmora island, home to 40,000 people, the survey said.',
    'A 5.8-magnitude quake struck Velmora island, home to 65,000 people, and the port of Dask.',
    'contradicts',
  ],
  [
    'one verb of two things, each named ("found four people" / "found him guilty of two counts")',
    'Tarrow walked to the loading dock and found four people in the office.',
    'Judge Mira Selt found Tarrow guilty of two counts of murder.',
    'not contradicts',
  ],
  [
    'one verb of one thing told with two values',
    'The blast killed three people at the Orrin mill on Sunday.',
    'The blast at the Orrin mill killed seven people on Sunday.',
    'contradicts',
  ],
];

describe('what a figure counts', () => {
  testVerdicts(CASES);
});
