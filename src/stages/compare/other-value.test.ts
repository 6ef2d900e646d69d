import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// newuser18 #3: ≠ ("gives its figure another value") only where the outlet's sentence gives the same
// measure a value that cannot hold beside the fact's, and the outlet gives the fact's own value
// nowhere. Invented articles.
const day = (outlet: string) => ({ outlet, publishedAt: '2026-04-06' });
const markOn = (bodies: readonly [string, string, string], word: string) => {
  const { result } = runCompare([
    [bodies[0], day('Dunmere Star')],
    [bodies[1], day('Felsted Post')],
    [bodies[2], day('Radio Ashby')],
  ]);
  const fact = result.facts.find((f) => f.sources.length >= 2 && f.text.includes(word));
  assert.ok(fact, JSON.stringify(result.facts.map((f) => f.text)));
  return fact.coverage.a3;
};

test('the same value in other words ("peaked at 4.8 metres" / "reached 4.8 metres") is no other value', () => {
  const mark = markOn(
    [
      'The Dunmere river reached 4.8 metres at the Ashby Road gauge on Monday.\n\nSchools were shut.',
      'The Dunmere river reached 4.8 metres at the Ashby Road gauge on Monday, the council said.\n\nRoads were shut.',
      'The Dunmere river peaked at 4.8 metres on Monday, almost two metres above its previous record.\n\nShops were shut.',
    ],
    '4.8 metres',
  );
  assert.notEqual(mark?.told, 'other-value');
});

test("an outlet that gives the fact's value in another sentence is never ≠ for it", () => {
  const mark = markOn(
    [
      'Some 9,000 people took part in the Corvale march, according to the organisers.\n\nThe march was peaceful.',
      'Some 9,000 people took part in the Corvale march, the organisers said.\n\nThe march ended at noon.',
      'Police said about 2,000 people took part in the Corvale march.\n\nThe organisers said 9,000 people had joined.',
    ],
    '9,000',
  );
  assert.notEqual(mark?.told, 'other-value');
});

test('a count of the dead is no other value of the residents who spent the night away', () => {
  const mark = markOn(
    [
      'Crews evacuated 200 homes in Felsted on Monday, and about 600 residents spent the night in the sports hall.\n\nThe river rose fast.',
      'Crews evacuated 200 homes in Felsted on Monday, and about 600 residents spent the night in the sports hall, the council said.\n\nThe water rose fast.',
      'Five people were killed when the river flooded Felsted on Monday, residents said.\n\nThe rain stopped on Tuesday.',
    ],
    '600 residents',
  );
  assert.notEqual(mark?.told, 'other-value');
});

test('a count of arrests is no other value of the crowd', () => {
  const mark = markOn(
    [
      'Thirty people were arrested after the Corvale march on Saturday, police said.\n\nThe march was peaceful.',
      'Police said 30 people were arrested after the Corvale march on Saturday.\n\nThe march ended at noon.',
      'Police said about 2,000 people took part in the Corvale march on Saturday.\n\nShops were shut.',
    ],
    'arrested',
  );
  assert.notEqual(mark?.told, 'other-value');
});

test("another value of one measure, the fact's value given nowhere: ≠", () => {
  const mark = markOn(
    [
      'Five people were killed when the river flooded Felsted on Monday.\n\nThe rain stopped on Tuesday.',
      'Five people were killed when the river flooded Felsted on Monday, officials said.\n\nRoads were shut.',
      'Eight people died when the river flooded Felsted on Monday.\n\nShops were shut.',
    ],
    'Five people',
  );
  assert.equal(mark?.told, 'other-value');
});

// contra40 (round dev-contra-2026-12-16): a range's ends are no values of their own; a value inside the
// range can hold beside it ("sentences of between six and 75 years" for seven men, one man's 20 years)
const SENTENCES = [
  'All seven men tried in the Calloway fraud case were convicted and received prison sentences of between six and 75 years.\n\nThe trials ended in May.',
  'All seven men tried in the Calloway fraud case were convicted, receiving prison sentences of between six and 75 years, prosecutors said.\n\nThe court sat in Harlow.',
] as const;

test('a value inside a range the fact gives ("between six and 75 years" / "20 years") is no other value', () => {
  const mark = markOn(
    [
      ...SENTENCES,
      'Amon Drale, the leader of the Calloway fraud ring, was sentenced on Tuesday to life in prison plus 20 years.\n\nHe will appeal.',
    ],
    'seven men',
  );
  assert.notEqual(mark?.told, 'other-value');
});

test('a value past the range the fact gives ("between six and 75 years" / "90 years") is still ≠', () => {
  const mark = markOn(
    [
      ...SENTENCES,
      'The seven men tried in the Calloway fraud case were convicted and received prison sentences of 90 years.\n\nThey will appeal.',
    ],
    'seven men',
  );
  assert.equal(mark?.told, 'other-value');
});

test('two ranges with another end ("from six to 75 years" / "from 7 to 75 years") are still ≠', () => {
  const mark = markOn(
    [
      'The seven men tried in the Calloway fraud case received prison sentences ranging from six to 75 years.\n\nThe trials ended in May.',
      'The seven men tried in the Calloway fraud case have received prison sentences ranging from six to 75 years, prosecutors said.\n\nThe court sat in Harlow.',
      'The seven men tried in the Calloway fraud case were given prison sentences ranging from 9 to 75 years.\n\nThey will appeal.',
    ],
    'seven men',
  );
  assert.equal(mark?.told, 'other-value');
});

// contra40 (round dev-contra-2026-12-16): ≠ tells the fact's figure another value, so only a figure the
// fact's shown sentence gives; a supporter's other figure ("and 20 years for the assault of a
// 15-year-old girl") is not the fact's, and a reader of the row could not check a ≠ on it
test("a value of a supporter's figure the fact's sentence does not give is no other value of the fact", () => {
  const mark = markOn(
    [
      'Amon Drale was sentenced to life in prison for his assault on the 12-year-old.\n\nHe will appeal.',
      'The jury sentenced Amon Drale to life in prison for the assault of a 12-year-old girl and 20 years in prison for the assault of a 15-year-old girl.\n\nHe will appeal.',
      'The 55-year-old leader was charged with assault after taking a 12-year old girl and a 15-year girl as wives.\n\nHe denied it.',
    ],
    'Amon Drale',
  );
  assert.notEqual(mark?.told, 'other-value');
});
