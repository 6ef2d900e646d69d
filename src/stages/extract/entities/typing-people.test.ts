import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';
import { type KindCase, testKinds } from './test-kind.ts';

// Places the gazetteer does not know: typing-places-roles.test.ts.

// [rule, text, surface, expected kind]: names of no known given name, made people by the words around them
const PEOPLE: KindCase[] = [
  [
    'a middle initial that is also a stop word stays inside the name',
    'Maren A. Holt said the plan was fine.',
    'Maren A. Holt',
    'person',
  ],
  [
    'a title "of" a body unknown as a department ends before the given name',
    'The suspects were held on Friday, said Chief of Detectives Charlie Moss.',
    'Charlie Moss',
    'person',
  ],
  [
    'a title "of" a body unknown as a department ends before the last two words',
    'The road will stay shut, Chief of Police Orvald Fenmark said on Monday.',
    'Orvald Fenmark',
    'person',
  ],
  [
    'a title "of" a body whose last words open lower case is followed by no name',
    'Tom Hale, Vicar General of the Archdiocese of Dunmore, said the bells would ring.',
    'of Dunmore',
    undefined,
  ],
  [
    'an age before the name',
    'The body of 36-year-old Ormond Fask was found on Sunday.',
    'Ormond Fask',
    'person',
  ],
  [
    'an age in months before the name',
    'The six-month-old Tarlo Venn was unhurt in the crash.',
    'Tarlo Venn',
    'person',
  ],
  [
    'an age set off after the name before a full stop',
    'The car was driven by Brisk Omaly, 19.',
    'Brisk Omaly',
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

// a lone word that speaks or acts: a surname or a body, by the evidence the story gives
const SURNAMES: KindCase[] = [
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

testKinds([...PEOPLE, ...SURNAMES]);

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
