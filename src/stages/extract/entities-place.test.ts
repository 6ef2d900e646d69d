import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { storyFromTexts } from './from-text.ts';
import { extract } from './index.ts';

/** The kind of the entity one of whose mentions reads exactly `surface`, or undefined when none does. */
function kindOf(text: string, surface: string): string | undefined {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  for (const e of out.entities) {
    for (const m of e.mentions) if (text.slice(m.span.start, m.span.end) === surface) return e.kind;
  }
  return undefined;
}

// [rule, text, surface, expected kind]: places the gazetteer does not know, found by the words around them
const CASES: [string, string, string, string | undefined][] = [
  [
    'a person "of" a town: the name ends before "of"',
    'Police arrested Anna Wrenfield of Harlowmere on Monday. Wrenfield was released later.',
    'Harlowmere',
    'place',
  ],
  [
    'a person, "of" a town',
    'The victim, Ada Pellow, of Quarrington, was 66. Her family asked for privacy.',
    'Quarrington',
    'place',
  ],
  [
    'a word that opens a place name',
    'The climbers were last seen near Mount Veldor on Thursday.',
    'Mount Veldor',
    'place',
  ],
  [
    'a state abbreviation after a comma',
    'Reporters met Tobin Ashe on Monday. Ashe left Brackwell, Ark., in 1990 and never went back.',
    'Brackwell',
    'place',
  ],
  [
    'a place noun after the name',
    'The quake shook Vessaly province before dawn, and Vessaly officials counted the damage.',
    'Vessaly',
    'place',
  ],
  [
    'a resident of a town',
    'A Dunhollow resident, 38, was charged on Friday. Dunhollow police gave no motive.',
    'Dunhollow',
    'place',
  ],
  [
    'a body "of" a field stays one name',
    'The Dunmore Chamber of Commerce said trade fell by a third.',
    'Dunmore Chamber of Commerce',
    'organization',
  ],
  [
    'a site of a body is a place',
    'Two workers were hurt at the Harlan Foods plant on Friday, and Harlan Foods Inc. closed it.',
    'Harlan Foods plant',
    'place',
  ],
  [
    'a dotted province or state is a place, not an acronym',
    'The sect lives near Creston, B.C., and police there made two arrests. B.C. officials spoke later.',
    'B.C.',
    'place',
  ],
  [
    'a holiday is no name',
    'He opened fire at an office Christmas party. The Christmas party had just begun.',
    'Christmas',
    undefined,
  ],
];

for (const [rule, text, surface, expected] of CASES) {
  test(`entities: ${rule}`, () => {
    assert.equal(kindOf(text, surface), expected);
  });
}
