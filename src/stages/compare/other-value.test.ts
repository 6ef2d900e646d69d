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
// range can hold beside it ("jail terms of between two and 14 years" for nine men, one man's eight years).
// Invented texts (review40-A: the round's own sentences are not to be copied here).
const TERMS = [
  'All nine dockworkers convicted in the Harl cargo theft case were given jail terms of between two and 14 years.\n\nThe trial ended in March.',
  'All nine dockworkers convicted in the Harl cargo theft case were given jail terms of between two and 14 years, the court said.\n\nThe court sat in Orlen.',
] as const;

test('a value inside a range the fact gives ("between two and 14 years" / "eight years") is no other value', () => {
  const mark = markOn(
    [
      ...TERMS,
      'Oskar Vell, who drove the stolen cargo in the Harl cargo theft case, was given a jail term of eight years on Monday.\n\nHe will appeal.',
    ],
    'nine dockworkers',
  );
  assert.notEqual(mark?.told, 'other-value');
});

test('a value past the range the fact gives ("between two and 14 years" / "30 years") is still ≠', () => {
  const mark = markOn(
    [
      ...TERMS,
      'The nine dockworkers convicted in the Harl cargo theft case were given jail terms of 30 years.\n\nThey will appeal.',
    ],
    'nine dockworkers',
  );
  assert.equal(mark?.told, 'other-value');
});

test('two ranges with another end ("from two to 14 years" / "from 3 to 14 years") are still ≠', () => {
  const mark = markOn(
    [
      'The nine dockworkers convicted in the Harl cargo theft case were given jail terms ranging from two to 14 years.\n\nThe trial ended in March.',
      'The nine dockworkers convicted in the Harl cargo theft case were given jail terms ranging from two to 14 years, the court said.\n\nThe court sat in Orlen.',
      'The nine dockworkers convicted in the Harl cargo theft case got jail terms ranging from 3 to 14 years.\n\nThey will appeal.',
    ],
    'nine dockworkers',
  );
  assert.equal(mark?.told, 'other-value');
});

// contra40 (round dev-contra-2026-12-16): ≠ tells the fact's figure another value, so only a figure the
// fact's shown sentence gives; a supporter's other figure ("and eight years in prison for the attack on
// a 35-year-old clerk") is not the fact's, and a reader of the row could not check a ≠ on it. Invented.
test("a value of a supporter's figure the fact's sentence does not give is no other value of the fact", () => {
  const mark = markOn(
    [
      'Oskar Vell was sentenced to life in prison for his attack on the 40-year-old.\n\nHe will appeal.',
      'The court sentenced Oskar Vell to life in prison for the attack on a 40-year-old guard and eight years in prison for the attack on a 35-year-old clerk.\n\nHe will appeal.',
      'The 52-year-old driver was charged with assault after holding a 40-year old guard and a 35-year clerk in a cabin.\n\nHe denied it.',
    ],
    'Oskar Vell',
  );
  assert.notEqual(mark?.told, 'other-value');
});

// newuser21 #4: a demand and an offer are two positions in a bargain (support/bargain-stages.ts),
// never two values of one figure, whether the offer is told by a verb or a noun ("its offer of a
// 3.5 percent rise"); two values of one offer still differ.
test("the union's demand is no other value of the employer's offer (told by a noun)", () => {
  const mark = markOn(
    [
      'The pay offer is 2.5 percent; the union is asking for 7 percent.\n\nBuses stopped at noon.',
      'The union is asking for a 7 percent rise.\n\nDepots were shut.',
      'Hollin Transit, which has stood by its offer of a 2.5 percent rise, said just 380 drivers stopped work.\n\nShops were shut.',
    ],
    '7 percent',
  );
  assert.notEqual(mark?.told, 'other-value');
});

test('an offer told with another value is still ≠', () => {
  const mark = markOn(
    [
      'Hollin Transit has offered its drivers 2.5 percent.\n\nBuses stopped at noon.',
      'Hollin Transit has offered its drivers 2.5 percent, the union said.\n\nDepots were shut.',
      'Hollin Transit has offered its drivers 3 percent.\n\nShops were shut.',
    ],
    '2.5 percent',
  );
  assert.equal(mark?.told, 'other-value');
});

test('an outlet whose sentence a listed difference sets against the fact is ≠, and the fact no consensus', () => {
  const { result } = runCompare([
    [
      'The Orrin council voted 6–3 on Tuesday to close the Felsted library.\n\nThe library opened in 1961.',
      day('Dunmere Star'),
    ],
    [
      'The Orrin council voted 6–3 on Tuesday to close the Felsted library.\n\nThe vote took an hour.',
      day('Felsted Post'),
    ],
    [
      'The Orrin council voted 5–4 on Tuesday to close the Felsted library.\n\nReaders protested.',
      day('Radio Ashby'),
    ],
  ]);
  const fact = result.facts.find((f) => f.sources.length >= 2 && f.text.includes('6–3'));
  assert.ok(fact, JSON.stringify(result.facts.map((f) => f.text)));
  assert.equal(fact.coverage.a3?.told, 'other-value');
  assert.notEqual(fact.status, 'consensus');
});
