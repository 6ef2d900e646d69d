import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type IndirectCase, indirectQuotes, testIndirectCases } from './fixtures/indirect-cases.ts';

/** [rule, sentence, expected content, expected speaker name]: more indirect speech. */
const FOUND: IndirectCase[] = [
  [
    'a speaker after a debate',
    'After the debate, Ann Wu said the race was close.',
    'the race was close',
    'Ann Wu',
  ],
  [
    'the agent of a participle after the speaker noun is not the speaker',
    'Analysts polled by the Harbour Times say the ferry deal is good.',
    'the ferry deal is good',
    'Analysts',
  ],
  [
    'an event noun that only ends a modifier of the speaker',
    'People involved in the negotiations said the harbor deal was close.',
    'the harbor deal was close',
    'People involved in the negotiations',
  ],
  [
    'a date before the comma after a set-off cue',
    'The morning ferries are full, officials said Tuesday, as the bridge stayed shut.',
    'The morning ferries are full',
    'officials',
  ],
  [
    'an intention with an infinitive',
    'Mayor Ann Wu wants to close the old harbor road.',
    'to close the old harbor road',
    'Ann Wu',
  ],
  [
    'a raising verb before a speech verb keeps the speech verb’s content',
    'Mayor Ann Wu wanted to say that the old bridge was safe.',
    'the old bridge was safe',
    'Ann Wu',
  ],
  [
    '"called" naming its object',
    'Ann Wu called the plan a disaster for the whole town.',
    'the plan a disaster for the whole town',
    'Ann Wu',
  ],
  [
    'a naming verb with "as"',
    'Governor Tom Reyes painted his rival as a friend of the big banks.',
    'his rival as a friend of the big banks',
    'Tom Reyes',
  ],
  [
    'a judging verb with "for"',
    'Mayor Ann Wu attacked the port board for its late repairs.',
    'the port board for its late repairs',
    'Ann Wu',
  ],
  [
    'a verb of thought before "that"',
    'Governor Tom Reyes understood that the vote would fail.',
    'the vote would fail',
    'Tom Reyes',
  ],
  [
    'a judging participle after a comma',
    'Mayor Ann Wu spoke for an hour, attacking the port board for its late repairs.',
    'the port board for its late repairs',
    'Ann Wu',
  ],
  [
    'the topic after "talked about"',
    'Mayor Ann Wu talked about the cost of the new bridge.',
    'the cost of the new bridge',
    'Ann Wu',
  ],
  [
    'a headline with a speaker and a colon',
    'Mayor Ann Wu: Harbor Bridge Will Reopen in May\n\nThe bridge closed in March after a storm.',
    'Harbor Bridge Will Reopen in May',
    'Ann Wu',
  ],
  [
    'a possessor’s claim with "that"',
    'Residents laughed at Ann Wu’s claim that the bridge was safe.',
    'the bridge was safe',
    'Ann Wu',
  ],
  [
    'a possessor’s plan with an infinitive',
    'Residents welcomed Ann Wu’s plan to rebuild the harbor wall.',
    'to rebuild the harbor wall',
    'Ann Wu',
  ],
  [
    'a claim stated by a copula',
    'Ann Wu’s position is that the bridge must be rebuilt.',
    'the bridge must be rebuilt',
    'Ann Wu',
  ],
  [
    'a claim noun voiced by the subject',
    'Governor Tom Reyes expressed concern that the dam could fail.',
    'the dam could fail',
    'Tom Reyes',
  ],
  [
    '"in X’s view"',
    'In Ann Wu’s view, the old bridge should be torn down.',
    'the old bridge should be torn down',
    'Ann Wu',
  ],
  [
    'a stance verb with a noun phrase',
    'Governor Tom Reyes defended his plan for the harbor tunnel.',
    'his plan for the harbor tunnel',
    'Tom Reyes',
  ],
  [
    'an aside after "that"',
    'Mayor Ann Wu joked that, among the ferry crews, she was the worst sailor.',
    'among the ferry crews, she was the worst sailor',
    'Ann Wu',
  ],
  [
    'a speech participle opening the sentence',
    'Citing the damage from the storm, Mayor Ann Wu closed the bridge.',
    'the damage from the storm',
    'Ann Wu',
  ],
  [
    'a published document',
    'Mayor Ann Wu issued a statement on the closure of the bridge.',
    'a statement on the closure of the bridge',
    'Ann Wu',
  ],
  [
    'an aside after the subject of a "that" clause',
    'Governor Tom Reyes understood that the crews, led by Lars Holm, would finish by May.',
    'the crews, led by Lars Holm, would finish by May',
    'Tom Reyes',
  ],
  [
    '"made it clear"',
    'Mayor Ann Wu made it clear she would not run again.',
    'she would not run again',
    'Ann Wu',
  ],
  [
    'a list of places after a group noun is part of the group, not the speaker',
    'Residents of Ashby, Lorne and Pell County told the radio station that the river had risen overnight.',
    'the river had risen overnight',
    'Residents of Ashby, Lorne and Pell County',
  ],
  [
    'a paper whose name ends in a party label is its whole name',
    'The Kestrel Valley Press Democrat reported that the mill would close in June.',
    'the mill would close in June',
    'Kestrel Valley Press Democrat',
  ],
  [
    '"informed" with its hearer',
    'Harbour master Ann Lark informed the crews that the pier would stay shut until May.',
    'the pier would stay shut until May',
    'Ann Lark',
  ],
  [
    'a degree between commas after a name ends the name, before an aside',
    "Jorge Ruiz, MD, the clinic's director, said the ward had run out of beds.",
    'the ward had run out of beds',
    'Jorge Ruiz',
  ],
  [
    'a person before a bare possessive only owns the speaker',
    "Dr. Ann Collins' colleagues said she was a natural choice for the post.",
    'she was a natural choice for the post',
    "Dr. Ann Collins' colleagues",
  ],
];

testIndirectCases(FOUND);

test('indirect: "the authority" is the body of that name named before', () => {
  const quotes = indirectQuotes(
    'According to the Northern Rail Authority, the line will reopen on Friday. The authority also said that new trains had been ordered.',
  );
  assert.deepEqual(
    quotes.map((q) => q.speaker?.name),
    ['Northern Rail Authority', 'Northern Rail Authority'],
  );
});

test('indirect: a person the reported words name is not the pronoun that closes them', () => {
  const quotes = indirectQuotes(
    'Jose Ortega was arrested at midnight, Sgt. Tom Reyes said.\n\nNo shots were fired when Ortega was arrested, he added.',
  );
  assert.equal(quotes.at(-1)?.text, 'No shots were fired when Ortega was arrested');
  assert.equal(quotes.at(-1)?.speaker?.name, 'Tom Reyes');
});
