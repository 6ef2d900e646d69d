import { type KindCase, testKinds } from './test-kind.ts';

// [rule, text, surface, expected kind (undefined: no entity)]: teams, bodies of places, publications and groups
const ORGANIZATIONS: KindCase[] = [
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
    'Vessmark scored 20 points to lead Nebraska to a 71-60 victory over Lisbon on Friday night.',
    'Lisbon',
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

testKinds(ORGANIZATIONS);
