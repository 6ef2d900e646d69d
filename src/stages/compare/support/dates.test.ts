import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { claimDates } from './dates.ts';
import { judgementOf } from './verdict-of.ts';

// The resolved month-day and year of the dates of an invented sentence, written on `publishedAt`.
function datesOf(sentence: string, publishedAt: string): string[] {
  const [doc] = segmentAll([articleFromText('a1', sentence)], createContext());
  const tokens = doc?.sentences[0]?.tokens ?? [];
  return claimDates(tokens, publishedAt, 'happened', () => false).map((d) => `${d.year}-${d.monthDay}`);
}

// [sentence, day of writing, the dates it names]
const CASES: [string, string, string[]][] = [
  // a month and day without a year: the year nearest the day of writing
  ['The fugitive was at large until Dec. 7, when he was found in Vessmark.', '2010-01-12', ['2009-12-7']],
  ['The hearing is set for Jan. 4 in Vessmark.', '2009-12-20', ['2010-1-4']],
  ['The bridge was closed on March 4 after the inspection.', '2025-03-06', ['2025-3-4']],
  // "May" before a day or a year is the month (wink tags it a noun), the modal is none
  ['The Velmar council voted on May 4 to close the pier.', '2027-05-10', ['2027-5-4']],
  ['The Velmar pier was shut in May 2026 after a storm.', '2027-05-10', ['2026-null']],
  ['The Velmar council may vote on June 4.', '2027-05-10', ['2027-6-4']],
  // a weekday that recurs is no day
  ['The Velmar market opens every Saturday and closed on Friday.', '2027-05-10', ['2027-5-7']],
  ['The Velmar ferry runs every other Monday.', '2027-05-10', []],
  // a year written wins
  ['The bridge was closed on Dec. 7, 2008, after the inspection.', '2010-01-12', ['2008-12-7']],
  // a weekday after "last" is before the day of writing, a week back when it is that day's weekday
  [
    'The clerk was fired last Thursday and bought a rifle on Friday.',
    '2025-03-06',
    ['2025-2-27', '2025-2-28'],
  ],
  ['The clerk was fired last Tuesday in Vessmark.', '2025-03-06', ['2025-3-4']],
];

for (const [sentence, publishedAt, expected] of CASES)
  test(`dates of: ${sentence} (written ${publishedAt})`, () => {
    assert.deepEqual(datesOf(sentence, publishedAt), expected);
  });

// [sentence, the keys of the times it tells from another event]
const RELATIVE: [string, string[]][] = [
  ['An officer was killed in Vessmark and a second officer the next day.', ['+1d']],
  ['An officer was killed in Vessmark and a second officer a day later.', ['+1d']],
  ['A second officer died two weeks later in Vessmark.', ['+2w']],
  ['The gunman had bought the rifle the day before in Vessmark.', ['-1d']],
  ['The gunman will appear in court next week.', []],
];

for (const [sentence, expected] of RELATIVE)
  test(`times told from another event in: ${sentence}`, () => {
    const [doc] = segmentAll([articleFromText('a1', sentence)], createContext());
    const tokens = doc?.sentences[0]?.tokens ?? [];
    const keys = claimDates(tokens, null, 'happened', () => false)
      .filter((d) => /^[+-]\d/.test(d.written))
      .map((d) => d.written);
    assert.deepEqual(keys, expected);
  });

// The verdict on invented sentence `evidence` (written on `evidenceDay`) for `claim` (written on `claimDay`).
const judgedOn = (claim: string, claimDay: string, evidence: string, evidenceDay: string): string =>
  judgementOf(claim, evidence, { claim: claimDay, evidence: evidenceDay }).verdict;

test('two days each resolved from its own date of writing do not state each other; one written as the claim does does', () => {
  const claim = 'Ann Wu died yesterday in Vessmark at the age of 91, her spokesman said.';
  // "yesterday" of June 7 and "Saturday" of June 7 are both June 6, 2026, as far as both dates are right
  assert.notEqual(
    judgedOn(
      claim,
      '2026-06-07',
      'Ann Wu died on Saturday in Vessmark at the age of 91, her spokesman said.',
      '2026-06-07',
    ),
    'supports',
  );
  assert.equal(
    judgedOn(
      claim,
      '2026-06-07',
      'Ann Wu died on June 6 in Vessmark at the age of 91, her spokesman said.',
      '2026-06-07',
    ),
    'supports',
  );
});

test('a planned weekday told on that weekday is that day (wire style names today\'s weekday), as "this" and "later" are', () => {
  // written on Monday 2031-05-05
  const planned = (sentence: string) => {
    const [doc] = segmentAll([articleFromText('a1', sentence)], createContext());
    const tokens = doc?.sentences[0]?.tokens ?? [];
    return claimDates(tokens, '2031-05-05', 'planned', () => false).map((d) => `${d.year}-${d.monthDay}`);
  };
  assert.deepEqual(planned('The Velmar council will meet on Monday.'), ['2031-5-5']);
  assert.deepEqual(planned('The Velmar council will meet next Monday.'), ['2031-5-12']);
  assert.deepEqual(planned('The Velmar council will meet this Monday.'), ['2031-5-5']);
  assert.deepEqual(planned('The Velmar council will meet later Monday.'), ['2031-5-5']);
  assert.deepEqual(planned('The Velmar council will meet later on Monday.'), ['2031-5-5']);
  assert.deepEqual(planned('The Velmar council will meet on Thursday.'), ['2031-5-8']);
});

// newuser21 #1/#3: a preview's "will walk out on Thursday unless talks on Wednesday …" reads as a
// possibility (its "unless"); told in the future, its weekdays are the coming ones, as a plan's. A
// possibility told in the past ("whether talks resumed on Monday") keeps the day before.
test('a weekday of a future told under a condition is ahead; of an open question of the past, behind', () => {
  const at = (sentence: string) => {
    const [doc] = segmentAll([articleFromText('a1', sentence)], createContext());
    const tokens = doc?.sentences[0]?.tokens ?? [];
    return claimDates(tokens, '2027-05-05', 'hypothetical', () => false).map((d) => d.monthDay);
  };
  // (2027-05-05 is a Wednesday)
  assert.deepEqual(at('Dockers will walk out on Friday unless talks on Thursday produce a better offer.'), [
    '5-7',
    '5-6',
  ]);
  assert.deepEqual(at('It is unclear whether the talks resumed on Monday.'), ['5-3']);
  // review42: a day whose noun phrase the condition weighs is a thing that is, the day before
  assert.deepEqual(at('If the turnout on Tuesday is any guide, the Greens will do well.'), ['5-4']);
});
