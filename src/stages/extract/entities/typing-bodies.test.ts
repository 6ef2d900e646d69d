import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

/** The kind of the entity one of whose mentions reads exactly `surface`, or undefined when none does. */
function kindOf(text: string, surface: string): string | undefined {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  for (const e of out.entities) {
    for (const m of e.mentions) if (text.slice(m.span.start, m.span.end) === surface) return e.kind;
  }
  return undefined;
}

// [rule, text, surface, expected kind (undefined: no entity)]
const ORGANIZATIONS: [string, string, string, string | undefined][] = [
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

// [rule, text, surface, expected kind]: a one-word name that acts ("Quillmark has cut …") is most often
// a body, but not when it is a known given name and no word around it makes it one; a name before a
// work's noun ("the Real Life program") is a title, no one's name
const GIVEN_AND_WORKS: [string, string, string, string | undefined][] = [
  [
    'a name ending in a works ("Steelworks") is a business, not a person',
    'Workers at Holm Steelworks walked out on Monday. A spokesman for Holm Steelworks said talks would resume.',
    'Holm Steelworks',
    'organization',
  ],
  [
    'a shipyard, a foundry and mills are businesses',
    'Kessor Shipyard, Brandt Foundry and Ostby Mills each laid off 40 workers in Dunmore.',
    'Ostby Mills',
    'organization',
  ],
  [
    'a given name before a works word that is also a surname is a person ("Anna Mills")',
    'Anna Mills said the ferry was late. Mills added that she would complain.',
    'Anna Mills',
    'person',
  ],
  [
    'a known given name that acts is a person',
    'Wren Halloway ran the photo studio in Leeds with her sister Paula. Paula built the sets for every shoot. Only Paula was allowed to touch the lights. Paula kept the books until 1970.',
    'Paula',
    'person',
  ],
  [
    'a word that is no given name and acts stays a body',
    'Quillmark has cut 200 jobs. Quillmark said sales had fallen. Later Quillmark closed a plant in Nebraska.',
    'Quillmark',
    'organization',
  ],
  [
    'a given name that the words around make a body stays a body',
    'Car maker Mercedes cut prices in May. Mercedes said sales had fallen. Mercedes will open a plant in Nebraska.',
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
  [
    'an award ("Kestrel Award producers …") is no person',
    'Kestrel Award producers Ann Lark and Bill Dow were thrilled. Mara Vell, who won a Kestrel Award, will host, the Kestrel announced.',
    'Kestrel Award',
    'other',
  ],
  [
    'a party label after a body\'s word ends its name ("Press Democrat")',
    'The Kestrel Valley Press Democrat reported the fire. The Dunmore Democrat-Gazette said little.',
    'Kestrel Valley Press Democrat',
    'organization',
  ],
  [
    "a party label before a hyphen and a body's word is inside its name",
    'The Kestrel Valley Press Democrat reported the fire. The Dunmore Democrat-Gazette said little.',
    'Dunmore Democrat-Gazette',
    'organization',
  ],
  [
    'a party label before a person is no part of a name',
    'Dunmore Democrat Ann Lark spoke first. Senate Democrats said the bill was dead.',
    'Ann Lark',
    'person',
  ],
  [
    'a plural label after a body names its members, not the body',
    'Dunmore Democrat Ann Lark spoke first. Senate Democrats said the bill was dead.',
    'Senate Democrats',
    undefined,
  ],
];

for (const [rule, text, surface, expected] of [...ORGANIZATIONS, ...GIVEN_AND_WORKS]) {
  test(`entities: ${rule}`, () => {
    assert.equal(kindOf(text, surface), expected);
  });
}

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
