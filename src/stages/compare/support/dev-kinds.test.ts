import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs, one or more per kind of false support that the third, fourth and sixth labelling
// rounds of the development half showed (issue 10); each kind's rows fail without its rule. The rows that
// expect `supports` keep each rule from taking more than its kind.
const CASES: readonly VerdictCase[] = [
  // the same words given to another named speaker
  [
    'a quotation given to another named speaker',
    '"We are aware of the problem at the pier involving Tom," general manager A.J. Kowalczyk said in a statement.',
    '"We are aware of the problem at the pier involving Tom," general manager A.J. Ashby said in a statement.',
    'not supports',
  ],
  [
    "a quotation in `` and '' marks given to another named speaker",
    "``We are aware of the problem at the pier involving Tom,'' general manager A.J. Kowalczyk said in a statement.",
    "``We are aware of the problem at the pier involving Tom,'' general manager A.J. Ashby said in a statement.",
    'not supports',
  ],
  [
    'a quotation given to the same speaker',
    '"We are aware of the problem at the pier involving Tom," general manager A.J. Kowalczyk said in a statement.',
    '"We are aware of the problem at the pier involving Tom," Kowalczyk, the general manager, said in a statement.',
    'supports',
  ],
  [
    'a quotation with its speaker on one side only',
    '"We are aware of the problem at the pier involving Tom," general manager A.J. Kowalczyk said in a statement.',
    '"We are aware of the problem at the pier involving Tom," the general manager said in a statement.',
    'supports',
  ],
  // a quotation is stated only by its same words
  [
    'another quotation sharing some words (a quotation cut at the sentence end)',
    '``There were at least a dozen other people at the pier.',
    "``The man entered the harbour hall, which had at least a dozen people inside at a party,'' police said in a statement.",
    'not supports',
  ],
  [
    'the same quotation, one word spelled otherwise',
    '"This flaw is being exploited by cyber-criminals and is getting worse every day," Ada Kowalczyk said.',
    '"This flaw is being exploited by cyber criminals and is getting worse every day," Kowalczyk said.',
    'supports',
  ],
  [
    'the same quotation with a longer attribution (audit K2: the quote matrix had it, the table not)',
    '“Everyone is safe and accounted for,” coast guard commander Hal Brenner said.',
    '“Everyone is safe and accounted for,” Commander Hal Brenner of the coast guard said on Monday.',
    'supports',
  ],
  // a clause that names who spoke, not what was said
  [
    'only who told it ("told a news conference")',
    'Constable Ada Kowalczyk told a news conference.',
    '"Two men were arrested at the pier," Constable Ada Kowalczyk told a news conference.',
    'not supports',
  ],
  [
    'a quotation the reading finds no predicate in',
    "Told the victim's brother, Tom Ashby: 'I'm glad it's over.'",
    "'I'm glad we got the verdict we got,' said the victim's brother, Tom Ashby.",
    'not supports',
  ],
  // a piece of a sentence: a noun phrase and its relative clause, no clause of its own
  [
    'a noun phrase and its relative clause ("com), a consulting company that …")',
    'com), a consulting company that specializes in strategic technology planning, design and operations support for large data centres.',
    'Ostland Corp today announced that it has signed a definitive agreement to acquire Vessmark Systems Inc., a consulting company specializing in strategic technology planning, design and operations support for large data centres.',
    'not supports',
  ],
  [
    'a relative clause inside a clause of its own',
    'Vessmark Systems, a company that makes ferries, was sold to Ostland Corp on Monday.',
    'Vessmark Systems, a company that makes ferries, was sold to Ostland Corp on Monday, officials said.',
    'supports',
  ],
  // one figure of the candidate cannot stand for two figures of the claim
  [
    'two figures of one value held by one (a sentence cut inside "4.30")',
    'A police source said the men drove a four-by-four car into the store at around 4.',
    'The police source said the men drove a four-by-four car into the store in the early hours.',
    'not supports',
  ],
  [
    'two figures of one value, both held',
    'A police source said the men drove a four-by-four car into the store at around 4 a.m.',
    'The police source said the men drove a four-by-four car into the store at around 4 a.m.',
    'supports',
  ],
  // a place between two places needs both
  [
    'between two places, one of them told',
    "Valdoria's survey said the epicentre was in the waters of the Ostland Gulf between the port city of Santa Ardley and Vessmark Island.",
    "Valdoria's survey said the epicentre of the quake was in the waters of the Ostland Gulf, 35 miles southwest of the port of Santa Ardley.",
    'not supports',
  ],
  [
    'between two places, both told',
    "Valdoria's survey said the epicentre was in the waters of the Ostland Gulf between the port city of Santa Ardley and Vessmark Island.",
    "Valdoria's survey said the epicentre of the quake was in the waters of the Ostland Gulf between Vessmark Island and the port city of Santa Ardley.",
    'supports',
  ],
  [
    'two places joined after "in", one of them told',
    'Tom Ashby faces similar charges in Ostland and Valdoria.',
    'Tom Ashby is in jail in Ostland facing similar charges there.',
    'not supports',
  ],
  [
    'two places joined after "in", both told',
    'Tom Ashby faces similar charges in Ostland and Valdoria.',
    'Tom Ashby faces similar charges in Valdoria and Ostland.',
    'supports',
  ],
  // sixth round (session 11): a surname the tagger reads as a verb
  [
    'only who told it, the surname read as a verb ("Tim Fanning")',
    'Const. Tom Fanning told a news conference.',
    '"Two men were arrested at the pier," Vessmark police Const. Tom Fanning told a news conference.',
    'not supports',
  ],
  [
    'a quotation with a surname read as a verb, told by the same words',
    '"The pier is closed," Tom Fanning said.',
    '"The pier is closed," Tom Fanning said on Monday.',
    'supports',
  ],
  // a particle after "be" is the predicate ("is out as head coach")
  [
    '"is out as head coach" is not "has been hired as head coach"',
    'Tom Ashby is out as Vessmark Rovers head coach.',
    'Vessmark Rovers announced that Tom Ashby has been hired as the 21st head coach of the Vessmark Rovers.',
    'not supports',
  ],
  [
    '"is out as head coach" told as fired',
    'Tom Ashby is out as Vessmark Rovers head coach.',
    'Vessmark Rovers head coach Tom Ashby was fired on Saturday.',
    'supports',
  ],
  [
    '"is over" told as ended',
    'The strike by Vessmark dock workers is over after three weeks.',
    'The strike by Vessmark dock workers ended after three weeks.',
    'supports',
  ],
  // "until" with the present: not yet
  [
    'available "until a fix is available" is not available',
    'The Vessmark patch is available from this link.',
    'For users not comfortable with the Vessmark patch, using another browser until a fix is available is the best option.',
    'not supports',
  ],
  [
    '"until" with the past happened',
    'Tom Ashby left the Vessmark harbour board in March 2001.',
    'Tom Ashby sat on the Vessmark harbour board until he left it in March 2001.',
    'supports',
  ],
  // one side's source is the other's possessor
  [
    "a claim's source against his defenders",
    'Ashby has claimed he was the victim of a plot.',
    "Ashby's defenders claim he is a victim of a plot.",
    'not supports',
  ],
  [
    'the same source',
    'Ashby has claimed he was the victim of a plot.',
    'Ashby claims he is a victim of a plot.',
    'supports',
  ],
];

describe('false supports of the development half, third to sixth rounds', () => testVerdicts(CASES));
