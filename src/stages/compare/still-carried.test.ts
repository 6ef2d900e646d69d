import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storyCorrections } from './corrections.ts';
import { carriersOf, storyOf } from './corrections-fixture.ts';

// What is no carrier of a correction (midreview28's invented inputs).

test('a figure that counts nothing, or another thing, does not still give a corrected count', () => {
  const note =
    'Correction: An earlier version of this article said 14 people were injured at Kell Park; 12 were.';
  assert.deepEqual(
    carriersOf(note, [
      'Fans left Kell Park through gate 14 after the collapse.',
      'Route 14 buses to Kell Park were stopped after the collapse.',
      'Kell Park has 14 stands, and one of them collapsed.',
    ]),
    [],
  );
  // the corrected count itself still is
  assert.equal(carriersOf(note, ['14 people were injured at Kell Park on Saturday.']).length, 1);
});

test('a toll that has risen since is an update: nothing is "still given", least of all before it', () => {
  const notes = storyCorrections(
    storyOf([
      [
        'Dunmore Post',
        'A stand collapsed at Kell Park on Saturday.\nAn earlier version of this article said 3 people had died in the collapse. The toll has since risen to 5 people, the fire service said.',
        '2031-05-04',
        '2031-05-05',
      ],
      [
        'Marrow Ledger',
        '3 people died in the collapse at Kell Park, police said on Saturday.',
        '2031-05-03',
        null,
      ],
    ]),
  );
  assert.deepEqual(
    notes.map((n) => [n.kind, n.stillCarried.length]),
    [['update', 0]],
  );
  // a correction: an article published before the note's day gave what was then told
  const before = carriersOf(
    'Correction: An earlier version of this article said 14 people were injured in the collapse; 12 were.',
    ['14 people were injured in the collapse at Kell Park.'],
    '2031-05-03',
  );
  assert.deepEqual(before, []);
});

test('a name the other sentence gives in another role does not still give a misidentification', () => {
  assert.deepEqual(
    carriersOf(
      'An earlier version of this article misidentified the man who was arrested as Lars Holm, a harbour pilot.',
      ['Lars Holm, the harbour master, said the man who was arrested had worked at the docks for a year.'],
    ),
    [],
  );
  assert.deepEqual(
    carriersOf(
      'An earlier version of this article misidentified the company that owns the ferry as Holm Shipping, a tug firm.',
      ['Holm Shipping, which owns two other ferries on the route, sent a tug.'],
    ),
    [],
  );
  // in the role: still given
  assert.equal(
    carriersOf(
      'An earlier version of this article misidentified the man who was arrested as Lars Holm. The man arrested is Lars Holmberg.',
      ['Police said the man who was arrested, Lars Holm, had worked at the docks.'],
    ).length,
    1,
  );
});

test("another speaker's words are no misquotation; an earlier or feared figure is none still given", () => {
  assert.deepEqual(
    carriersOf(
      'An earlier version of this article misquoted Mayor Ilse Tannery as saying “we will close the port”. She said “we will not close the port”.',
      ['The dockworkers’ union said “we will close the port” if the ferry talks fail.'],
    ),
    [],
  );
  assert.deepEqual(
    carriersOf(
      'Correction: An earlier version of this article said 14 people were injured in the collapse; 12 were.',
      [
        'The fire service initially said 14 people were injured in the collapse.',
        'Police had feared 14 people were injured in the collapse, but the count is lower.',
      ],
    ),
    [],
  );
});
