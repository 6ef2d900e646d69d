import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs: the candidate tells the claim's thing without the word of kind that narrows it,
// tells another group in the group's place, or tells only a part of the group; and the pairs that
// must stay supports beside them.
const CASES: VerdictCase[] = [
  [
    'a plea is not a guilty plea',
    'Sgt. Ray Dunmore will enter a guilty plea in his desertion case on Monday.',
    'Sgt. Ray Dunmore will enter a plea in his desertion case on Monday.',
    'not supports',
  ],
  [
    'a ban is not a temporary ban',
    'The Vessmark council imposed a temporary ban on fishing in the bay on Monday.',
    'The Vessmark council imposed a ban on fishing in the bay on Monday.',
    'not supports',
  ],
  [
    'a deal is not a preliminary deal (past another adjective)',
    'Vessmark and Pellworth reached a preliminary harbour deal on Monday.',
    'Vessmark and Pellworth reached a harbour deal on Monday.',
    'not supports',
  ],
  [
    'the word of kind told on both sides',
    'Sgt. Ray Dunmore will enter a guilty plea in his desertion case on Monday.',
    'On Monday, Sgt. Ray Dunmore will enter a guilty plea in his desertion case.',
    'supports',
  ],
  [
    'a word of kind the candidate adds does not matter',
    'The Vessmark council imposed a ban on fishing in the bay on Monday.',
    'The Vessmark council imposed a temporary ban on fishing in the bay on Monday.',
    'supports',
  ],
  [
    'a governor is not a former governor (the word taken for a name)',
    'Former governor Ray Dunmore endorsed Ada Kowalczyk for the Senate on Monday.',
    'Governor Ray Dunmore endorsed Ada Kowalczyk for the Senate on Monday.',
    'not supports',
  ],
  [
    'a state judge is not a federal judge',
    'A federal judge blocked the Vessmark harbour plan on Monday.',
    'A state judge blocked the Vessmark harbour plan on Monday.',
    'not supports',
  ],
  [
    'closed is not temporarily closed',
    'The Vessmark council temporarily closed the harbour pier on Monday.',
    'The Vessmark council closed the harbour pier on Monday.',
    'not supports',
  ],
  [
    'rejected is not unanimously rejected',
    'The Vessmark council unanimously rejected the harbour plan on Monday.',
    'The Vessmark council rejected the harbour plan on Monday.',
    'not supports',
  ],
  [
    'sells to customers is not sells directly to customers',
    'Vessmark Systems will sell its harbour sensors directly to port operators from March.',
    'Vessmark Systems will sell its harbour sensors to port operators from March.',
    'not supports',
  ],
  [
    'directly told on both sides',
    'Vessmark Systems will sell its harbour sensors directly to port operators from March.',
    'From March, Vessmark Systems will sell its harbour sensors directly to port operators.',
    'supports',
  ],
  [
    'died is not died peacefully',
    'Ada Kowalczyk died peacefully at her home in Vessmark on Thursday.',
    'Ada Kowalczyk died at her home in Vessmark on Thursday.',
    'not supports',
  ],
  [
    'the lowest is not the second-lowest',
    'Vessmark had its second-lowest turnout in history in the vote on Monday.',
    'Vessmark had its lowest turnout in history in the vote on Monday.',
    'not supports',
  ],
  [
    'the same rank told on both sides',
    'Vessmark had its second-lowest turnout in history in the vote on Monday.',
    'In the vote on Monday, Vessmark had its second-lowest turnout in history.',
    'supports',
  ],
  [
    'claimed he won is not won',
    'Ray Dunmore won the Vessmark mayoral election in November.',
    'Ray Dunmore claimed he won the Vessmark mayoral election in November.',
    'not supports',
  ],
  [
    'insisted that it was is not was',
    'The harbour contract was legal, the Vessmark council said on Monday.',
    'The Vessmark council insisted on Monday that the harbour contract was legal.',
    'not supports',
  ],
  [
    'a claim told as a claim on both sides',
    'Ray Dunmore has claimed he was the victim of a smear campaign.',
    'Ray Dunmore has claimed he was the victim of a smear campaign in Vessmark.',
    'supports',
  ],
  [
    'another party in the same place ("Senate" shared beside it)',
    'Senate Republicans blocked two funding bills on Thursday.',
    'Senate Democrats blocked two funding bills on Thursday.',
    'not supports',
  ],
  [
    'the same party named in other words',
    'Senate Republicans blocked two funding bills on Thursday.',
    'Republicans in the Senate blocked two funding bills on Thursday.',
    'supports',
  ],
  [
    'some of a group is not the group',
    'Republicans in the Vessmark council voted against the harbour plan on Monday.',
    'Some Republicans in the Vessmark council voted against the harbour plan on Monday.',
    'not supports',
  ],
  [
    'several of the group is not the group',
    'Residents of Pellworth protested against the harbour plan on Monday.',
    'Several of the residents of Pellworth protested against the harbour plan on Monday.',
    'not supports',
  ],
  [
    'half of the group is not the group',
    'Voters in Vessmark back the harbour plan, a poll found on Monday.',
    'Half of the voters in Vessmark back the harbour plan, a poll found on Monday.',
    'not supports',
  ],
  [
    'a part told as a part on both sides',
    'Some Republicans in the Vessmark council voted against the harbour plan on Monday.',
    'Some Republicans in the Vessmark council voted against the harbour plan on Monday, officials said.',
    'supports',
  ],
  [
    'a woman is not told by "someone"',
    'Tom Ashby looked out the window and saw a woman fleeing the harbour office next door.',
    'Tom Ashby looked out his window and saw someone fleeing the harbour office next door.',
    'not supports',
  ],
  [
    'a man is not told by "a person"',
    'Police said a man was seen leaving the Vessmark depot before the fire on Monday.',
    'Police said a person was seen leaving the Vessmark depot before the fire on Monday.',
    'not supports',
  ],
  [
    '"someone" is told by a woman',
    'Tom Ashby looked out the window and saw someone fleeing the harbour office next door.',
    'Tom Ashby looked out his window and saw a woman fleeing the harbour office next door.',
    'supports',
  ],
  [
    'the kind of person told on both sides, "someone" beside it',
    'Tom Ashby said a woman fled the harbour office before someone called the police on Monday.',
    'A woman fled the harbour office on Monday before someone called the police, Tom Ashby said.',
    'supports',
  ],
  // midreview31 finding 3: the person noun stands elsewhere than "someone" (invented pairs)
  [
    'the speaker is not the "someone" she tells of',
    'The woman told police that someone had followed her home from the station.',
    'She told police that someone had followed her home from the station.',
    'supports',
  ],
  [
    'a speaker\'s apposition is not the "someone" she tells of',
    'Ada Brandt, a teacher, said someone had followed her home from the station.',
    'Ada Brandt said someone had followed her home from the station.',
    'supports',
  ],
];

describe('a kind, a group or a part the candidate tells otherwise', () => testVerdicts(CASES));
