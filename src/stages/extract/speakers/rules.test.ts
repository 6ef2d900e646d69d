import { type SpeakerCase, testSpeakerCases } from './fixtures/speaker-cases.ts';

/** Where the speaker phrase of a quote starts and ends: cues, asides, datelines, modifiers. */
const CASES: SpeakerCase[] = [
  [
    'a speaker noun tagged as an adjective heads the phrase',
    '“There is no good answer here,” one Nebraska Democratic operative said.',
    'Nebraska Democratic operative',
    'one Nebraska Democratic operative',
  ],
  [
    'was quoted as saying',
    'Tom Reyes runs the port.\n\nAnna Lind spoke first.\n\n“The harbor is safe,” she was quoted as saying.',
    'Anna Lind',
    'she',
  ],
  [
    'a quote ending in a comma is the object of any verb after the next name',
    '“We will not pay another cent,” Karen Olso, the owner of the dairy, notified the board on Monday.',
    'Karen Olso',
    'Karen Olso',
  ],
  [
    'a quote ending in a full stop is not the object of the next sentence',
    'The dairy closed.\n\n“We will not pay another cent.” Karen Olso notified the board on Monday of the plan.',
    null,
    null,
  ],
  [
    'auxiliaries between the speaker and the cue',
    'Tom Reyes spoke first.\n\nAnn Wu told reporters she had warned them: “The bridge will fall.”',
    'Ann Wu',
    'she',
  ],
  [
    'a quote after a comma with no cue belongs to the subject, after an opening participle and an aside',
    'Lee Park spoke first.\n\nRushing into the hall, Senator Ann Wu, a Republican, called over her shoulder, “The plan is dead.”',
    'Ann Wu',
    'Senator Ann Wu',
  ],
  [
    'a subject followed by two asides',
    'Lee Park spoke first.\n\nOne early backer, Senator Ann Wu, Republican of Nebraska, gave it a try on Tuesday: “The plan is dead.”',
    'Ann Wu',
    'Senator Ann Wu',
  ],
  [
    'a long list of names between the quote and the cue',
    'Lee Park spoke first.\n\n“The dam will hold,” engineers Ann Wu and Tom Reyes of the Lakeside Institute for Water and Power Studies wrote in May.',
    // two people, as "Ann Wu and Tom Reyes of Lakeside Institute wrote" gives them (Tom Reyes "of the"
    // a body was read as one organisation before midreview34 #2's fix)
    'Ann Wu and Tom Reyes',
    'engineers Ann Wu and Tom Reyes of the Lakeside Institute',
  ],
  [
    'a relative clause after an inverted cue is not part of the speaker',
    'Lee Park spoke first.\n\n“No way,” wrote a town critic who runs the blog.',
    'town critic',
    'a town critic',
  ],
  [
    'a name before a role noun only modifies it',
    'Lee Park spoke first.\n\n“No way,” said a Park supporter.',
    'Park supporter',
    'a Park supporter',
  ],
  [
    'an opening adverbial phrase before the subject',
    'Lee Park spoke first.\n\nEarly in her campaign, Ann Wu attacked the mayor, calling him “a failed leader of the city.”',
    'Ann Wu',
    'Ann Wu',
  ],
  [
    'a weak cue inverted before a document',
    'Lee Park spoke first.\n\n“Duty and honor,” read a banner on his porch.',
    'banner',
    'a banner',
  ],
  [
    'a raising verb before the cue',
    'Ann Wu spoke first.\n\n“It is finally over,” Lee Park is expected to say.',
    'Lee Park',
    'Lee Park',
  ],
  [
    'a quote that runs on into the sentence before an inverted cue',
    'Ann Wu spoke first.\n\n“We can now move on and stop” the flood, said Kara Jansen, the head of the board.',
    'Kara Jansen',
    'Kara Jansen',
  ],
  [
    'a name and an aside before the cue keep the speaker, whatever follows the cue',
    'Ann Wu spoke first.\n\n“The veto will fall,” Senate Leader Tom Reyes, R-Ky., said Tuesday.',
    'Tom Reyes',
    'Senate Leader Tom Reyes',
  ],
  [
    'a speaker after a comma-ended quote outranks a cue before the colon',
    'The letter covered the plan it said the mayor had made: “We stand with the mayor,” the union wrote.',
    'union',
    'the union',
  ],
  [
    'a passive cue before the quote: the words are the asker’s, and no earlier speaker is borrowed',
    '“We are ready,” Lee Park said.\n\nAnn Wu was asked, “Would you have told her?”',
    null,
    null,
  ],
  [
    'a dateline before the subject',
    'WASHINGTON — Sen. Ann Wu (D-Nebraska) on Tuesday compared the plan to “a house of cards in a storm.”',
    'Ann Wu',
    'Sen. Ann Wu',
  ],
  [
    'a date that leads the phrase before the cue tells when, not who',
    'Ann Wu spoke first.\n\nLast week the port authority said: “The pier stays shut.”',
    'port authority',
    'the port authority',
  ],
  [
    'a date that owns what follows stays in the phrase',
    'Ann Wu spoke first.\n\nYesterday’s statement said: “The pier stays shut.”',
    'Yesterday’s statement',
    'Yesterday’s statement',
  ],
  [
    'a weak cue inverted before a phrase that names a document',
    'Lee Park spoke first.\n\n“The mayor has no plan at all,” reads an editorial in The Harbor Gazette.',
    'editorial in The Harbor Gazette',
    'an editorial in The Harbor Gazette',
  ],
  [
    'a participle after a comma takes the subject of the last finite cue',
    '“It is time,” Lee Park said during a panel, remarking that the mayor “paid a very heavy price for the delay.”',
    'Lee Park',
    'Lee Park',
  ],
  [
    'an aside after auxiliaries',
    'Ann Wu spoke first.\n\nThe issue came up after Lee Park, asked about the delay, had said, “We do plenty of waiting.”',
    'Lee Park',
    'Lee Park',
  ],
  [
    'a cue coordinated with an earlier verb',
    'Tom Reyes spoke first.\n\nWhen Anna Lind was asked about it, she laughed and said, “We will see.”',
    'Anna Lind',
    'she',
  ],
  [
    'an opening phrase and a dashed aside before the cue',
    'Ann Wu spoke first.\n\nOn Friday, Lee Park — named by the paper as the leading choice — told reporters that “you have to take it very seriously.”',
    'Lee Park',
    'Lee Park',
  ],
  [
    'a hyphened modifier before the name',
    'Ann Wu spoke first.\n\n"The plan is failing," Nebraska-based Tom Mackey said.',
    'Tom Mackey',
    'Nebraska-based Tom Mackey',
  ],
  [
    'a possessive apostrophe after the name is no quote mark',
    'Ann Wu spoke first.\n\n"The plan is failing," Lee Park, Reyes\' campaign manager, said in a statement.',
    'Lee Park',
    'Lee Park',
  ],
  [
    'a sentence opening with a conjunction, and a speech verb of mockery',
    'Ann Wu spoke first.\n\nAnd Lee Park gloated: "I told you the plan would fail."',
    'Lee Park',
    'Lee Park',
  ],
  [
    'any preposition after a speaker noun stays in the phrase',
    'Ann Wu spoke first.\n\n“The bill is too high,” officials inside City Hall said.',
    'officials inside City Hall',
    'officials inside City Hall',
  ],
  [
    'an apostrophe a tokeniser spaced from its "s" stays in the phrase',
    'Ray Dunmore was arrested.\n\n“The case has not been submitted,” Ann Wu ’ s office said.',
    'Ann Wu',
    'Ann Wu ’ s office',
  ],
  [
    'what was said is no speaker, and a quote its paragraph ends finds none in the next one',
    'The jury could not agree.\n\n“I believe Tom Reyes did not win.\n\nIn his own words, he said the pier is not his.',
    null,
    null,
  ],
];

testSpeakerCases(CASES);
