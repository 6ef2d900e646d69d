import { type KindCase, testKinds } from './test-kind.ts';

// [rule, text, surface, expected kind]: a one-word name that acts ("Quillmark has cut …") is most often
// a body, but not when it is a known given name and no word around it makes it one; a name before a
// work's noun ("the Real Life program") is a title, no one's name
const GIVEN_AND_WORKS: KindCase[] = [
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

testKinds(GIVEN_AND_WORKS);
