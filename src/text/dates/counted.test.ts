import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countedDays } from './counted.ts';
import { dayOf } from './days.ts';
import { findDateMentions } from './mentions.ts';

const WEDNESDAY = dayOf(2026, 3, 11) as number;
const read = (text: string, reference: number | null = WEDNESDAY) =>
  countedDays(text, findDateMentions(text), reference).map((c) => [c.day - WEDNESDAY, c.other]);

// Invented sentences: [text, days from the Wednesday reference and whether of the event counted from].
const CASES: [string, [number, boolean][]][] = [
  ['Residents returned home on Wednesday, two days after the river burst its banks.', [[-2, true]]],
  ['Residents returned home two days after the river burst its banks.', [[-2, true]]],
  ['It comes a day after three guards were hurt in a blast.', [[-1, true]]],
  // the clause's own day is the past Thursday (March 5), the heart attack nine days before it
  ['She died on Thursday, nine days after suffering a heart attack.', [[-15, true]]],
  ['Candidates spoke on Monday, a day before the special election in Orlen.', [[-1, true]]],
  // the event counted from is dated in its own clause: the span gives its own clause's day
  ['The council met a week after the March 3, 2026 vote on the levy.', [[-1, false]]],
  ['Crews left the night after the May 2, 2026 storm.', [[53, false]]],
];

test('countedDays: the day a span counted from another event gives', () => {
  for (const [text, expected] of CASES) assert.deepEqual(read(text), expected, text);
});

test('countedDays: no day for a length or a bound, a span with no event after it, or nothing to count from', () => {
  assert.deepEqual(read('The pier was closed for a week after the fire.'), []);
  assert.deepEqual(read('Ballots received up to three days after polling day count.'), []);
  assert.deepEqual(read('Both were found at the scene of the blast the day before, police said.'), []);
  assert.deepEqual(read('Residents returned home two days after the river burst its banks.', null), []);
  assert.deepEqual(read('It rained for days after the storm.'), []);
  // a bound read as one ("at least", "more than", "over"), a week's span with no day of it
  assert.deepEqual(read('The strike began at least two days after the talks failed.'), []);
  assert.deepEqual(read('The strike began more than a week after the talks failed.'), []);
  assert.deepEqual(read('Ferries ran again over two weeks after the storm.'), []);
  assert.deepEqual(read('Prices rose sharply the week before the levy vote.'), []);
});

// session 30 (fixes30e): the day of writing dates no event after it, and a saying's date is not the
// span's clause's
test('countedDays: no day after the day of writing, none from the date of a saying', () => {
  assert.deepEqual(read('Tamsin Oake resigned a week before the scandal broke.'), []);
  assert.deepEqual(read('Tamsin Oake resigned two weeks before the scandal broke.'), []);
  assert.deepEqual(read('He was arrested the day after the shooting, police said on Tuesday.'), []);
  assert.deepEqual(read('Police said on Tuesday that he was arrested the day after the shooting.'), []);
  // a date of the clause's own still counts, before or after the span
  assert.deepEqual(read('He was arrested on Tuesday, the day after the shooting, police said.'), [
    [-2, true],
  ]);
});

test('countedDays: an undated text counts from a date that names its year', () => {
  const text = 'The council met a week after the March 3, 2026 vote.';
  assert.deepEqual(
    countedDays(text, findDateMentions(text), null).map((c) => c.day),
    [(dayOf(2026, 3, 3) as number) + 7],
  );
});
