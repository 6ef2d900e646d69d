import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

/** The people of one invented article: each entity's name and what its mentions read. */
function people(text: string): [string, string[]][] {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  return out.entities
    .filter((e) => e.kind === 'person')
    .map((e) => [e.name, e.mentions.map((m) => text.slice(m.span.start, m.span.end))]);
}

// [rule, text, the people expected]: a name after "a", or after a capital "The" inside a sentence, is a
// work's title or a description, not what a person is called
const CASES: [string, string, [string, string[]][]][] = [
  [
    'a film named after the person does not rename them',
    'Rosa Lind, the singer of the Vessmark clubs, died on Monday. She was played by an actress in The Notorious Rosa Lind.',
    [['Rosa Lind', ['Rosa Lind']]],
  ],
  [
    'a title in quotation marks after a word, too',
    'Rosa Lind, the singer of the Vessmark clubs, died on Monday. Her life was told in “The Wild Rosa Lind,” a film of 2005.',
    [['Rosa Lind', ['Rosa Lind']]],
  ],
  [
    'a description after "a" is nobody',
    'Lind sang at the hall for years, said Ian Pell, co-author of "Rosa Lind: The Life of a Vessmark Legend."',
    [
      ['Rosa Lind', ['Lind', 'Rosa Lind']],
      ['Ian Pell', ['Ian Pell']],
    ],
  ],
  [
    'a title after a comma',
    'Rosa Lind, the singer of the Vessmark clubs, died on Monday. In 2005 a movie, The Notorious Rosa Lind, told her life.',
    [['Rosa Lind', ['Rosa Lind']]],
  ],
  [
    'a sentence opening with "The" is no title',
    'The Vessmark Rowing Federation backed Leo Marra for years. Leo Marra won the race on Monday.',
    [['Leo Marra', ['Leo Marra', 'Leo Marra']]],
  ],
];

for (const [rule, text, expected] of CASES)
  test(`entities: ${rule}`, () => {
    assert.deepEqual(people(text), expected);
  });

// [rule, text, the people expected]: a police rank before a name is a title, and a short given name
// ("Bill" for "William") in another paragraph is the same person
const RANKS: [string, string, [string, string[]][]][] = [
  [
    'a two-word rank before a name, the short given name later',
    'Senior Trooper William Hakim stopped the van on Route 9 on Friday.\n\nBill Hakim, who has served for 12 years, was not hurt.',
    [['William Hakim', ['William Hakim', 'Bill Hakim']]],
  ],
  [
    'a one-word rank and the surname alone',
    'Trooper Ann Lind and Cpl. Tom Reyes stopped the van.\n\nLind was not hurt.',
    [
      ['Ann Lind', ['Ann Lind', 'Lind']],
      ['Tom Reyes', ['Tom Reyes']],
    ],
  ],
  [
    'a titled person "of the" a body, and another after "and"',
    'The two hurt were Senior Trooper Ann Lind of the Vessmark State Police and Capt. Tom Reyes of the Dunmore Police Department.',
    [
      ['Ann Lind', ['Ann Lind']],
      ['Tom Reyes', ['Tom Reyes']],
    ],
  ],
  [
    // newuser18 finding 6: "Superintendent X" kept the rank in the name, as "Chief Superintendent X" kept "Superintendent"
    'police ranks: superintendent, inspector, constable, with "chief" too',
    'Superintendent Ilka Moray and Chief Inspector Odo Varn met Constable Bea Lorn.\n\nChief Superintendent Pel Arnow said the roads were shut.',
    [
      ['Ilka Moray', ['Ilka Moray']],
      ['Odo Varn', ['Odo Varn']],
      ['Bea Lorn', ['Bea Lorn']],
      ['Pel Arnow', ['Pel Arnow']],
    ],
  ],
];

// [rule, text, the people expected]: an occupation written before a name at a sentence's start is its
// title, not part of the name, for one person or two named together
const OCCUPATIONS: [string, string, [string, string[]][]][] = [
  [
    'a comedian',
    'Comedian Mara Vell will host the gala next year. Vell said she was glad.',
    [['Mara Vell', ['Mara Vell', 'Vell']]],
  ],
  [
    'a filmmaker, written two ways',
    'Filmmaker Tom Reed is still in talks with the studio. Moviemaker Tom Reed wants a raise.',
    [['Tom Reed', ['Tom Reed', 'Tom Reed']]],
  ],
  [
    'two producers',
    'Producers Ann Lark and Bill Dow called the choice a good one.',
    [
      ['Ann Lark', ['Ann Lark']],
      ['Bill Dow', ['Bill Dow']],
    ],
  ],
];

for (const [rule, text, expected] of [...RANKS, ...OCCUPATIONS])
  test(`entities: ${rule}`, () => {
    assert.deepEqual(people(text), expected);
  });

test('entities: a title ending a name that a capital "The" opens names a paper, not a place and a role', () => {
  const text = 'Tom Reed is in talks with the studio, The Hollywood Reporter says. He wants a raise.';
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  const named = out.entities.filter((e) => e.kind !== 'person').map((e) => [e.kind, e.name]);
  assert.deepEqual(named, [['organization', 'Hollywood Reporter']]);
  const says = out.quotes.find((q) => q.kind === 'indirect');
  assert.equal(says?.speaker?.name, 'Hollywood Reporter');
});
