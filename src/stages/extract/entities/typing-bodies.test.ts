import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';
import { type KindCase, testKinds } from './test-kind.ts';

// [rule, text, surface, expected kind (undefined: no entity)]
const ORGANIZATIONS: KindCase[] = [
  [
    'a transport or shop word makes a body',
    'Kestrel Ferries added two sailings. The Anchor Bakery sold out by noon.',
    'Kestrel Ferries',
    'organization',
  ],
  [
    'a charity is a body',
    'Ann Lee has worked with Vessmark Charities for years.',
    'Vessmark Charities',
    'organization',
  ],
  [
    'a word of a faith alone is no name',
    'Ann Lee went to a Catholic school in Dunmore. Her Catholic faith is strong.',
    'Catholic',
    undefined,
  ],
  [
    'a full name followed by ", who" is a person',
    'Tomasz Wróbel, who runs a hardware store, said sales were down.',
    'Tomasz Wróbel',
    'person',
  ],
  [
    'a lone word that speaks is a body, not a person',
    'Quillmark said on Monday it would close two plants. Quillmark added that no jobs would go.',
    'Quillmark',
    'organization',
  ],
  [
    'a surname that speaks stays with its person',
    'Dana Quillmark runs the plant. Quillmark said on Monday it would close.',
    'Quillmark',
    'person',
  ],
  [
    'a noun before the name: "startup X"',
    'The chip maker agreed to buy startup Ferrovia for $90 million. Ferrovia makes small servers.',
    'Ferrovia',
    'organization',
  ],
  [
    'a noun after the name: "X spokesman"',
    'A Brindle spokesman declined to comment. Brindle has not said when the store reopens.',
    'Brindle',
    'organization',
  ],
  [
    'a possessive before a corporate noun: "X\'s shares"',
    'Halvorsen’s shares fell 4 percent. Investors said Halvorsen had missed its targets.',
    'Halvorsen',
    'organization',
  ],
  [
    'an apposition: "X, a software company"',
    'The deal includes Tessaly, a small software company based in Nebraska. Tessaly employs 40 people.',
    'Tessaly',
    'organization',
  ],
  [
    'a ticker after the name',
    'Orbanet (NYSE: ORBN) reported higher sales. Orbanet will pay a dividend in June.',
    'Orbanet',
    'organization',
  ],
  ['the exchange of a ticker is no entity', 'Orbanet (NYSE: ORBN) reported higher sales.', 'NYSE', undefined],
  ['the ticker itself is no entity', 'Orbanet (NYSE: ORBN) reported higher sales.', 'ORBN', undefined],
  [
    '"X-based" before a name',
    'The Denver-based Corvalis will open a new office. Corvalis hired 30 engineers this year.',
    'Corvalis',
    'organization',
  ],
  [
    'a plural possessive before a body word stays in the name',
    'The Dunmore Bus Drivers’ Union, which has 900 members, said its drivers had no warning.',
    'Dunmore Bus Drivers’ Union',
    'organization',
  ],
  [
    'a plural possessive before a body word stays in the name (straight apostrophe)',
    "The Vessmark Teachers' Association voted on Monday to strike.",
    "Vessmark Teachers' Association",
    'organization',
  ],
  [
    'a common-noun acronym is no organisation',
    'The driver was charged with DUI after the crash. A second DUI charge followed.',
    'DUI',
    undefined,
  ],
  [
    'a credential after a name is no organisation',
    'The board named Lena Ostrova, MD, as its new head. Ostrova starts in May.',
    'MD',
    undefined,
  ],
  [
    'a shouted word in a capitals line is no acronym',
    'Blaze at the docks\n\nA FIRE HAS BADLY DAMAGED THE OLD WAREHOUSE ON THE QUAY, THE OWNER SAID ON SUNDAY.',
    'FIRE',
    undefined,
  ],
  [
    'a known acronym in a capitals line still counts',
    'NATO LEADERS MEET IN THE CAPITAL TODAY\n\nNATO leaders met on Friday.',
    'NATO',
    'organization',
  ],
  [
    'a place and its government are one body',
    'The Norwegian government said it would send more troops. Officials gave no date.',
    'Norwegian government',
    'organization',
  ],
  [
    'new organisation words: a company suffix',
    'Norwell Plc said profits rose. The chairman of Norwell Plc will retire.',
    'Norwell Plc',
    'organization',
  ],
  [
    "a gazetteer place before a body's name: a team",
    'On Sunday the Lisbon Comets won again in a close game. The Comets have not lost since May.',
    'Lisbon Comets',
    'organization',
  ],
  [
    "the team's name without its city joins it",
    'On Sunday the Lisbon Comets won again in a close game. The Comets have not lost since May.',
    'Comets',
    'organization',
  ],
];

testKinds(ORGANIZATIONS);

test('entities: a lone name that speaks in one sentence and acts in another is one entity', () => {
  const text =
    'Mara Vell will host the gala, the Academy announced Friday. The Academy has asked her to do it twice.';
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  const academy = out.entities.filter((e) => e.name === 'Academy');
  assert.deepEqual(
    academy.map((e) => [e.kind, e.mentions.length]),
    [['organization', 2]],
  );
});
