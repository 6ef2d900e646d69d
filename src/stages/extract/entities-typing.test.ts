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

// [rule, text, surface, expected kind (undefined: no entity)]
const ORGANIZATIONS: [string, string, string, string | undefined][] = [
  [
    'a transport or shop word makes a body',
    'Kestrel Ferries added two sailings. The Anchor Bakery sold out by noon.',
    'Kestrel Ferries',
    'organization',
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
    'The deal includes Tessaly, a small software company based in Ohio. Tessaly employs 40 people.',
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
    'The Mexican government said it would send more troops. Officials gave no date.',
    'Mexican government',
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
    'On Sunday the Kansas City Comets won again in a close game. The Comets have not lost since May.',
    'Kansas City Comets',
    'organization',
  ],
  [
    "the team's name without its city joins it",
    'On Sunday the Kansas City Comets won again in a close game. The Comets have not lost since May.',
    'Comets',
    'organization',
  ],
  [
    'a two-word nickname without its city joins it too',
    'On Sunday the Boston Blue Herons won again in a close game. The Blue Herons have not lost since May.',
    'Blue Herons',
    'organization',
  ],
  [
    'a place before an event is no body',
    'Runners gathered for the Boston Marathon on Monday. The Boston Marathon starts at nine.',
    'Boston Marathon',
    'other',
  ],
  [
    "a given name that is also a place leads a person's name",
    'Georgia Lindqvist said on Monday she would run again.',
    'Georgia Lindqvist',
    'person',
  ],
  [
    'a company without its legal suffix joins it',
    'Brevik Corp. said sales rose. Analysts expect Brevik to raise prices.',
    'Brevik',
    'organization',
  ],
  [
    'an unknown word that acts mid-sentence is a body',
    'Shoppers were angry after Vantorio raised its prices again in March.',
    'Vantorio',
    'organization',
  ],
  [
    'a capitalised common word that opens a sentence and acts is no body',
    'Negotiators met for six hours. Negotiators said little afterwards.',
    'Negotiators',
    undefined,
  ],
  [
    'an age after a lone name makes it a person',
    'Tarrow, 49, was arrested on Monday. Tarrow has a long record.',
    'Tarrow',
    'person',
  ],
  [
    'kin after a lone name makes it a person',
    'The police spoke to Velder’s wife on Tuesday. Velder was not at home.',
    'Velder',
    'person',
  ],
  [
    'a generational suffix is not the surname',
    'Arlo Pemberton Jr. left the prison on foot. Pemberton escaped with a shotgun.',
    'Pemberton',
    'person',
  ],
  [
    'a name that owns a facility is a place',
    'Crews closed Dunmore’s Kestrel Street Bridge on Monday, and traffic to get Dunmore moving again stalled.',
    'Dunmore',
    'place',
  ],
  [
    'a capitalised word that opens a quote and acts is no body',
    'The mayor wrote: “Patience is not weakness.” She repeated: “Patience wins.”',
    'Patience',
    'other',
  ],
  [
    'a well-known body named bare',
    'Shares rose after Google reported strong results on Tuesday.',
    'Google',
    'organization',
  ],
  [
    'a place that wins is a team',
    'Kelso scored 20 points to lead Ohio to a 71-60 victory over Kansas City on Friday night.',
    'Kansas City',
    'organization',
  ],
  [
    'a name with a score after it is a team',
    'On Saturday the Harriers beat Westbury 3-1 in front of a small crowd.',
    'Westbury',
    'organization',
  ],
  [
    'a name before "magazine" is a publication',
    'The actress told Glimmer magazine on Tuesday that she was well again.',
    'Glimmer',
    'organization',
  ],
  [
    'a capitalised plural after "the" is a team or group',
    'Injuries have hurt the Ravenshaws all season, and a coach said so on Monday.',
    'Ravenshaws',
    'organization',
  ],
  [
    'a quoted title after "the" is no team',
    'She will star in ‘The Silver Lanterns’ next spring, the studio said on Monday.',
    'Silver Lanterns',
    undefined,
  ],
  [
    "an event's name is no person's",
    'Crowds filled the Marlow Chowder Festival on Saturday. The Marlow Chowder Festival said it would return.',
    'Marlow Chowder Festival',
    undefined,
  ],
  [
    "a title that closes a body's name is part of it",
    'The Ostland Department of Criminal Justice is searching for an inmate who escaped on Monday.',
    'Ostland Department of Criminal Justice',
    'organization',
  ],
  [
    "a title after a body's word is a role of that body",
    'The Police Chief said on Monday that two men were held.',
    'Police Chief',
    undefined,
  ],
  [
    "a common word that opens a sentence may open a place's name",
    'Drivers waited for hours. City Hall says extra ferries are on the way.',
    'City Hall',
    'place',
  ],
];

// [rule, text, surface, expected kind]: names of no known given name, made people by the words around them
const PEOPLE: [string, string, string, string | undefined][] = [
  [
    'a middle initial that is also a stop word stays inside the name',
    'Maren A. Holt said the plan was fine.',
    'Maren A. Holt',
    'person',
  ],
  [
    'an age before the name',
    'The body of 36-year-old Ormond Fask was found on Sunday.',
    'Ormond Fask',
    'person',
  ],
  [
    'a speech verb before the name',
    'The cable will be mended within days, said Tavish Morrow, who runs the network.',
    'Tavish Morrow',
    'person',
  ],
  [
    'a role in an apposition',
    'The repairs went well, according to Tavish Morrow, director of operations at the port.',
    'Tavish Morrow',
    'person',
  ],
  [
    'kin in an apposition',
    'The family was told on Friday. Ormond Fask, the victim’s grandson, spoke to reporters.',
    'Ormond Fask',
    'person',
  ],
  [
    'a new title before the name',
    'The club confirmed that COO Ormond Fask would stay.',
    'Ormond Fask',
    'person',
  ],
  [
    'a body in an apposition is no person',
    'The order went to Ormond Fask, a small engineering company in the north.',
    'Ormond Fask',
    'organization',
  ],
];

// [rule, text, surface, expected kind]: places the gazetteer does not know, found by the words around them
const PLACES: [string, string, string, string | undefined][] = [
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

// a lone word that speaks or acts: a surname or a body, by the evidence the story gives
const SURNAMES: [string, string, string, string | undefined][] = [
  [
    'a lone word that speaks is the surname of a full name given only in a headline',
    'Mayor Hires Dana Pellworth As Adviser\n\nThe city has a new adviser. “We start today,” Pellworth said on Monday.',
    'Pellworth',
    'person',
  ],
  [
    'a person pronoun right after the verb: "X injured his back"',
    'The club dropped Brackley from the squad. Brackley injured his back while training on Thursday.',
    'Brackley',
    'person',
  ],
  [
    'a person pronoun outweighs mentions of no kind at all',
    'The club listed Fenwick (ankle) as doubtful. Fenwick hurt his ankle at practice. Fenwick’s ankle is not broken.',
    'Fenwick',
    'person',
  ],
  [
    'an honorific elsewhere in the story marks the lone speaking word as a surname',
    'The board hired Mr. Ostrander last year. “We will appeal,” Ostrander said.',
    'Ostrander',
    'person',
  ],
  [
    'a given name and a middle initial before the word: "Maren A. X"',
    'The rule was final, Port Director Maren A. Velloran said on Monday. “It stands,” Velloran said.',
    'Velloran',
    'person',
  ],
  [
    'a role apposition whose body is a possessive: "X, the team’s coach"',
    '“We will appeal,” Ostrander said. Ostrander, the team’s coach, left early.',
    'Ostrander',
    'person',
  ],
  [
    'a role after a possessive body: "X, the company’s chief executive"',
    '“We will appeal,” Ostrander said. Ostrander, the company’s chief executive, left early.',
    'Ostrander',
    'person',
  ],
  [
    'a council member\'s title after the city: "Norhaven City Councilwoman X"',
    'Norhaven City Councilwoman Dana Pellworth said the vote was close.',
    'Dana Pellworth',
    'person',
  ],
  [
    'kin just before the name: "her husband X"',
    'The mayor, her husband Tobin and their two sons will attend the opening.',
    'Tobin',
    'person',
  ],
  [
    'a lone speaking word that is a common surname is a person',
    '“The vote was close,” Gutierrez said after the meeting.',
    'Gutierrez',
    'person',
  ],
  [
    'a common surname the story shows as a body stays a body: "X cut its forecast"',
    '“Demand is weak,” Harper said. Harper cut its forecast on Monday.',
    'Harper',
    'organization',
  ],
  [
    'a person pronoun after a place is no sign of a person: "a pilot from X hurt himself"',
    'A harbour pilot from Kelmsby hurt himself on the pier.',
    'Kelmsby',
    'place',
  ],
  [
    'a body pronoun right after the verb: "X raised its prices"',
    'Velmora raised its prices again. Velmora has not commented.',
    'Velmora',
    'organization',
  ],
];

for (const [rule, text, surface, expected] of [...ORGANIZATIONS, ...PEOPLE, ...PLACES, ...SURNAMES]) {
  test(`entities: ${rule}`, () => {
    assert.equal(kindOf(text, surface), expected);
  });
}

test('entities: a lone surname joins the one person the story names in full with it, even in a headline only', () => {
  const text =
    'Dana Pellworth To Advise Harbour Board\n\nThe city has a new adviser. “We start today,” Pellworth said on Monday.';
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  const people = out.entities.filter((e) => e.kind === 'person');
  assert.deepEqual(
    people.map((e) => [e.name, e.mentions.map((m) => text.slice(m.span.start, m.span.end))]),
    [['Dana Pellworth', ['Dana Pellworth', 'Pellworth']]],
  );
});
