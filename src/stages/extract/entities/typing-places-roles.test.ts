import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';
import { type KindCase, testKinds } from './test-kind.ts';

/** The entities of invented articles: each one's kind, name and aliases. */
function entities(...texts: string[]): [string, string, string[]][] {
  const out = extract()(storyFromTexts(texts.map((text, i) => ({ id: `a${i + 1}`, text }))), createContext());
  return out.entities.filter((e) => e.kind !== 'date').map((e) => [e.kind, e.name, [...e.aliases]]);
}

test('typing: a river named "River X" is a place, and so is the bare "X" it goes by after', () => {
  const found = entities(
    'Two people died in Vessmark on Monday when the River Orrin burst its banks.',
    'The Orrin flooded the harbour, and the River Orrin was still rising on Tuesday.',
  );
  assert.deepEqual(
    found.find(([, name]) => name === 'River Orrin'),
    ['place', 'River Orrin', ['Orrin']],
  );
  assert.ok(!found.some(([kind]) => kind === 'organization'), JSON.stringify(found));
  // a loch as a lake
  assert.deepEqual(
    entities('Fishing boats were stranded on Loch Varra on Friday.').find(([, n]) => n === 'Loch Varra'),
    ['place', 'Loch Varra', []],
  );
});

test('typing: a body\'s common word opening a sentence before a role and a name ("Union boss …") is no organisation', () => {
  const found = entities(
    'Union boss Marta Kolding led a crowd through Tollen. Council leader Rasmus Otterby said the cuts were painful.',
    '"Police chief Anna Brisk said nothing," she said. Party official Ann Roe agreed.',
  );
  const bodies = found.filter(([kind]) => kind === 'organization').map(([, name]) => name);
  assert.deepEqual(bodies, []);
  assert.ok(found.some(([kind, name]) => kind === 'person' && name === 'Rasmus Otterby'));
  // a name that is no common word is still a body: "Apple chief Tim Cook"
  assert.deepEqual(
    entities('Apple chief Tim Cook said on Monday that sales rose.').map(([kind, name]) => [kind, name]),
    [
      ['organization', 'Apple'],
      ['person', 'Tim Cook'],
    ],
  );
});

// [rule, text, surface, expected kind]: places the gazetteer does not know, found by the words around them
const PLACES: KindCase[] = [
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
  [
    'a word in a place context is a place even where a longer name ends in it',
    'Rescuers reached Banda Vessaly at dawn. The quake hit Vessaly province hard, and roads in Vessaly were cut.',
    'Vessaly',
    'place',
  ],
  [
    'a state abbreviation after a comma is a place itself',
    'He died at his home in Brackwell, Calif., his grandson said.',
    'Calif.',
    'place',
  ],
];

testKinds(PLACES);
