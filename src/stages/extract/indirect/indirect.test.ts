import { type IndirectCase, testIndirectCases } from './fixtures/indirect-cases.ts';

/** [rule, sentence, expected content, expected speaker name]. */
const FOUND: IndirectCase[] = [
  [
    'adverb before the cue',
    'Mayor Ann Wu now says the bridge will reopen in May.',
    'the bridge will reopen in May',
    'Ann Wu',
  ],
  [
    'auxiliary before the cue',
    'Governor Tom Reyes has said that the budget will be cut next year.',
    'the budget will be cut next year',
    'Tom Reyes',
  ],
  [
    'date between speaker and cue',
    'Senator Ola Berg on Tuesday said the vote would be delayed.',
    'the vote would be delayed',
    'Ola Berg',
  ],
  [
    'a date before the speaker is when, not who',
    'On Monday the port authority announced that the harbour would close.',
    'the harbour would close',
    'port authority',
  ],
  [
    'aside between speaker and cue',
    'Ann Wu, the director of the port authority in the northern city, said the cranes were too old.',
    'the cranes were too old',
    'Ann Wu',
  ],
  [
    'name in the aside',
    "The port's chief engineer, Lars Holm, said the cranes were too old.",
    'the cranes were too old',
    'Lars Holm',
  ],
  [
    'cue after "who"',
    'Residents thanked Lars Holm, who said the cranes would be replaced soon.',
    'the cranes would be replaced soon',
    'Lars Holm',
  ],
  [
    'participle after a comma',
    'Mayor Ann Wu closed the bridge, adding that it would reopen in May.',
    'it would reopen in May',
    'Ann Wu',
  ],
  [
    'coordinated cue',
    'Mayor Ann Wu toured the docks and said the repairs would take a year.',
    'the repairs would take a year',
    'Ann Wu',
  ],
  [
    'a hearer before a pronoun subject, no "that"',
    'Ann Wu told voters she would cut taxes in her first year.',
    'she would cut taxes in her first year',
    'Ann Wu',
  ],
  [
    'a named hearer before a pronoun subject',
    'Mayor Tom Reyes told the Harbor Gazette he was not expecting more delays.',
    'he was not expecting more delays',
    'Tom Reyes',
  ],
  [
    'a hearer before a subject that opens with a number',
    'Mayor Tom Reyes told the Harbor Gazette four piers had been closed.',
    'four piers had been closed',
    'Tom Reyes',
  ],
  [
    'a hearer before a subject that opens with an article',
    'Mayor Ann Wu told reporters the bridge was safe.',
    'the bridge was safe',
    'Ann Wu',
  ],
  ['a pronoun hearer', 'Mayor Ann Wu told him she would resign in May.', 'she would resign in May', 'Ann Wu'],
  [
    'hearer and date before "that"',
    'Ann Wu told reporters on Monday that the bridge was safe.',
    'the bridge was safe',
    'Ann Wu',
  ],
  [
    'progressive cue tagged as an adjective',
    'Mayor Ann Wu is promising to rebuild the old harbor wall.',
    'to rebuild the old harbor wall',
    'Ann Wu',
  ],
  ['progressive cue', 'Mayor Ann Wu is warning that the dam could fail.', 'the dam could fail', 'Ann Wu'],
  [
    'speech act with an infinitive',
    'Governor Tom Reyes vowed to rebuild every school in the county.',
    'to rebuild every school in the county',
    'Tom Reyes',
  ],
  [
    'hearer before an infinitive',
    'Governor Tom Reyes urged lawmakers to pass the budget before June.',
    'lawmakers to pass the budget before June',
    'Tom Reyes',
  ],
  [
    'called for',
    'Governor Tom Reyes called for a ban on night flights.',
    'a ban on night flights',
    'Tom Reyes',
  ],
  [
    'a poll finds',
    'The survey found that most residents supported the new harbor plan.',
    'most residents supported the new harbor plan',
    'survey',
  ],
  [
    'content before a speaker with an aside',
    'The old bridge is safe, Ann Wu, the mayor, said.',
    'The old bridge is safe',
    'Ann Wu',
  ],
  [
    'inverted cue with an appositive',
    'The old bridge is safe, said Ann Wu, the mayor of the town.',
    'The old bridge is safe',
    'Ann Wu',
  ],
  [
    'cue set off by commas',
    'The old bridge was safe, Ann Wu said, until the storm came.',
    'The old bridge was safe',
    'Ann Wu',
  ],
  [
    'prepositional phrase before the reported subject',
    'Ann Wu said after the meeting she would resign in June.',
    'she would resign in June',
    'Ann Wu',
  ],
  [
    'a date that is the reported subject',
    'Ann Wu said next year’s budget would be smaller.',
    'next year’s budget would be smaller',
    'Ann Wu',
  ],
  [
    'a new clause after ", and"',
    'Ann Wu said the bridge would stay shut for a month, and the port has not said when it will reopen.',
    'the bridge would stay shut for a month',
    'Ann Wu',
  ],
  [
    'a verb after ", but" goes on with the same content',
    'Ann Wu said the port had nearly closed on Friday, but stayed open after the storm.',
    'the port had nearly closed on Friday, but stayed open after the storm',
    'Ann Wu',
  ],
  [
    'a dateline before the content',
    'HARBOURTON, May 2 (AP) — The night ferry will stop running in June, the port authority said.',
    'The night ferry will stop running in June',
    'port authority',
  ],
  [
    'a threat of a body',
    'The drivers’ union threatened to strike on Monday.',
    'to strike on Monday',
    'drivers’ union',
  ],
  [
    'a party-state tag after the name ends no sentence',
    'Sen. Ann Roe (D-N.Y.), hours after she met the mayor, said the bill would pass this week.',
    'the bill would pass this week',
    'Ann Roe',
  ],
  [
    'a surname wink reads as an auxiliary',
    'Das said the bridge would open on Monday.',
    'the bridge would open on Monday',
    'Das',
  ],
];

testIndirectCases(FOUND);
