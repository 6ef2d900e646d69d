import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs by kind of false support: the candidate is about the same thing, and a small
// difference makes it not state the claim. Of figures: false-support-figures.test.ts.
const KINDS: VerdictCase[] = [
  // another predicate of one event
  [
    'charged is not arrested',
    'Police in Vessmark arrested two men on Monday in connection with the robbery of a jewellery store.',
    'Prosecutors in Vessmark charged two men on Monday in connection with the robbery of a jewellery store.',
    'not supports',
  ],
  [
    'injured is not killed',
    'At least 12 people were injured when the bus overturned near Pellworth on Sunday.',
    'At least 12 people were killed when the bus overturned near Pellworth on Sunday.',
    'not supports',
  ],
  // what was tried, asked for or ordered did not happen
  [
    'tried to kill is not killed',
    'A man killed a guard at the Vessmark bank on Monday.',
    'A man tried to kill a guard at the Vessmark bank on Monday.',
    'not supports',
  ],
  [
    'threatened to strike is not a strike',
    'The union went on strike at the Vessmark port on Monday.',
    'The union threatened to go on strike at the Vessmark port on Monday.',
    'not supports',
  ],
  [
    'called for it is not done (the governing verb several words back)',
    'The Vessmark council closed the harbour pier on Monday.',
    'Residents called for the Vessmark council to close the harbour pier on Monday.',
    'not supports',
  ],
  [
    'asked another to do it is not done',
    'Valdoria released the 23 fishermen on Friday.',
    'Ostland asked Valdoria to release the 23 fishermen on Friday.',
    'not supports',
  ],
  [
    'weighed, not done ("is considering closing", the -ing form tagged a noun)',
    'The Vessmark council closed the harbour pier on Monday.',
    'The Vessmark council is considering closing the harbour pier on Monday.',
    'not supports',
  ],
  [
    'voted against it',
    'The Vessmark council voted to close the harbour pier on Monday.',
    'The Vessmark council voted against closing the harbour pier on Monday.',
    'not supports',
  ],
  [
    'a condition after the predicate',
    'The union will strike at the Vessmark port on Monday.',
    'The union will strike at the Vessmark port on Monday unless the council raises pay.',
    'not supports',
  ],
  // an allegation, a suspicion or a denial is no statement of the fact
  [
    'alleged is not stated',
    'Ray Dunmore stole $2 million from the Vessmark pension fund.',
    'Prosecutors allege that Ray Dunmore stole $2 million from the Vessmark pension fund.',
    'not supports',
  ],
  [
    'suspected of doing it is not doing it',
    'Ray Dunmore started the fire at the Vessmark warehouse on Friday.',
    'Ray Dunmore is suspected of starting the fire at the Vessmark warehouse on Friday.',
    'not supports',
  ],
  [
    'charged with killing is not killing',
    'Ray Dunmore killed his neighbour in Vessmark on Friday.',
    'Ray Dunmore was charged with killing his neighbour in Vessmark on Friday.',
    'not supports',
  ],
  [
    'denied that he did it',
    'Ray Dunmore stole $2 million from the Vessmark pension fund.',
    'Ray Dunmore denied that he stole $2 million from the Vessmark pension fund.',
    'not supports',
  ],
  [
    'a denial of reports, far before the predicate',
    'Gov. Ada Brook signed the harbour bill into law on Tuesday.',
    'Officials denied reports that the freshman governor of Norhaven, Ada Brook (D), signed the harbour bill into law on Tuesday.',
    'not supports',
  ],
  [
    'rumours that it happened',
    'The mayor of Vessmark resigned on Friday after the audit.',
    'There were rumours on Friday that the mayor of Vessmark had resigned after the audit.',
    'not supports',
  ],
  // a negation of any predicate both tell, not the first only
  [
    'negated after an aside that holds the first predicate',
    'A former employee who opened fire at an office party in Vessmark and killed one man has been charged with murder, police said.',
    'A former employee who opened fire at an office party in Vessmark and killed one man has not been charged with murder, police said.',
    'not supports',
  ],
  [
    'a negated "is the …"',
    'The harbour is the heart of the Vessmark economy, the mayor said.',
    'The harbour is not the heart of the Vessmark economy, the mayor said.',
    'not supports',
  ],
  [
    'a quotation mark between "not" and its verb',
    'The council said the union accepted the offer for the Vessmark port on Monday.',
    'The council said the union did not “accept the offer” for the Vessmark port on Monday.',
    'not supports',
  ],
  [
    'a question asserts nothing',
    'The Vessmark council closed the harbour pier on Monday.',
    'Why did the Vessmark council close the harbour pier on Monday?',
    'not supports',
  ],
  // other participants of a look-alike event
  [
    'another person arrested',
    'Police arrested Ray Dunmore in Vessmark on Monday over the robbery.',
    'Police arrested Tom Ashby in Vessmark on Monday over the robbery.',
    'not supports',
  ],
  [
    'one of two persons is partial',
    'Ana Bright and Tom Ashby were arrested in Vessmark on Monday.',
    'Ana Bright was arrested in Vessmark on Monday.',
    'not supports',
  ],
  [
    'a name word no entity covers is a participant too, beside the place an entity names',
    'The navy said it has captured 14 Estonian and Latvian smugglers who attacked a cargo ship in the Gulf of Vell on Sunday.',
    'Naval forces came to the rescue of a cargo ship under attack in the Gulf of Vell on Sunday, capturing 14 of the smugglers, the ministry said.',
    'not supports',
  ],
  [
    'whom it was told to is no participant ("told Dorian radio that")',
    'The governor of Vessmark told Dorian radio that 300 tents were ready for the families.',
    'The governor of Vessmark said that 300 tents were ready for the families.',
    'supports',
  ],
  [
    'roles swapped behind possessives',
    "Valdoria's army attacked Ostland's border posts on Sunday.",
    "Ostland's army attacked Valdoria's border posts on Sunday.",
    'not supports',
  ],
  // a verb told by a noun of the same spelling that is another word (trust30a's round: "placed on
  // the list" by "to take his place on the roster")
  [
    'a place on the roster is not being placed on a list',
    'Ivo Brand was placed on the list on Tuesday.',
    "The Kestrels signed Oren Vale on Tuesday to take Brand's place on the roster.",
    'not supports',
  ],
  [
    'taking the place of someone is not placing them',
    'The Kestrels placed Ivo Brand on the injured list on Tuesday.',
    'The Kestrels signed Oren Vale on Tuesday to take the place of Ivo Brand on the injured list.',
    'not supports',
  ],
  [
    'a face is not facing charges',
    'Tova Rask faces two charges of fraud in Velden.',
    'Tova Rask covered her face as she left the Velden court, where she was charged with fraud.',
    'not supports',
  ],
  [
    'the verb on both sides still supports ("was placed" / "placed")',
    'Ivo Brand was placed on the injured list on Tuesday.',
    'The Kestrels placed Ivo Brand on the injured list on Tuesday.',
    'supports',
  ],
  [
    'the noun on both sides still supports ("took place")',
    'The Velden harbour festival took place on Sunday.',
    'The harbour festival in Velden took place on Sunday.',
    'supports',
  ],
];

describe('false support, by kind', () => testVerdicts(KINDS));
