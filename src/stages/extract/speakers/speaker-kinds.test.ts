import { type SpeakerCase, testSpeakerCases } from './fixtures/speaker-cases.ts';

/** Who a speaker phrase is: a body named before, people or bodies joined by "and", a role, a pronoun. */
const CASES: SpeakerCase[] = [
  [
    'one who speaks for another ("a spokesman for Mr. Reed") is the speaker, not the one spoken for',
    'Tom Reed will host the gala.\n\n“He is in Oslo and cannot be reached,” a representative for Mr. Reed said.',
    'representative for Mr. Reed',
    'a representative for Mr. Reed',
  ],
  [
    '"the authority" quoted directly is the body of that name named before',
    'The Dover Harbour Authority closed the pier on Monday.\n\nThe authority said the pier would stay shut “until further notice.”',
    'Dover Harbour Authority',
    'The authority',
  ],
  [
    'people joined by "and" speak together, not the last one named',
    'Mayor Ann Wu met Mayor Tom Reyes on Monday.\n\nWu and Dover Mayor Tom Reyes said in a letter: “We need more buses.”',
    'Ann Wu and Tom Reyes',
    'Wu and Dover Mayor Tom Reyes',
  ],
  [
    "a role the story's entities give to a person is that person, not a phrase",
    'Chilean President Marta Quispe met the delegation on Monday.\n\n“We are willing to help,” Chile’s president said.',
    'Marta Quispe',
    'Chile’s president',
  ],
  [
    'a pronoun reporting its own words takes the outer speaker',
    'Mara Lind said she remembered thinking, “This is what people talk about.”',
    'Mara Lind',
    'Mara Lind',
  ],
  [
    'a pronoun takes the person named earlier in its own sentence over the last speaker',
    '“We will wait,” Lee Park said.\n\nWhen Kim Ortiz arrived, she told reporters: “We are ready.”',
    'Kim Ortiz',
    'she',
  ],
  [
    'she skips a man named just before',
    '“We will vote,” Anna Lind said. The bill was her answer to John Ortiz. “It will pass,” she told reporters.',
    'Anna Lind',
    'she',
  ],
  [
    'a place after a preposition only says where the speaker is from',
    'Ann Wu spoke first.\n\n“The trip takes an hour now,” commuters from Eastbank told the paper.',
    'commuters from Eastbank',
    'commuters from Eastbank',
  ],
  [
    'a body before a preposition and a place is the speaker',
    'Ann Wu spoke first.\n\n“We sold out by noon,” The Anchor Bakery on Quay Street said.',
    'Anchor Bakery',
    'The Anchor Bakery on Quay Street',
  ],
  [
    'a pronoun finds a person introduced by ", who"',
    'Eastbank Ferries added sailings.\n\nTomasz Wróbel, who runs a hardware store, said sales were down. “My customers are far away,” he said.',
    'Tomasz Wróbel',
    'he',
  ],
  [
    'a place before a possessive only owns the speaker',
    'The quake struck Vestmark on Sunday.\n\n“The shaking lasted ten seconds,” Vestmark’s seismological center said.',
    'Vestmark’s seismological center',
    'Vestmark’s seismological center',
  ],
  [
    'a body named after a place that owns it is the speaker',
    'The quake struck Vestmark on Sunday.\n\n“Damage was light,” Vestmark’s state news agency Vestnews reported.',
    'Vestnews',
    'Vestmark’s state news agency Vestnews',
  ],
  [
    'bodies joined by "and" speak together',
    'The pier closed on Monday.\n\nIn a joint statement, the City of Dunmore and the Dunmore Harbour Authority said: “The pier stays shut.”',
    'City of Dunmore and Dunmore Harbour Authority',
    'the City of Dunmore and the Dunmore Harbour Authority',
  ],
  [
    'countries joined by "and" speak together',
    'Talks ended on Friday.\n\nNorway and Iceland reaffirmed their commitment to “an open and fair border.”',
    'Norway and Iceland',
    'Norway and Iceland',
  ],
  [
    'a pronoun takes the subject of a sentence after the last speaker',
    '“We will build it,” Mayor Ann Wu told reporters.\n\nUnion president Kara Lind was more guarded. “We want it in writing,” she said.',
    'Kara Lind',
    'she',
  ],
  [
    'a person the quoted words name is not the pronoun that closes them',
    'Jose Ortega was arrested at midnight, Sgt. Tom Reyes said.\n\n“No shots were fired when Ortega was arrested,” he added.',
    'Tom Reyes',
    'he',
  ],
  [
    'a list after a preposition, Oxford comma and all, belongs to the group before it',
    'The river rose.\n\n“We lost every field,” farmers in Ashby, Lorne, and Pell County said.',
    'farmers in Ashby, Lorne, and Pell County',
    'farmers in Ashby, Lorne, and Pell County',
  ],
  [
    'a degree between commas after a name ends the name, before an aside',
    'The ward closed.\n\nJorge Ruiz, MD, the clinic’s director, said: “We ran out of beds.”',
    'Jorge Ruiz',
    'Jorge Ruiz, MD',
  ],
  [
    'a person before a possessive only owns the speaker',
    'Tom Hale retired.\n\n“He never once missed a tide,” Tom Hale’s colleagues said.',
    'Tom Hale’s colleagues',
    'Tom Hale’s colleagues',
  ],
  [
    'a role before the hyphen of a compound is the head ("President-elect"), not the place before it',
    'The vote was counted.\n\n“We will rebuild the port,” the US President-elect said.',
    'US President-elect',
    'the US President-elect',
  ],
];

testSpeakerCases(CASES);
