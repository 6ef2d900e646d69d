import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type StoryExtraction } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

function run(...texts: string[]): StoryExtraction {
  return extract()(storyFromTexts(texts.map((text, i) => ({ id: `a${i + 1}`, text }))), createContext());
}

const SPEAKER_RULES: [string, string, string | null][] = [
  ['coordinated cue', 'Anna Lind praised the crews and said: “They saved the town.”', 'Anna Lind'],
  ['coordinated cue, common-noun subject', 'The crews thanked Anna Lind and said: “We are grateful.”', null],
  [
    'cue after a dashed aside',
    'Anna Lind, the head of a small firm -- which also owns a bakery -- told me, “We sell bread.”',
    'Anna Lind',
  ],
  ['as X put it', 'As Anna Lind put it, the plan is “a disaster for everyone here.”', 'Anna Lind'],
  [
    'put it without as',
    'Tom Reyes put it in the shed. The roof was “a disaster for everyone here and there.”',
    null,
  ],
  [
    'subject of the sentence before',
    'Tom Reyes restricted his comments to the budget.\n\n“It never worked.”',
    'Tom Reyes',
  ],
  ['sentence before without a person', 'The talks ended late.\n\n“It never worked.”', null],
  [
    'sentence before closing with its cue: the cue speaks, not the subject',
    'Tom Reyes is also probably more cautious than most mayors, Dr. Lena Ostrova said.\n\n“Maybe the council saw that in him.”',
    'Lena Ostrova',
  ],
  [
    'a person named as an owner in an aside is not whom "he" stands for',
    "Tom Reyes, a planner and a former member of Governor Piet Vos's housing board, said the plan was sound.\n“A pier is a wise choice” for the town, he said.",
    'Tom Reyes',
  ],
  [
    'role subject of a coordinated cue',
    'The harbor minister also toured the docks and vowed: “We will rebuild.”',
    'harbor minister',
  ],
  [
    'adverb tagged as a verb before the cue',
    'Ann Wu runs the paper. Sales were weak.\n\n“Sales fell. They have recovered since then,” she further wrote.',
    'Ann Wu',
  ],
  ['sings', '“Keep your head up,” Ann Wu sings in the new video.', 'Ann Wu'],
  [
    'a name that modifies a noun is no one "he" stands for ("his Oscar role")',
    'Tom Reed was abroad on Friday when his Kestrel role was announced. “I never imagined it,” he said.\n\nHis son is Kestrel Moss.',
    'Tom Reed',
  ],
  [
    'exclamation, then the speaker with a quoted nickname',
    '“We will win this seat!” The mayor\'s niece, Del. Ann "Annie" Wu (D-Va.), shouted to the crowd.',
    "mayor's niece",
  ],
  [
    'a long sentence after a finished quote is not its attribution',
    '“We will win this seat.” The crowd in the great hall cheered and sang along for hours.',
    null,
  ],
  [
    'person opening the sentence of a partial quote, not the last speaker',
    '“The veto will fail,” Ann Wu said.\n\nSenator Tom Reyes, R-Va., despite his doubts about “lawyers trying to get rich quick,” backed the bill.',
    'Tom Reyes',
  ],
  [
    'organisation opening the sentence of a partial quote',
    'Acme Corp, despite its doubts about “lawyers trying to get rich quick,” backed the bill.',
    null,
  ],
  [
    'cue tagged as a noun after a name',
    'The Daily Planet reports that the mayor left early to “keep the details of the deal under wraps.”',
    'Daily Planet',
  ],
  [
    'plural noun after a common noun is no cue',
    'The city reports that the mayor left early to “keep the details of the deal under wraps.”',
    null,
  ],
  [
    'as X put it, after the quote',
    'The plan is “a disaster for everyone here,” as Anna Lind put it.',
    'Anna Lind',
  ],
  [
    'a cue after "while" belongs to another clause',
    'The plan looked like “a good start for the city,” while most experts said it was weak.',
    null,
  ],
  [
    'partial quote, subject before a parenthesis and an aside',
    'Senator Tom Reyes (D-Va.), in particular, has been pounding the mayor as a “con artist” for weeks.',
    'Tom Reyes',
  ],
  [
    'partial quote, common-noun subject before a parenthesis',
    'The old plan (drafted in 2019) was called “a scheme for the rich and nobody else” in the press.',
    null,
  ],
  [
    "partial quote named by a passive naming verb: the namer's, not the subject's",
    'Senator Tom Reyes was among three senators labeled “enemies of the harbour” by the union on Sunday.',
    null,
  ],
  [
    "partial quote after an active naming verb: the subject's",
    'Senator Tom Reyes has called the harbour plan a “scheme for the rich” twice this year.',
    'Tom Reyes',
  ],
  [
    'partial quote, name in the aside after a common-noun subject',
    'Another critic, Lee Park, likened the rules to “burning the house down” last week.',
    'Lee Park',
  ],
  [
    'partial quote, lower-case aside after a common-noun subject',
    'Another plan, the park scheme, likened the rules to “burning the house down and the barn” last week.',
    null,
  ],
  [
    'partial quote, role-noun subject',
    "The city's spokesman called the proposal a “cruel joke” on Monday.",
    "city's spokesman",
  ],
  [
    'agent of a passive speech verb',
    'Ann Wu sang at the fair.\n\n“Home by the River” was written by Tom Reyes after the flood.',
    'Tom Reyes',
  ],
  [
    'passive speech verb without an agent',
    'The fair ended late.\n\n“Keep the river clean” was written on the wall of the hall.',
    null,
  ],
  ['inverted cue, a name in apposition to the role', '“Why now?” asked the mayor, Ana Berg.', 'Ana Berg'],
  [
    'inverted cue, a name in apposition, more after it',
    '“We are ready,” said the coach, Marta Lind, after the game.',
    'Marta Lind',
  ],
  ['inverted cue, a day after the role', '“We are ready,” said the coach, Friday, at the club.', 'coach'],
  [
    'sentence split at a parenthesis',
    'Sen. Ann Wu (D-Mo.) scolded him: “The plan is a total failure.”',
    'Ann Wu',
  ],
  // a modifier the tagger reads as a verb between an inverted cue and a role before a name
  [
    'inverted cue, a role with a modifier read as a verb',
    'Prosecutors said the case was strong.\n\n“You have heard the defendant argue about his rights,” said lead prosecutor Tom Reyes.',
    'Tom Reyes',
  ],
  [
    'a speech participle after a passive of hearing',
    '“A good wife keeps the peace,” Tom Reyes was heard saying.',
    'Tom Reyes',
  ],
  [
    'the same, after a modal',
    '“A good wife keeps the peace,” Tom Reyes can be heard saying on the tape.',
    'Tom Reyes',
  ],
  // a place before the head of a body's phrase says only where it is
  [
    'a place before the head of the phrase',
    "“The port had erred,” the Nebraska Attorney General's office said on Monday.",
    "Nebraska Attorney General's office",
  ],
  // the subject of a passive says nothing: the words are the charge's or the church's
  [
    'subject of a passive',
    'Tom Reyes, who owns two boats, is charged with “running a ferry without a licence” since May.',
    null,
  ],
  [
    'subject of a passive after "has been"',
    'Tom Reyes has been charged with “running a ferry without a licence” since May.',
    null,
  ],
  [
    'subject of a passive, a term named in a clause after it',
    'He is accused of selling tickets in what his firm calls “harbour passes for families.”',
    null,
  ],
  [
    'people named in what the sentence before reports are not whom "he" stands for; its speaker is',
    'Harbour Minister Tom Reyes confirmed that Piet Vos and Lars Holm were arrested.\n\nReyes said Vos is alleged to own 20 boats, while Holm is accused of owning two boats.\n\n“This has been a very complex issue,” he told reporters.',
    'Tom Reyes',
  ],
  [
    'the subject of a verb that reports, whatever its noun, not the speaker of the sentence before',
    'Ann Lind says she wants to act "quickly" on it. The complaint accuses Tom Reyes of having "used the power of his office" to win.',
    'complaint',
  ],
];

for (const [name, text, speaker] of SPEAKER_RULES) {
  test(`quote speaker: ${name}`, () => {
    // the quote under test is the article's last direct or partial one
    const quotes = run(text).quotes.filter((q) => q.kind !== 'indirect');
    assert.ok(quotes.length >= 1, JSON.stringify(quotes));
    assert.equal(quotes.at(-1)?.speaker?.name ?? null, speaker);
  });
}

test('a quote that borrows the speaker of the cue closing the sentence before leaves that cue to its report', () => {
  const text =
    'Tom Reyes is also probably more cautious than most mayors, Dr. Lena Ostrova said.\n\n“Maybe the council saw that in him.”';
  const reported = run(text).quotes.find((q) => q.kind === 'indirect');
  assert.equal(reported?.speaker?.name, 'Lena Ostrova');
  assert.match(reported?.text ?? '', /^Tom Reyes is also probably more cautious/);
});

test('a partial quote told by the subject of a verb that reports leaves that verb to its report', () => {
  const text = 'The complaint accuses Tom Reyes of having "used the power of his office" to win the vote.';
  const reported = run(text).quotes.find((q) => q.kind === 'indirect');
  assert.equal(reported?.speaker?.name, 'complaint');
});
