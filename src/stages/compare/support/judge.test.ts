import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { modalityOf, type Verdict } from './index.ts';
import { clashVerdict, judgementOf } from './verdict-of.ts';

const verdictOf = (claim: string, evidence: string): Verdict => clashVerdict(judgementOf(claim, evidence));

// Invented sentences, each pair a case the comparison must get right.
const CASES: [string, string, string, Verdict][] = [
  [
    'a supporter names the places and people the claim names (two of three): a look-alike event does not',
    'A gang boss from Vessmark hanged himself in a Torrecava jail hours after his arrest.',
    'A gang boss hanged himself in a Torrecava jail hours after his arrest.',
    'related',
  ],
  [
    'a claim with no number or date needs more of its words told (0.57 of them is too few)',
    'The Vessmark council approved a costly plan for the old harbour pier.',
    'The Vessmark council approved a plan for the pier.',
    'related',
  ],
  [
    'the same share with a date the candidate holds is enough',
    'The Vessmark council approved a costly plan for the old harbour pier on Monday.',
    'The Vessmark council approved a plan for the pier on Monday.',
    'supports',
  ],
  [
    '"nearly" right before the verb: it did not happen',
    'The Vessmark ferry sank after hitting rocks.',
    'The Vessmark ferry nearly sank after hitting rocks.',
    'contradicts',
  ],
  [
    'the same participants, told in another order',
    'A gang boss from Vessmark hanged himself in a Torrecava jail hours after his arrest.',
    'Hours after his arrest, a gang boss from Vessmark hanged himself in a Torrecava jail.',
    'supports',
  ],
  [
    'a time told from another event ("the next day") is a date the evidence must hold',
    'A court officer in Vessmark was also killed outside the court and an off-duty officer the next day.',
    'Prosecutor Ana Bright said she has spoken with state attorneys about a possible trial in Vessmark for the killing of the off-duty officer.',
    'related',
  ],
  [
    'another wording of it holds it',
    'A court officer in Vessmark was also killed outside the court and an off-duty officer the next day.',
    'A court officer in Vessmark was also killed outside the court and an off-duty officer was killed a day later.',
    'supports',
  ],
  [
    'a "not" a scrape spaced out is a "not"',
    "The City Attorney's office in Vessmark said the case against Ray Dunmore hadn ’ t been submitted as of Tuesday.",
    "The City Attorney's office in Vessmark said the case against Ray Dunmore hadn't been submitted as of Tuesday.",
    'supports',
  ],
  [
    'what "be" says of the subject is its predicate: another thing said of the same conviction is not it',
    'Ray Dunmore was on probation for an earlier fraud conviction, the Vessmark police said.',
    'Vessmark police officer Ana Bright said Ray Dunmore had an earlier fraud conviction and that the results of his blood test are pending.',
    'related',
  ],
  [
    'what "be" says of the subject, told again',
    'Ray Dunmore was on probation for an earlier fraud conviction, the Vessmark police said.',
    'Ray Dunmore was on probation for an earlier fraud conviction at the time, police in Vessmark said.',
    'supports',
  ],
  [
    'two bounds that both allow a value do not state each other: "100" is not written',
    'Deputies chased the van through Vessmark at speeds of more than 100 mph before the driver stopped, the sheriff said.',
    'Deputies chased the van through Vessmark at speeds of up to 120 mph before the driver stopped, the sheriff said.',
    'related',
  ],
  [
    'a value within a bound states it',
    'Deputies chased the van through Vessmark at speeds of more than 100 mph before the driver stopped, the sheriff said.',
    'Deputies chased the van through Vessmark at speeds of 110 mph before the driver stopped, the sheriff said.',
    'supports',
  ],
  [
    'a number in a team name anchors nothing: the extra clause is not told',
    'The Harbour 49ers fired coach Ilse Brandt on Sunday, one day after the team continued its slide with a season-worst offensive effort, dpa reported.',
    'On Sunday, Brandt was fired as head coach of the Harbour 49ers.',
    'related',
  ],
  [
    "'he' after an opening phrase is unknown too",
    'In the sixth, he landed one punch.',
    'Okonjo, who famously beat Ray Lister to become champion of the world in 2019, barely landed a punch as the Estonian dominated the encounter from start to finish.',
    'related',
  ],
  [
    'the same meeting in other words',
    'Foreign Minister Ada Kowalczyk met Prime Minister Rui Tavares in Lisbon on Monday to discuss fishing quotas.',
    'Tavares hosted Kowalczyk in Lisbon on Monday, where the two discussed fishing quotas.',
    'supports',
  ],
  [
    'another amount for the same repair',
    'The Norhaven Regional Transport Authority estimated the repair at $48 million.',
    'Sources inside City Hall told the Beacon the repair bill could hit $65 million.',
    'contradicts',
  ],
  [
    'a longer closure (was contradicts; now related: a floor under a ceiling: both hold)',
    'The harbour board said the ferry pier will stay closed for at least six weeks.',
    'A dock worker warned the ferry pier could stay shut for up to three months.',
    'related',
  ],
  [
    'planned, then done',
    'The ministers will meet in Oslo on Friday to discuss the fishing deal.',
    'The ministers met in Oslo on Friday and discussed the fishing deal.',
    'planned-vs-happened',
  ],
  [
    'another day for one meeting',
    'Finance ministers Olsen and Varga signed the grain accord in Brannock on Tuesday.',
    'Finance ministers Olsen and Varga signed the grain accord in Brannock on Thursday.',
    'contradicts',
  ],
  [
    'the negation',
    'The council approved the harbour budget on Monday.',
    'The council did not approve the harbour budget on Monday.',
    'contradicts',
  ],
  [
    'same topic, other predicate',
    'Valdoria shared plans to crack down on smugglers at the northern border.',
    'Officials discussed the root causes of migration from Valdoria at the northern border.',
    'related',
  ],
  [
    'a number the evidence does not hold',
    'The storm killed 12 people in the coastal town of Ardmere on Sunday.',
    'The storm killed people in the coastal town of Ardmere on Sunday.',
    'related',
  ],
  [
    'a vaguer number does not state a precise one',
    'About 10,000 migrants crossed the river near Pellworth on Monday.',
    'Thousands of migrants crossed the river near Pellworth on Monday.',
    'related',
  ],
  [
    'a precise number states a vague one',
    'Thousands of migrants crossed the river near Pellworth on Monday.',
    'About 10,000 migrants crossed the river near Pellworth on Monday.',
    'supports',
  ],
  [
    'a visit is not a follow-up meeting',
    'Envoys from Valdoria will hold a follow-up meeting with Ostland officials in January.',
    'Envoys from Valdoria visited Ostland on Wednesday to discuss the border.',
    'related',
  ],
  [
    'a quotation is not stated by the outlet’s own sentence on its topic',
    '“We have always talked about addressing the causes of migration.”',
    'Valdoria shared plans during the talks, aligning with its focus on addressing the causes of migration.',
    'related',
  ],
  [
    'called off is not held',
    'Envoys held talks on the water treaty in Carvonne on Tuesday.',
    'Envoys cancelled talks on the water treaty in Carvonne on Tuesday.',
    'related',
  ],
  [
    'the same weekday holds a weekday',
    'The harbour council voted on the budget on Wednesday.',
    'On Wednesday the harbour council voted on the budget.',
    'supports',
  ],
  [
    'a weekday is no calendar date',
    'The harbour council voted on the budget on Wednesday, March 4.',
    'The harbour council voted on the budget on Wednesday.',
    'related',
  ],
  [
    'a record not written',
    'The Falcons are 7-7 and were eliminated from the playoffs on Sunday.',
    'The Falcons were eliminated from the playoffs on Sunday.',
    'related',
  ],
  [
    '"this week" is no day',
    'Two men were charged in the robbery of a jeweller in Dunmore this week.',
    'Two men were charged in the robbery of a jeweller in Dunmore.',
    'related',
  ],
  [
    'a few weeks is a length',
    'The ferry pier in Dunmore has been closed for a few weeks after the storm.',
    'The ferry pier in Dunmore has been closed after the storm.',
    'related',
  ],
  [
    'a fragment asserts nothing',
    'Senator Ada Brook (D-Ore.)',
    'Senator Ada Brook (D-Ore.) announced a bill on ferry safety.',
    'related',
  ],
  [
    'another sentence for someone unknown',
    'He was sentenced to 12 years in prison.',
    'Marco Ferrante was sentenced to seven years in prison.',
    'related',
  ],
  [
    'a part is not another amount',
    'The port will pay $334 million for the shipyard, including $281 million in cash.',
    'The port will pay $334 million in cash and bonds for the shipyard.',
    'related',
  ],
];

describe('a candidate sentence against a claim', () => {
  for (const [name, claim, evidence, expected] of CASES)
    test(name, () => assert.equal(verdictOf(claim, evidence), expected));
});

describe('modality of a clause', () => {
  const tokensOf = (text: string) => {
    const [doc] = segmentAll([articleFromText('a', text)], createContext());
    return doc?.sentences[0]?.tokens ?? [];
  };
  const MOODS: [string, string, boolean][] = [
    ['The ministers will meet on Friday.', 'planned', false],
    ['The ministers met on Friday.', 'happened', false],
    ['Engineers expect the closure to last six weeks.', 'planned', false],
    ['The bridge could stay shut for months.', 'hypothetical', false],
    ['The talks failed to produce a plan.', 'happened', true],
    ['The council did not approve the budget.', 'happened', true],
    ['The mayor said the city would meet the union on Tuesday.', 'planned', false],
    // the month May is no modal
    ['On May 4 the Velmar council voted to close the pier.', 'happened', false],
    ['The Velmar council may vote to close the pier.', 'hypothetical', false],
  ];
  for (const [text, modality, negated] of MOODS)
    test(text, () => {
      const mood = modalityOf(tokensOf(text));
      assert.deepEqual([mood.modality, mood.negated], [modality, negated]);
    });
});
