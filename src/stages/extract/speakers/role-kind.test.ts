import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type Quote } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// newuser16 #12: whom an outlet quotes, by what each speaker is as the article states it (role-kind.ts).
// Invented articles.

function quotes(text: string): readonly Quote[] {
  return extract()(storyFromTexts([{ id: 'a1', text }]), createContext()).quotes;
}

// the role of the speaker of the quote whose text holds `words`: [kind, the words it is read from]
function roleOf(text: string, words: string): [string, string] | null {
  const q = quotes(text).find((x) => x.text.includes(words));
  assert.ok(q, `no quote holding "${words}"`);
  const role = q.speaker?.role;
  return role ? [role.kind, role.words] : null;
}

/** [rule, text, words of the quote, expected role]. */
const CASES: [string, string, string, [string, string] | null][] = [
  [
    'a title before the name',
    '"We are closing the only pool in town," said Councillor Nadia Pemberton on Monday.',
    'only pool',
    ['official', 'Councillor'],
  ],
  [
    'a label noun before the name',
    'Campaigner Rosa Lindqvar spoke to the crowd. "They did not listen to a single word," Lindqvar said.',
    'single word',
    ['group', 'Campaigner'],
  ],
  [
    'a generic role takes the kind of the body named with it',
    '"The numbers simply do not add up," said Tomas Vell, the town\'s finance director.',
    'add up',
    ['official', "town's finance director"],
  ],
  [
    'an apposition that ends before its clause',
    '"My kids swim here three times a week," said Greta Moll, a mother of two who lives in the town.',
    'three times',
    ['public', 'mother'],
  ],
  [
    'an apposition naming a scholar',
    'Hanna Sorrel, a professor of public health at Elmbury University, said closing pools harms health.',
    'harms health',
    ['expert', 'professor'],
  ],
  [
    'the body the speaker is of',
    'Rosa Lindqvar of the Save Elmbury Pool group said the vote was a disgrace.',
    'disgrace',
    ['group', 'the Save Elmbury Pool group'],
  ],
  [
    'a body that speaks is of its own kind',
    'Elmbury Police said the protest was peaceful.',
    'peaceful',
    ['police', 'Elmbury Police'],
  ],
  [
    'a company by its legal suffix',
    'Kettle Leisure Ltd, which runs the pool, said it would cut 14 jobs.',
    '14 jobs',
    ['company', 'Kettle Leisure Ltd'],
  ],
  [
    'the role found at another mention of the speaker',
    'Councillor Nadia Pemberton voted against the plan.\n"This is a sad day," Pemberton said.',
    'sad day',
    ['official', 'Councillor'],
  ],
  ['nothing stated, no role', '"We will be back," said Ada Finch.', 'be back', null],
  [
    'a role no longer held says nothing of what one speaks as now',
    '"The pool must stay open," said former Mayor Ilka Morrane.',
    'stay open',
    null,
  ],
  [
    'one who knows the mayor is not the mayor',
    'A source close to the mayor said the pool would close in March.',
    'close in March',
    null,
  ],
  [
    "the mayor's wife is not the mayor",
    "The mayor's wife said the pool would close in March.",
    'close in March',
    null,
  ],
  [
    'a role held for others is cited with them, not as their word alone',
    '"We will appeal," said Dana Frey, a lawyer for the residents.',
    'appeal',
    ['public', 'lawyer for the residents'],
  ],
  [
    'a spokesperson for the mayor is cited as that, not as the mayor',
    '"The pool will stay open," said Ivo Sand, a spokesperson for the mayor.',
    'stay open',
    ['official', 'spokesperson for the mayor'],
  ],
  [
    // review38-A F5: "City" ends the club's name, the role is the club's "manager" (no kind of its own)
    "a role word that ends a name is the name's, not a two-word role",
    '"We will be back next season," said Brackley City manager Jon Pike after the defeat.',
    'next season',
    null,
  ],
  [
    'a two-word role in lower case stays the role',
    '"The budget is tight this year," said Tomas Vell, the Dunmore city manager.',
    'budget is tight',
    ['official', 'city manager'],
  ],
  [
    'a two-word title of a public office before the name',
    '"Stay away from the river," Fire chief Oskar Bellan said on Monday.',
    'river',
    ['official', 'Fire chief'],
  ],
  [
    'the opposition leader holds an office',
    '"This plan is a failure," Opposition leader Tamsin Greer said.',
    'failure',
    ['official', 'Opposition leader'],
  ],
  [
    'a superintendent (a police rank, or a district head) is an official either way',
    '"The roads are closed," said Superintendent Lena Mirow.',
    'roads',
    ['official', 'Superintendent'],
  ],
  [
    'a head teacher speaks for the school, not as a member of the public (newuser20 #7)',
    '"The hall roof is safe again," Head teacher Orla Venning said on Monday.',
    'hall roof',
    ['official', 'Head teacher'],
  ],
  [
    'a station commander before the name is an official (newuser20 #7)',
    '"The blaze is under control," station commander Piet Dallow said.',
    'blaze',
    ['official', 'station commander'],
  ],
  [
    'a body\'s own name says its kind, not a role word inside it ("Federation of Nurses")',
    'Wards closed early. The Federation of Nurses said 12,000 members walked out.',
    '12,000 members',
    ['group', 'The Federation of Nurses'],
  ],
  [
    'a general secretary is of the body named with it, and of no kind alone',
    'General secretary Jane Roe told the crowd that no nurse had wanted the strike.',
    'no nurse',
    null,
  ],
  [
    'a body named for those it works for is a charity or campaign, whatever its body word (newuser22 #4)',
    'Ada Lund of the Orrin Refugee Council said the ruling came too late.',
    'too late',
    ['group', 'the Orrin Refugee Council'],
  ],
  [
    'a state body named for those it serves stays a state body (review44b)',
    'Ada Lund of the Orrin Homeless Housing Agency said the shelter would open in May.',
    'would open',
    ['official', 'the Orrin Homeless Housing Agency'],
  ],
  [
    'a party seeks or holds office, as the opposition does: official (newuser22 #4)',
    'Tomas Brek, leader of the opposition Civic Union, said the bill was cruel.',
    'was cruel',
    ['official', 'leader of the opposition'],
  ],
  [
    'a party an article calls the opposition speaks as an official body',
    'The opposition Civic Union met on Monday. The Civic Union said the bill was cruel.',
    'was cruel',
    ['official', 'The Civic Union'],
  ],
  [
    'a firm named by what it makes, in the plural, is a company (newuser23 #15)',
    'Brackwater Chemicals said it was cooperating with investigators.',
    'cooperating',
    ['company', 'Brackwater Chemicals'],
  ],
  [
    "a state's body that names a field in the singular is no company",
    'The Department of Industry said it was cooperating with investigators.',
    'cooperating',
    ['official', 'The Department of Industry'],
  ],
  [
    'a chief superintendent is police',
    '"We will patrol all night," said Chief Superintendent Ivo Marsh.',
    'patrol',
    ['police', 'Chief Superintendent'],
  ],
];

// newuser19 #12: "Harbourmaster X said" kept the title in the name and found no role
test('speaker role: a one-word harbourmaster before the name is the role, not part of the name', () => {
  const q = quotes('Harbourmaster Wenna Tolly said the pier lost two of its pilings in the storm.').find(
    (x) => x.text.includes('pilings'),
  );
  assert.equal(q?.speaker?.name, 'Wenna Tolly');
  assert.deepEqual([q?.speaker?.role?.kind, q?.speaker?.role?.words], ['official', 'Harbourmaster']);
});

for (const [rule, text, words, expected] of CASES)
  test(`speaker role: ${rule}`, () => assert.deepEqual(roleOf(text, words), expected));

// newuser21 #13: a role is read in the quote's own article before another outlet's wording
test("speaker role: read where the quote's own article names the speaker, before other articles", () => {
  const found = extract()(
    storyFromTexts([
      {
        id: 'a1',
        text: 'Nurses walked out on Thursday. Campaigner Jane Roe told a rally that nobody wanted to strike.',
      },
      {
        id: 'a2',
        text: 'Wards emptied on Thursday. Union boss Jane Roe went further.\n"We will be out again in April," Roe said.',
      },
    ]),
    createContext(),
  ).quotes;
  const role = found.find((q) => q.text.includes('out again'))?.speaker?.role;
  assert.deepEqual([role?.kind, role?.words, role?.evidence.articleId], ['group', 'Union boss', 'a2']);
});

test('speaker role: the words it is read from are cited where they stand', () => {
  const text = '"We will be back," said Ada Finch, a retired teacher.';
  const role = quotes(text)[0]?.speaker?.role;
  assert.ok(role);
  assert.equal(text.slice(role.evidence.span.start, role.evidence.span.end), 'teacher');
});

// review37-A F3/F5: a stance and an unresolved pronoun are marked on the Quote, for every section to read
test('quote flags: a stance told in the outlet’s words is nobody’s speech; speech is left unmarked', () => {
  const found = quotes(
    'Mayor Ilka Morrane refused to meet the swimmers outside the town hall. Budget officers want to slash the leisure budget. The mayor said the pool was too costly.',
  );
  const speech = (words: string) => found.find((q) => q.text.includes(words))?.speech;
  assert.equal(speech('meet the swimmers'), false);
  assert.equal(speech('slash the leisure'), false);
  assert.equal(speech('too costly'), undefined);
});

test('quote flags: a pronoun no one was found for is marked unresolved, a named speaker is not', () => {
  const found = quotes('"Nobody listened," she said.\n"We will be back," said Ada Finch.');
  const speaker = (words: string) => found.find((q) => q.text.includes(words))?.speaker;
  assert.deepEqual(speaker('Nobody listened'), { name: 'she', entityId: null, unresolved: true });
  assert.equal(speaker('be back')?.unresolved, undefined);
});
