import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgementOf } from './verdict-of.ts';

// Invented pairs: the one-thing clash (one-thing.ts) is one measure of one named thing told with two
// values ("the repair" in dollars, "boats" counted), with no word of an update, a part or another set,
// no two named doers and, for a count, no two classes of verbs. Not proven (proven.ts): a difference
// to check, never ✗.
const kindOf = (a: string, b: string) => {
  const j = judgementOf(a, b);
  return j.kind ?? j.verdict;
};

test('one amount of one named thing told with two values is a one-thing clash', () => {
  assert.equal(
    kindOf(
      'The Velmar port authority estimated the dredging of the harbour at $12 million.',
      'Insiders told the Gazette the dredging bill for the harbour could reach $19 million.',
    ),
    'one thing',
  );
  assert.equal(
    kindOf(
      'The smugglers, in four boats, tried to board the Ostra tanker before dawn.',
      'Coastguard officers said smugglers in two boats tried to board the Ostra tanker.',
    ),
    'one thing',
  );
});

test('values that agree within what a qualifier allows, or bounds that both hold, are no one-thing clash', () => {
  const a = 'The Velmar port authority estimated the dredging of the harbour at $12 million.';
  for (const b of [
    'Insiders told the Gazette the dredging of the harbour would cost about $12.2 million.',
    'Insiders told the Gazette the dredging of the harbour would cost at least $15 million.',
  ])
    assert.notEqual(kindOf(a, b), 'one thing', b);
});

test('two exact values are two, though one may be the other rounded: a difference to check', () => {
  const a = 'The Velmar port authority estimated the dredging of the harbour at $12 million.';
  const b = 'Insiders told the Gazette the dredging of the harbour would cost $12.2 million.';
  assert.equal(kindOf(a, b), 'one thing');
});

test('an amount that names no thing, or only a word of an amount, is no one-thing clash', () => {
  assert.notEqual(
    kindOf('Officials put the cost at $12 million.', 'Sources said the cost could reach $19 million.'),
    'one thing',
  );
});

test('another set, two named doers or two verbs of a count make no one-thing clash', () => {
  const pairs: readonly (readonly [string, string])[] = [
    ['Seven other workers hid in the Ostra plant.', 'Forty workers hid in the Ostra plant.'],
    [
      'The Norvale coastguard has seized 23 smugglers off Ostra.',
      'The Kessing Royal Navy had seized eight smugglers off Ostra.',
    ],
    [
      'The raiders questioned three guards at the Ostra depot on Friday.',
      'The raiders freed two guards at the Ostra depot on Friday.',
    ],
  ];
  for (const [a, b] of pairs) assert.notEqual(kindOf(a, b), 'one thing', `${a} / ${b}`);
});

test('a number before a noun in the singular, or the whole of a ratio, counts nothing', () => {
  assert.notEqual(
    kindOf('A magnitude 6 quake shook the Ostra coast.', 'A magnitude 4 quake shook the Ostra coast.'),
    'one thing',
  );
  assert.notEqual(
    kindOf(
      'One in every 500 Norvale drivers was fined for speeding.',
      'Police fined 2,000 Norvale drivers for speeding.',
    ),
    'one thing',
  );
});

test('a plan against a deed is no one-thing clash', () => {
  assert.notEqual(
    kindOf(
      'The Velmar port authority will spend $12 million on the dredging of the harbour.',
      'The Velmar port authority spent $19 million on the dredging of the harbour.',
    ),
    'one thing',
  );
});

// Misreadings behind false clashes of its blind round (dev-contra-2026-12-13), in invented words (the
// cues of two sets of one noun are in other-sets.test.ts): an age, a name before the counted noun
// read as what is counted, a clock speed read as a count.
test('an age is no one-thing clash (ages.ts tells ages apart)', () => {
  assert.notEqual(
    kindOf(
      'Brandt was jailed for life for his assault on the 12-year-old at the Ostra depot.',
      'The jury heard a tape of Brandt assaulting the 11-year-old girl at the Ostra depot.',
    ),
    'one thing',
  );
});

test('a name before the counted noun is no counted noun: two counts of other people', () => {
  assert.notEqual(
    kindOf(
      'More than 400 Kalvis children were returned to their families at the ranch.',
      'Five Kalvis members were convicted at the ranch.',
    ),
    'one thing',
  );
});

test('a clock speed is a measure in hertz: 1,500 MHz is 1.5 GHz', () => {
  assert.notEqual(
    kindOf('The handset runs on a 1,500-MHz processor.', 'The handset has a dual-core 1.5GHz processor.'),
    'one thing',
  );
});

test('a window of time counted from the telling is no length of a thing', () => {
  assert.notEqual(
    kindOf(
      'Brandt hopes Velto ships a full patch for the flaw within a few days.',
      'Velto has shipped only three emergency patches for flaws in the last three years.',
    ),
    'one thing',
  );
});

// session 30 (fixes30e; newuser9 #12): a length of time is of what its clause's verb tells, even when
// the verb stands far before it
test('two lengths of time told by verbs of two classes are two measures, no one-thing clash', () => {
  const rising = '“The water came up over the dock wall in less than an hour,” Ostby told the Herald.';
  const repair =
    "Residents of Brenholm's Lower Dock are asking why the repair of the dock wall was delayed for two years.";
  assert.notEqual(kindOf(repair, rising), 'one thing');
  assert.notEqual(kindOf(rising, repair), 'one thing');
  // one verb's length told with two values still is one
  assert.equal(
    kindOf(
      'The repair of the dock wall was delayed for two years.',
      'The repair of the dock wall was delayed for three years.',
    ),
    'one thing',
  );
});

// session 43 (contra43), a general fix of a false clash of the dev pairs read (even stories): a value
// told of a written year against one told of none may be history told beside the news (two named
// things of one title: titled-things.test.ts)
test('a value told of a named year against one told of none is no one-thing clash', () => {
  const now = 'The raiders escaped from the Ostra jewellery store with watches worth two million euros.';
  const then =
    'In 2011, the raiders escaped from the Ostra jewellery store with watches worth 11 million euros.';
  assert.notEqual(kindOf(now, then), 'one thing');
  assert.notEqual(kindOf(then, now), 'one thing');
});

// session 43 (contra43), from a set of invented pairs of one thing's amount or length (a test set, not a
// proof): an amount of one noun whose "of" phrase names another thing on each side is two things' (the
// broader 'measure' clash may still show it as a difference to check)
test('one noun of two things, each told by its "of" phrase, is no one-thing clash', () => {
  const library = 'The council said the renovation of the Ostra library cost $4.2 million.';
  assert.notEqual(
    kindOf(library, 'The council said the renovation of the Ostra museum cost $6.8 million.'),
    'one thing',
  );
  assert.equal(
    kindOf(library, 'The renovation of the Ostra library cost $6.8 million, the Herald reported.'),
    'one thing',
  );
});

// session 43 (contra43), a general fix of false clashes of the dev pairs read: two times of day hours
// apart are two moments (a sighting at 9.25 a.m., a boarding around noon), whose counts may differ
test('counts told at two times of day hours apart are no one-thing clash', () => {
  const noon = 'Coastguard officers said smugglers in two boats tried to board the Ostra tanker around noon.';
  assert.notEqual(
    kindOf('The smugglers, in four boats, tried to board the Ostra tanker at 9.25 am.', noon),
    'one thing',
  );
  assert.equal(
    kindOf('The smugglers, in four boats, tried to board the Ostra tanker at 11.40 am.', noon),
    'one thing',
  );
});
