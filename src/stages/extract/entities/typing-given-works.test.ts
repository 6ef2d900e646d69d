import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

/** The kind of the entity one of whose mentions reads exactly `surface`, or undefined when none does. */
function kindOf(text: string, surface: string): string | undefined {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  for (const e of out.entities)
    for (const m of e.mentions) if (text.slice(m.span.start, m.span.end) === surface) return e.kind;
  return undefined;
}

// [rule, text, surface, expected kind]: a one-word name that acts ("Quillmark has cut …") is most often
// a body, but not when it is a known given name and no word around it makes it one; a name before a
// work's noun ("the Real Life program") is a title, no one's name
const CASES: [string, string, string, string | undefined][] = [
  [
    'a known given name that acts is a person',
    'Wren Halloway ran the photo studio in Leeds with her sister Paula. Paula built the sets for every shoot. Only Paula was allowed to touch the lights. Paula kept the books until 1970.',
    'Paula',
    'person',
  ],
  [
    'a word that is no given name and acts stays a body',
    'Quillmark has cut 200 jobs. Quillmark said sales had fallen. Later Quillmark closed a plant in Ohio.',
    'Quillmark',
    'organization',
  ],
  [
    'a given name that the words around make a body stays a body',
    'Car maker Mercedes cut prices in May. Mercedes said sales had fallen. Mercedes will open a plant in Ohio.',
    'Mercedes',
    'organization',
  ],
  [
    'a name right before "program" is a title',
    'Jo Brandt told the Real Life program that she was shy. Real Life said she laughed a lot.',
    'Real Life',
    'other',
  ],
  [
    'a person\'s name before "show" stays a person',
    'Ann Holt told the Jimmy Kimmel show she was shy. Kimmel laughed.',
    'Jimmy Kimmel',
    'person',
  ],
];

for (const [rule, text, surface, expected] of CASES) {
  test(`typing by given names and works: ${rule}`, () => {
    assert.equal(kindOf(text, surface), expected);
  });
}
