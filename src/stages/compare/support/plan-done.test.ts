import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs for planned vs happened (issue 10, item 3): one event told as planned on one side
// and as done on the other, each side's mood read where it tells that event. The kinds of false
// plans of the development half, each row failing without its rule, and the plans kept.
const CASES: readonly VerdictCase[] = [
  // kept: the same event in two moods
  [
    'a meeting due and a meeting held (the noun of the verb that tells it)',
    'City officials and the ferry union are due to meet on Tuesday.',
    'The announcement followed a four-hour meeting of city officials and the ferry union on Tuesday.',
    'planned-vs-happened',
  ],
  [
    'a meeting held against one due, with a purpose infinitive after the plan',
    'City officials and the ferry union met on Tuesday.',
    'City officials and the ferry union are due to meet on Tuesday to discuss the timetable.',
    'planned-vs-happened',
  ],
  [
    'became against would become',
    'Ada Brandt became the fifth coach fired in the league this season.',
    'Ada Brandt would become the fifth coach fired in the league this season.',
    'planned-vs-happened',
  ],
  [
    'is the fifth coach against would become the fifth coach (a noun after a linking verb)',
    'Ada Brandt is the fifth coach fired in the league this season.',
    'Ada Brandt would become the fifth coach fired in the league this season.',
    'planned-vs-happened',
  ],
  // the mood of another clause
  [
    'a plan in the main clause, the event done in the other',
    'Judge Ole Kowalczyk sentenced Brandt to the maximum term on each charge.',
    'Brandt will likely die in prison after Judge Ole Kowalczyk handed down the maximum sentence on each charge.',
    'not planned-vs-happened',
  ],
  [
    'the same event told twice, once in the same mood',
    'Brandt and Kowalczyk plan to speak again on Wednesday.',
    'Brandt and Kowalczyk spoke on Tuesday and are scheduled to speak again on Wednesday.',
    'not planned-vs-happened',
  ],
  // the done side not told as done
  [
    'a present progressive is no done event',
    'Harbor Lines will pay 30 million euros for Dockline, including 20 million in cash.',
    'Harbor Lines is paying 30 million euros for Dockline, including 20 million in cash.',
    'not planned-vs-happened',
  ],
  [
    'a present "-s" form is no done event',
    'The order will establish a new safety board to review incidents at the port.',
    'The order establishes a new safety board to review incidents at the port.',
    'not planned-vs-happened',
  ],
  [
    '"can" is no done event',
    'From Monday, business customers will be able to register for the Harbor card online.',
    'From Monday, business customers can register for the Harbor card online.',
    'not planned-vs-happened',
  ],
  [
    'a subjunctive after "ordered" is no done event',
    'The judge ordered that the two sentences be served one after the other.',
    'The two sentences handed down by the judge are to be served one after the other.',
    'not planned-vs-happened',
  ],
  [
    'a participle opening the sentence is no done event',
    'The Harbor phone will include a memory card slot and a charger.',
    'Included with a memory card slot and a charger, the Harbor phone sells for 300 euros.',
    'not planned-vs-happened',
  ],
  // the planned side no plan, or of the verb it depends on
  [
    '"will stay closed" against "will be closed": both ahead',
    'The authority has said the Kestrel bridge will stay closed for at least six weeks.',
    'Engineers have said the Kestrel bridge will be closed for at least six weeks.',
    'not planned-vs-happened',
  ],
  [
    'a "would" with an "if" in the sentence is a conditional',
    'The Greens would need to win four seats for a majority, or three if Labour loses one.',
    'The Greens needed to win four seats for a majority.',
    'not planned-vs-happened',
  ],
];

describe('planned vs happened (invented pairs)', () => testVerdicts(CASES));
