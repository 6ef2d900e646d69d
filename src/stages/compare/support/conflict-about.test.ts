import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { comparedStory, segmented } from '../../compared-story.ts';

// Invented articles (outlet, text) run through extract and compare as one story: its conflicts and
// its differences to check (a clash of a kind not proven a contradiction), laid out alike.
function conflictsOf(docs: readonly { outlet: string; text: string }[]) {
  const ctx = createContext();
  const { comparison } = comparedStory(segmented(docs, ctx), ctx);
  return [...comparison.conflicts, ...(comparison.differences ?? [])];
}

test('a figure conflict is about what the claim counts as it writes it, not its stem', () => {
  const conflicts = conflictsOf([
    {
      outlet: 'Calloway Ledger',
      text: 'The Calloway port authority offered the dockworkers a raise of 4 percent on Monday.',
    },
    {
      outlet: 'Tidewater Daily',
      text: 'The Calloway port authority offered the dockworkers a raise of 6 percent on Monday.',
    },
  ]);
  const figure = conflicts.find((c) => c.kind === 'figure');
  assert.ok(figure, JSON.stringify(conflicts));
  assert.equal(figure.about, 'raise (percent)');
});

test('one quotation from two speakers is a speaker conflict, about who said it', () => {
  const conflicts = conflictsOf([
    {
      outlet: 'Calloway Ledger',
      text: '"We are aware of the problem at the Calloway pier," harbour master Ada Kowalczyk said in a statement.',
    },
    {
      outlet: 'Tidewater Daily',
      text: '"We are aware of the problem at the Calloway pier," harbour master Ole Brandt said in a statement.',
    },
  ]);
  const speaker = conflicts.find((c) => c.kind === 'speaker');
  assert.ok(speaker, JSON.stringify(conflicts));
  assert.equal(speaker.about, 'who said it');
});

test('a quotation given to two speakers is one conflict, whichever step finds it', () => {
  const conflicts = conflictsOf([
    {
      outlet: 'Dunmore Star',
      text: '“We cannot leave families out in the cold this winter,” Councilwoman Ada Keane said on Tuesday.',
    },
    {
      outlet: 'Dunmore Post',
      text: '“We cannot leave families out in the cold this winter,” Mayor Tom Birch said on Tuesday.',
    },
  ]);
  assert.deepEqual(
    conflicts.map((c) => c.kind),
    ['speaker'],
    JSON.stringify(conflicts),
  );
});

test('opposite words of one subject are a conflict about which way it went', () => {
  const conflicts = conflictsOf([
    { outlet: 'Vessmark Star', text: 'A jury in Vessmark acquitted Ole Brandt of fraud on Friday.' },
    { outlet: 'Vessmark Post', text: 'A jury in Vessmark convicted Ole Brandt of fraud on Friday.' },
  ]);
  assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  assert.equal(conflicts[0]?.about, 'which way it went');
});

test('one grounding told in other words, on another day, is a conflict (audit K1)', () => {
  const conflicts = conflictsOf([
    {
      outlet: 'Coastline Radio',
      text: 'The ferry Aurora ran aground off Lunde Point on Monday evening with 212 people on board. Rescue crews from Lunde reached the ship within an hour.',
    },
    {
      outlet: 'Lunde Gazette',
      text: 'The ferry Aurora struck rocks off Lunde Point on Sunday night with 240 passengers and crew aboard. The coast guard said nobody was hurt.',
    },
  ]);
  assert.ok(
    conflicts.some((c) => c.kind === 'date' || c.kind === 'figure'),
    JSON.stringify(conflicts),
  );
});

test('one bombing told in two places is a conflict about the place of the event', () => {
  const conflicts = conflictsOf([
    {
      outlet: 'Vessmark Star',
      text: 'The bomb went off in the Vessmark market on Sunday, killing 12 people.',
    },
    { outlet: 'Vessmark Post', text: 'The bomb went off in the Velmar market on Sunday, killing 12 people.' },
  ]);
  assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
  assert.equal(conflicts[0]?.about, 'place of the event');
});

// Both sides give the same count of people hurt and another count of firefighters: the difference is
// about the firefighters, not the sentence's first figure.
test('a figure difference is about what both sides count with another value, not the first figure of its side', () => {
  const conflicts = conflictsOf([
    {
      outlet: 'Vessmark Post',
      text: 'Fourteen people were hurt in the grain store fire, and 40 firefighters fought it for six hours.',
    },
    {
      outlet: 'Coast Herald',
      text: 'Fourteen people were hurt in the grain store fire, and 60 firefighters fought it for six hours.',
    },
  ]);
  const figure = conflicts.find((c) => c.kind === 'figure');
  assert.ok(figure, JSON.stringify(conflicts));
  assert.equal(figure.about, 'firefighters');
});

// The sides count the detained in two words of one class ("people" / "migrants") and agree on the
// officers hurt: the difference is about the detained, in either order, never the agreed "40 officers".
test('a figure difference is never named by a figure the other side gives alike', () => {
  const sides: [string, string][] = [
    [
      'Wardens held 340 people at the Orrin crossing on Monday, and 40 officers were hurt.',
      'Wardens held 300 migrants at the Orrin crossing on Monday, and 40 officers were hurt.',
    ],
    [
      'Wardens said 40 officers were hurt and 340 people were held at the Orrin crossing on Monday.',
      'Wardens said 40 officers were hurt and 300 migrants were held at the Orrin crossing on Monday.',
    ],
  ];
  for (const [a, b] of sides) {
    const conflicts = conflictsOf([
      { outlet: 'Vessmark Post', text: a },
      { outlet: 'Coast Herald', text: b },
    ]);
    const figure = conflicts.find((c) => c.kind === 'figure');
    assert.ok(figure, JSON.stringify(conflicts));
    assert.notEqual(figure.about, 'officers', JSON.stringify(conflicts));
    // (a count of "people" is named by the verb that tells it, "held", since differ37: "people" says nothing)
    assert.match(figure.about, /held|people|migrants/, JSON.stringify(conflicts));
  }
});

// closing-s31: a year in an aside of one side ("opened in 1974") was shown in the heading as
// "vehicles per day year:1974" (fails before): the heading names the measure only.
test('a figure difference is named by its measure, never by a year told beside it', () => {
  const conflicts = conflictsOf([
    { outlet: 'Vessmark Post', text: 'The Tarn bridge, opened in 1974, carries 12,000 vehicles per day.' },
    { outlet: 'Coast Herald', text: 'The Tarn bridge carries 15,000 vehicles per day.' },
  ]);
  const figure = conflicts.find((c) => c.kind === 'figure');
  assert.ok(figure, JSON.stringify(conflicts));
  assert.equal(figure.about, 'vehicles per day');
});

// midreview32 finding 7: a year that frames each side's own figure ("In 2010 the bridge carried 12,000
// vehicles per day" / "In 2024 … 15,000") tells two years of one measure, two facts: no "year of the
// event" difference (fails before).
test('two years that each frame a figure of their own sentence are no other year of one event', () => {
  const conflicts = conflictsOf([
    {
      outlet: 'Vessmark Post',
      text: 'In 2010 the Tarn bridge carried 12,000 vehicles per day, the county council said.',
    },
    {
      outlet: 'Coast Herald',
      text: 'In 2024 the Tarn bridge carried 15,000 vehicles per day, according to the county council.',
    },
  ]);
  assert.deepEqual(
    conflicts.map((c) => c.about),
    [],
    JSON.stringify(conflicts),
  );
});
