import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs (contra30's rounds of dev differences, issue 10): a clash of two speakers needs one
// quotation, opposite words one thing they are told of, and a value told on both sides of one counted
// thing is none. The rows that expect `contradicts` keep each rule from taking more than its kind.
const CASES: readonly VerdictCase[] = [
  [
    'two statements of one thing by other speakers are no clash of speakers',
    '“Mira Holt will host the Harbour Gala,” said Lind.',
    '“I agreed with Tove that Mira Holt is the ideal host for the Harbour Gala,” said Rune Sand.',
    'not contradicts',
  ],
  [
    'one quotation given to another named speaker is a clash',
    '“We are thrilled to have Mira Holt host the harbour gala,” said Tove Lind.',
    '“We are thrilled to have Mira Holt host the harbour gala,” said Rune Sand.',
    'contradicts',
  ],
  [
    'opposite words told of other things ("passed a resolution" / "to reject the theory") are no clash',
    'The Assembly passed a resolution condemning the Tidewell conspiracy theory on Friday.',
    'The Assembly voted 301-12 to reject the Tidewell conspiracy theory on Friday.',
    'not contradicts',
  ],
  [
    'opposite words told of one thing are a clash',
    'The council approved the harbour plan on Monday.',
    'The council rejected the harbour plan on Monday.',
    'contradicts',
  ],
  [
    'the thing told of named with a word before it on one side only ("the harbour plan" / "the plan") is one thing',
    'The council approved the harbour plan on Tuesday by nine votes to four.',
    'The council rejected the plan on Tuesday, nine votes to four.',
    'contradicts',
  ],
  [
    'two things with one word before them ("the harbour plan" / "the harbour fees") are two',
    'The council approved the harbour plan on Tuesday.',
    'The council rejected the harbour fees on Tuesday.',
    'not contradicts',
  ],
  [
    'a value told on both sides of one counted thing, one side listing one more, is no clash',
    'Tove Lind is averaging 15.5 points per game, Ari Pekk 14.9 points, a drop of five points per game from last season.',
    'Pekk is averaging just 14.9 points per contest, a drop of five points per game from last season.',
    'not contradicts',
  ],
  [
    'another value of one counted thing is still a clash',
    'Ari Pekk is averaging 14.9 points per game this season, a drop from last season.',
    'Ari Pekk is averaging 16.2 points per game this season, a drop from last season.',
    'contradicts',
  ],
];

describe('one quotation for two speakers, one thing for opposite words, one value told alike (invented pairs)', () =>
  testVerdicts(CASES));
