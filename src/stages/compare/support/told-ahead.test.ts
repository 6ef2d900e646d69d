import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs: a predicate the claim tells as done, besides its first, told ahead or as possible
// by the candidate; a "not" that denies a word of a noun phrase, not the predicate; and
// the pairs that must stay supports beside them.
const CASES: VerdictCase[] = [
  [
    'a tanker loaded is not stated by one that will be loaded',
    'Among the seized vessels is a Veltrian tanker loaded with $40 million of grain, the Corran Star.',
    'The gang seized several ships, including the Veltrian tanker Corran Star, which will be loaded with $40 million of grain.',
    'not supports',
  ],
  [
    'a tanker loaded is not stated by one that could be loaded',
    'Among the seized vessels is a Veltrian tanker loaded with $40 million of grain, the Corran Star.',
    'The gang seized several ships, including the Veltrian tanker Corran Star, which could be loaded with $40 million of grain.',
    'not supports',
  ],
  [
    'a tanker loaded, told as loaded',
    'Among the seized vessels is a Veltrian tanker loaded with $40 million of grain, the Corran Star.',
    'The gang seized several ships, including the Veltrian tanker Corran Star, which was loaded with $40 million of grain.',
    'supports',
  ],
  [
    'an infinitive of the claim against "would" stays a support',
    'Senator Ora Fenwick introduced legislation on Monday to raise the legal age to buy tobacco to 21.',
    'Senator Ora Fenwick introduced legislation on Monday that would raise the legal age to buy tobacco to 21.',
    'supports',
  ],
  [
    'a not guilty plea entered is not stated by one not entered',
    'A not guilty plea was entered on Brannock’s behalf during the hearing.',
    'A not guilty plea was not entered on Brannock’s behalf during Wednesday’s hearing.',
    'not supports',
  ],
  [
    'a not guilty plea entered, told alike',
    'A not guilty plea was entered on Brannock’s behalf during the hearing.',
    'A not guilty plea was entered on Brannock’s behalf during Wednesday’s hearing.',
    'supports',
  ],
  [
    'not guilty pleas opening the sentence, told alike',
    'A not guilty plea was entered on Brannock’s behalf during the hearing.',
    'Not guilty pleas were entered on Brannock’s behalf to charges of arson.',
    'supports',
  ],
  [
    'not guilty pleas after "said that", told alike',
    'A not guilty plea was entered on Brannock’s behalf during the hearing.',
    'Officials said that not guilty pleas were entered on Brannock’s behalf to charges of arson.',
    'supports',
  ],
  [
    'a not guilty plea is no denial of a plea entered',
    'A not guilty plea was entered on Brannock’s behalf during the hearing.',
    'A plea was entered on Brannock’s behalf during Wednesday’s hearing.',
    'not contradicts',
  ],
];

describe('support: a predicate told ahead on one side; a "not" of a noun phrase', () => testVerdicts(CASES));
