import { testKinds } from './test-kind.ts';

// Session 42 (newuser20's night editor): a capitalised common noun opening a sentence is no name of its
// own, a title inside a facility's name is no person's, and a body's people are no word of its name.
// [rule, invented text, a mention's surface, expected kind (undefined: no entity)]
testKinds([
  [
    '"General" inside a hospital\'s name is no title: the name is the facility\'s',
    'Staff were moved to Kelby General Hospital on Monday. Kelby General Hospital said all were safe.',
    'Kelby General Hospital',
    'place',
  ],
  [
    'no person "Hospital" is read after "General"',
    'Staff were moved to Kelby General Hospital on Monday. Kelby General Hospital said all were safe.',
    'Hospital',
    undefined,
  ],
  [
    'a body\'s word before those who speak for it opens no name ("Hospital officials said")',
    'Hospital officials said the wing would close. Staff at Kelby General Hospital were told on Monday.',
    'Hospital',
    undefined,
  ],
  [
    '… nor before a spokesman with a name ("Hospital spokesman Jo Reyes")',
    'Hospital spokesman Jo Reyes said the wing would close. Staff at Kelby General Hospital were told.',
    'Hospital',
    undefined,
  ],
  [
    "… whose name stays a person's",
    'Hospital spokesman Jo Reyes said the wing would close. Staff at Kelby General Hospital were told.',
    'Jo Reyes',
    'person',
  ],
  [
    '"Council members voted" names no body "Council" beside the named council',
    'Marlow Town Council passed the budget on Tuesday. Council members voted for it after midnight.',
    'Council',
    undefined,
  ],
  [
    '"Council member Rita Osei" opens with no body "Council"',
    'Council member Rita Osei voted against the plan. Osei said the library cuts went too far.',
    'Council',
    undefined,
  ],
  [
    'a plural before a preposition is a common noun ("Crews from …")',
    'Crews from Harlow Electric worked through the night. Crews from Harlow Electric said it was done.',
    'Crews',
    undefined,
  ],
  [
    '… and the body after it stays one',
    'Crews from Harlow Electric worked through the night. Crews from Harlow Electric said it was done.',
    'Harlow Electric',
    'organization',
  ],
  [
    'a body\'s people closing a run of capitals are no word of its name ("City Crews")',
    'City Crews worked through the night to clear the road.',
    'Crews',
    undefined,
  ],
  [
    '… the body before them is named alone ("Harlow Electric Crews")',
    'Harlow Electric Crews worked through the night. Harlow Electric said power was back by dawn.',
    'Harlow Electric',
    'organization',
  ],
  [
    'after a given name the word is a surname ("Terry Crews")',
    'Actor Terry Crews said he was thrilled.',
    'Terry Crews',
    'person',
  ],
  [
    'a body\'s apposition keeps its people\'s word in its name ("Bright Crews, a cleaning firm")',
    'The strike went ahead. Bright Crews, a cleaning firm, said its staff had joined the pickets.',
    'Bright Crews',
    'organization',
  ],
  [
    '… as a charity\'s does ("Velden Staff, a small charity")',
    'The strike went ahead. Velden Staff, a small charity, said its volunteers would help.',
    'Velden Staff',
    'organization',
  ],
  [
    "a body's noun that owns the apposition's head makes no body (\"the firm's owner\")",
    "Quillon Harte, the firm's owner, said the pickets were calm. Harte added that no one was hurt.",
    'Quillon Harte',
    'person',
  ],
  [
    'a body the article names alone elsewhere stays a name at a sentence\'s head ("Senate leaders")',
    'Senate leaders met on Tuesday. The Senate passed the bill a day later.',
    'Senate',
    'organization',
  ],
  [
    'a title before a surname that is a facility\'s word too stays a person ("Mayor Hall")',
    'Mayor Hall said the road was shut.',
    'Hall',
    'person',
  ],
  [
    'a contractor in apposition may be one person: it makes no organisation ("Quillon Harte, a contractor")',
    'The repairs were late. Quillon Harte, a contractor, said the steel had come late.',
    'Quillon Harte',
    undefined,
  ],
]);
