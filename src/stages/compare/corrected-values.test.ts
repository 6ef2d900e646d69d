import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storyCorrections } from './corrections.ts';
import { storyOf } from './corrections-fixture.ts';

// What a correction gives instead, read from the note: the right name ("…; it is Hanne Lusk", "He is
// Lars Holmberg") and the right day ("… would open on May 7. It opens on May 8."), and the other
// outlets' sentences that still give the wrong one (invented articles).
const carried = (note: string, others: readonly string[]) =>
  storyCorrections(
    storyOf([
      ['Kell Courier', `A stand collapsed at Kell Park on Saturday.\n${note}`, '2031-05-03', '2031-05-04'],
      ...others.map((text, i): [string, string, string, null] => [`Outlet ${i}`, text, '2031-05-05', null]),
    ]),
  ).flatMap((n) => n.stillCarried.map((c) => [c.text, c.wrong, c.right]));

test('a corrected day: the sentences still giving the wrong day for the same thing, with the right one', () => {
  const note =
    'Correction: An earlier version of this article said the inquiry into the collapse would open on May 7. It opens on May 8.';
  assert.deepEqual(
    carried(note, [
      'The inquiry into the collapse will open on May 7, the council said.',
      // the right day, another thing on that day, the day told as what was said before: none
      'The inquiry into the collapse opens on May 8.',
      'Tickets for the next match at Kell Park go on sale on May 7.',
      'The council had earlier said the inquiry would open on May 7.',
    ]),
    [['The inquiry into the collapse will open on May 7, the council said.', 'May 7', 'May 8']],
  );
});

test("a corrected name: the note's right name is given beside the wrong one", () => {
  assert.deepEqual(
    carried(
      'Correction: An earlier version of this article misspelled the name of Hane Lusk; it is Hanne Lusk.',
      [
        'The stand had failed an inspection in March, said Hane Lusk, a councillor.',
        'The stand had failed an inspection in March, said Hanne Lusk, a councillor.',
      ],
    ),
    [
      [
        'The stand had failed an inspection in March, said Hane Lusk, a councillor.',
        'Hane Lusk',
        'Hanne Lusk',
      ],
    ],
  );
  assert.deepEqual(
    carried(
      'An earlier version of this article misidentified the man who was arrested as Lars Holm. He is Lars Holmberg.',
      ['Police said the man who was arrested, Lars Holm, had worked at the docks.'],
    ),
    [
      [
        'Police said the man who was arrested, Lars Holm, had worked at the docks.',
        'Lars Holm',
        'Lars Holmberg',
      ],
    ],
  );
});
