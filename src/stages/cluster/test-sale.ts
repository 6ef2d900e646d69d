// Invented test articles: a flood of the River Oller in Dunwick's Eastbank, a bus depot fire in the
// town three days on, and five days after the flood Dunwick Athletic selling its ground, Oller Park, to
// a housing developer: events of one town that share its name, the river's (the ground is named after
// it) and a few words (homes, the council, the fire chief) (newuser9's finding, session 30).
const at = (day: number) => `2026-11-${String(day).padStart(2, '0')}`;

/** The flood, told by two outlets on its day and followed up two days on (the clean-up). */
export const OLLER_FLOOD = [
  {
    title: 'River Oller floods Eastbank, 120 homes evacuated',
    publishedAt: at(6),
    text: 'The River Oller burst its banks in Dunwick early on Friday, forcing the evacuation of 120 homes in the Eastbank district, the county council said. Water reached the ground floors of houses on Mill Row and Tanner Street.\n\nMayor Orla Pesch opened the town hall as a shelter. Fire crews used boats to reach residents.',
  },
  {
    title: 'Flood forces 150 out of their homes in Dunwick',
    publishedAt: at(6),
    text: "About 150 residents of Dunwick's Eastbank district were evacuated on Friday after the River Oller flooded Mill Row, fire chief Anton Krell said.\n\nCrews rescued 20 people by boat. Mayor Orla Pesch said the town hall would stay open through the weekend.",
  },
  {
    title: 'Eastbank begins the clean-up after Oller flood',
    publishedAt: at(8),
    text: 'Residents of Eastbank returned on Sunday to homes the River Oller flooded on Friday, and found them full of mud. The council said 35 houses on Mill Row were uninhabitable.\n\nFire chief Anton Krell said pumping would go on all week.',
  },
];

/** The sale of the ground, told by three outlets over two days. */
export const GROUND_SALE = [
  {
    title: 'Dunwick Athletic agree £7m sale of Oller Park',
    publishedAt: at(11),
    text: 'Dunwick Athletic have agreed to sell Oller Park, their home for 90 years, to a housing developer for £7 million, chairman Piet Varro announced on Wednesday.\n\nThe club will play at Fenby Road next season while a new stadium is built on the edge of town.',
  },
  {
    title: 'Athletic to sell Oller Park for housing',
    publishedAt: at(11),
    text: 'Dunwick Athletic will sell Oller Park to Greystone Homes, who plan 200 houses on the site, chairman Piet Varro said.\n\nSupporters groups said the sale was a betrayal and called a meeting for next week.',
  },
  {
    title: 'Athletic confirm ground sale',
    publishedAt: at(12),
    text: 'Dunwick Athletic confirmed the sale of Oller Park on Thursday. Chairman Piet Varro said the club could not afford to repair the old stand.\n\nThe council must still approve the new stadium.',
  },
];

/** The depot fire, told by two outlets. */
export const DEPOT_FIRE = [
  {
    title: 'Twelve buses destroyed in Dunwick depot fire',
    publishedAt: at(9),
    text: 'Twelve buses were destroyed when fire swept through the Canal Street depot in Dunwick on Monday night, fire chief Anton Krell said. No one was hurt.\n\nThe bus company said services would run on a reduced timetable.',
  },
  {
    title: 'Fire destroys buses at Canal Street depot',
    publishedAt: at(10),
    text: 'A fire at the Canal Street bus depot in Dunwick destroyed twelve buses overnight, the fire service said. Police are investigating the cause.\n\nMorning services were cut by half.',
  },
];

/**
 * The pile as a feed brings it: a first poll with the flood's first report, the fire's and the sale's,
 * then one article a poll.
 */
export const TOWN_POLLS = [
  [OLLER_FLOOD[0], DEPOT_FIRE[0], GROUND_SALE[0]],
  [OLLER_FLOOD[1]],
  [DEPOT_FIRE[1]],
  [GROUND_SALE[1]],
  [OLLER_FLOOD[2]],
  [GROUND_SALE[2]],
] as Record<string, string>[][];
