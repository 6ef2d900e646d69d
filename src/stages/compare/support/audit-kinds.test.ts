import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs for the kinds of false support found by the blind dev audit round
// dev-support-2026-12-04 (issue 10): each first row fails without its rule, the rows after it keep
// a true support.
const CASES: VerdictCase[] = [
  // a source named on one side, another name's office on the other (reporters.ts)
  [
    'a source is not another name’s office',
    'The Vessmark Harbour Authority said the trawler sank 12 miles west of Pellworth.',
    'Valdoria’s maritime agency said the trawler sank 12 miles west of Pellworth.',
    'not supports',
  ],
  [
    'a source told as the office of a place it names',
    'The Vessmark Harbour Authority said the trawler sank 12 miles west of Pellworth.',
    'Vessmark’s harbour authority said the trawler sank 12 miles west of Pellworth.',
    'supports',
  ],
  // an item of a list the tagger reads as verbs (-ing forms) (details.ts)
  [
    'a list of activities with one left out',
    'Dunmore was arrested in Vessmark for burglary, gambling, bookmaking, and arson.',
    'In Vessmark, Dunmore was arrested for burglary, bookmaking, and arson.',
    'not supports',
  ],
  [
    'a list of activities all told',
    'Dunmore was arrested in Vessmark for burglary, gambling, bookmaking, and arson.',
    'In Vessmark, Dunmore was arrested for gambling, arson, bookmaking and burglary.',
    'supports',
  ],
  // a plan word with a thing after "for" is the predicate (reading.ts)
  [
    'preparing for an inquiry is not an inquiry supported',
    'Vessmark councillors are preparing for a long inquiry into the harbour contract.',
    'Most residents support the long inquiry into the harbour contract by Vessmark councillors.',
    'not supports',
  ],
  [
    'preparing for an inquiry told again',
    'Vessmark councillors are preparing for a long inquiry into the harbour contract.',
    'Vessmark councillors were preparing for a long inquiry into the harbour contract.',
    'supports',
  ],
  // "not only … but" adds, it does not deny (modality.ts, reading.ts)
  [
    'never a coach is not stated by "not only"',
    'Ada Kowalczyk has never been a coach in Vessmark.',
    'Ada Kowalczyk has experience as a coach in Vessmark and is familiar not only with the players but with the town.',
    'not supports',
  ],
  [
    'a coach stated beside "not only"',
    'Ada Kowalczyk has been a coach in Vessmark.',
    'Ada Kowalczyk has been a coach in Vessmark and knows not only the players but the town.',
    'supports',
  ],
  // the noun said of the subject after "be" is the last of a run of nouns (reading.ts)
  [
    'in police custody is not told by "according to police"',
    'The Vessmark gunman is in police custody.',
    'The Vessmark gunman had argued with his neighbours for years, according to police.',
    'not supports',
  ],
  [
    'in police custody told as in custody',
    'The Vessmark gunman is in police custody.',
    'The Vessmark gunman is now in custody, police said.',
    'supports',
  ],
  // a cause the claim gives ("because of", "due to") must be told (details.ts)
  [
    'a cause left out',
    'The Vessmark Rovers placed Dunmore on injured reserve on Wednesday because of an ankle injury.',
    'Dunmore was placed on injured reserve by the Vessmark Rovers on Wednesday, ending his season.',
    'not supports',
  ],
  [
    'a cause told in other words',
    'The Vessmark Rovers placed Dunmore on injured reserve on Wednesday because of an ankle injury.',
    'Dunmore was placed on injured reserve by the Vessmark Rovers on Wednesday with an ankle injury.',
    'supports',
  ],
  // "should" tells what ought to be, not what is (modality.ts, data/modality-cues.ts)
  [
    'should carry is not carries',
    'The new Vessmark ferry should carry 300 passengers.',
    'The new Vessmark ferry carries 300 passengers.',
    'not supports',
  ],
  [
    'should carry told again',
    'The new Vessmark ferry should carry 300 passengers.',
    'The new Vessmark ferry should carry 300 passengers, the council said.',
    'supports',
  ],
  // the end of a quotation (a closing mark only, or a lone ' after the last stop) is a quotation,
  // stated only by its same words in the same order (speakers.ts)
  [
    'the end of a quotation in other words',
    'The new pier in Vessmark is about every family’s future, but it is also about the future of the harbour.”',
    '“The new pier in Vessmark is about every family’s future and the future of our harbour,” Ada Kowalczyk said.',
    'not supports',
  ],
  [
    'a quotation closed by a lone single quote, in other words',
    "We want to remember them in Vessmark as they were when they were young.'",
    "``I want to be remembered in Vessmark as I was when I was young,'' Ada Kowalczyk said.",
    'not supports',
  ],
  [
    'the end of a quotation in its same words',
    'Everyone in Vessmark was calling their family and making sure people knew they were OK.”',
    '“Everyone in Vessmark was calling their family and making sure that people knew that they were okay,” Ada Kowalczyk said.',
    'supports',
  ],
];

describe('false supports of the dev audit round, by kind', () => {
  testVerdicts(CASES);
});
