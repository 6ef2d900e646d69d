import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flags, hardReason, hardReason2, type PairText } from './support-hard.ts';

const pair = (claim: string, evidence: string, cos: number): PairText => ({
  claim: { text: claim },
  evidence: { text: evidence },
  cos,
  flags: flags(claim, evidence),
});

test('flags: other numbers, other dates, future vs past, negation, a quote on both sides', () => {
  const cases: [string, string, string[]][] = [
    ['The ferry carried 40 riders on Monday.', 'The ferry carried 55 riders on Monday.', ['num']],
    ['The mill closed on Monday.', 'The mill closed on Friday.', ['date']],
    ['The council will vote on the levy.', 'The council voted on the levy.', ['tense']],
    ['The mayor did not sign the order.', 'The mayor signed the order.', ['neg']],
    ['"We are ready," Ortolan said.', '"We are ready," the captain said.', ['quote']],
    ['The mill closed on Monday.', 'The mill closed on Monday.', []],
  ];
  for (const [a, b, expected] of cases) assert.deepEqual(flags(a, b), expected, a);
});

test('hardReason: one measure with two values, a date, a tense, a negation; none for a plain paraphrase', () => {
  const cases: [string, string, number, string | null][] = [
    [
      'Storms cut power to 400 homes in Brackwater.',
      'Storms cut power to 900 homes in Brackwater.',
      0.8,
      'number:homes',
    ],
    ['The Brackwater mill closed on Monday.', 'The Brackwater mill closed on Friday.', 0.8, 'date'],
    [
      'The Brackwater council will vote on the levy.',
      'The Brackwater council voted on the levy.',
      0.8,
      'tense',
    ],
    [
      'The Brackwater council did not approve the levy.',
      'The Brackwater council approved the levy.',
      0.8,
      'negation',
    ],
    ['The Brackwater council approved the levy.', 'The Brackwater council backed the levy.', 0.8, null],
    // too little in common to be worth a label
    [
      'Storms cut power to 400 homes in Brackwater.',
      'Storms cut power to 900 homes in Brackwater.',
      0.1,
      null,
    ],
  ];
  for (const [a, b, cos, expected] of cases) assert.equal(hardReason(pair(a, b, cos)), expected, a);
});

test('hardReason2: a measure, two weekdays, one quote from two speakers, a plan against its past form', () => {
  const cases: [string, string, number, string | null][] = [
    ['The levy raised 12 million crowns.', 'The levy raised 14 million crowns.', 0.5, 'measure:raised'],
    ['The mill shut its gates Tuesday.', 'The mill shut its gates Thursday.', 0.5, 'weekday'],
    [
      '"The harbour will stay open all winter long," Ortolan said.',
      '"The harbour will stay open all winter long," Vesk said.',
      0.9,
      'quote-speaker',
    ],
    ['The ministers will meet in Corvale.', 'The ministers met in Corvale.', 0.5, 'plan:meet'],
    ['The mayor plans to sign the order.', 'The mayor signed the order.', 0.5, 'plan:sign'],
    ['The ministers met in Corvale.', 'The ministers met in Corvale on a grey day.', 0.5, null],
  ];
  for (const [a, b, cos, expected] of cases) assert.equal(hardReason2(pair(a, b, cos)), expected, a);
});
