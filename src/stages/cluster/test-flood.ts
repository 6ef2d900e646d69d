// Invented test articles of a story told over days and its follow-ups (used by the cluster and store tests).

// Invented: a flood in Brenmoor told by three outlets over three days, two of them following it up on
// the Wednesday on another angle (the return home, the aid), a look-alike flood in Ashby on the Friday
// that names Brenmoor's, and two other stories of the week (newuser7's finding 15, session 28).
const at = (day: number) => `2026-10-${String(day).padStart(2, '0')}`;
export const FLOOD = [
  {
    title: 'Two dead as River Kessel floods Brenmoor',
    publishedAt: at(12),
    text: 'Two people died and 300 residents were evacuated after the River Kessel burst its banks in Brenmoor early on Monday, police said. The river broke through an embankment shortly after 4 a.m., sending water into about 50 homes in the Millbank district.\n\nFire chief Aldo Verin said crews used boats to reach residents trapped upstairs. Mayor Ines Corrado opened the sports hall as a shelter.',
  },
  {
    title: 'Flooding in Brenmoor: two dead, hundreds evacuated',
    publishedAt: at(12),
    text: 'Two people have died in Brenmoor after the River Kessel overflowed on Monday morning, and 300 residents were evacuated from the Millbank district.\n\nMayor Ines Corrado said the sports hall was open as a shelter. Fire chief Aldo Verin said the water rose faster than anyone had seen.',
  },
  {
    title: 'Horror flood: pensioners drown as river swamps town',
    publishedAt: at(12),
    text: 'An elderly couple drowned in their ground-floor flat when the River Kessel burst its banks in Brenmoor on Monday. Some 300 residents were evacuated, police said.\n\nMayor Ines Corrado said nobody would sleep without a roof tonight.',
  },
  {
    title: 'Interior minister visits flooded Brenmoor',
    publishedAt: at(13),
    text: 'Interior Minister Carla Dunmore visited flooded Brenmoor on Tuesday, a day after the River Kessel burst its banks and killed two people in the Millbank district. She met Mayor Ines Corrado and fire chief Aldo Verin at the sports hall, where about 90 of the 300 evacuated residents spent the night.\n\nDunmore said the government would help the town rebuild.',
  },
  {
    title: 'Brenmoor begins clean-up',
    publishedAt: at(14),
    text: 'The clean-up has begun in Brenmoor, where the River Kessel flooded the Millbank district on Monday. Crews pumped water from cellars as residents carried ruined furniture into the street.\n\nFire chief Aldo Verin said the embankment would be checked along its whole length.',
  },
  {
    title: 'Brenmoor residents return to ruined homes as aid is pledged',
    publishedAt: at(14),
    text: 'Residents of Brenmoor\'s Millbank district began returning to their homes on Wednesday, two days after the River Kessel burst its banks and killed two people. Many found their ground floors ruined.\n\nThe flood on Monday forced 300 people from their homes in the Millbank district. The town council put the damage at 15 million crowns. Fire chief Aldo Verin said the embankment would be checked. Interior Minister Carla Dunmore, who visited on Tuesday, pledged 4 million crowns in emergency aid. "This is a first payment, not the last," she said.',
  },
  {
    title: 'Flood victims slam "insulting" aid as they return to wrecked homes',
    publishedAt: at(14),
    text: 'Flood-hit families in Brenmoor have branded the government\'s 4 million crown aid package "an insult" as they returned to their wrecked homes on Wednesday. The River Kessel burst its banks on Monday, killing two and forcing 300 people to flee.\n\n"Four million will not even fix one street," said Tomas Grell, 52, whose ground floor was destroyed. Interior Minister Carla Dunmore insisted the money was "a first payment, not the last." Mayor Ines Corrado said the Millbank district would need months.',
  },
];
export const LOOK_ALIKE = [
  {
    title: 'Eighty evacuated as River Dorn floods Ashby',
    publishedAt: at(16),
    text: 'Eighty people were evacuated when the River Dorn flooded the centre of Ashby on Friday, four days after the River Kessel flooded Brenmoor, 40 kilometres to the south. No one was hurt.\n\nAshby mayor Lena Holt said the water had reached the market square.',
  },
  {
    title: 'Ashby flooded, no injuries',
    publishedAt: at(16),
    text: 'The River Dorn burst its banks in Ashby on Friday and about 80 residents left their homes. Mayor Lena Holt said no one was injured.\n\nCouncil crews put sandbags along the market square.',
  },
];
export const OTHER = [
  {
    title: 'Teachers to strike on Thursday after pay talks collapse',
    publishedAt: at(13),
    text: 'Teachers across the country will strike on Thursday after pay talks with the education ministry collapsed on Tuesday, the teachers union said.\n\nUnion leader Marta Kolby said schools would close.',
  },
  {
    title: 'Schools shut as teachers strike',
    publishedAt: at(15),
    text: 'Most schools were shut on Thursday as teachers walked out over pay, the union said.\n\nUnion leader Marta Kolby said the strike would go on until the ministry made a new offer.',
  },
  {
    title: 'Painting stolen from city gallery',
    publishedAt: at(17),
    text: 'Thieves stole a painting worth 2 million crowns from the city gallery in Kelmar on Saturday night, police said.\n\nThe gallery director Otto Brandt said the alarm had failed.',
  },
];

/** All of them: the flood, its look-alike, the other stories of the week. */
export const FLOOD_WEEK = [...FLOOD, ...LOOK_ALIKE, ...OTHER];

/**
 * The flood's reports with the follow-ups counting days from it instead of naming its day: "a day
 * after" the flood on the Tuesday, "two days after" it on the Wednesday (no follow-up names Monday).
 */
export const FLOOD_COUNTED = FLOOD.map((a, i) =>
  i < 5
    ? a
    : {
        ...a,
        text: a.text
          .replace(
            ' on Wednesday. The River Kessel burst its banks on Monday, killing two',
            ' on Wednesday, two days after the River Kessel burst its banks and killed two',
          )
          .replace('The flood on Monday forced', 'The flood forced'),
      },
);
