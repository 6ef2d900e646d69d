// Invented articles for the store's ingest tests (no real news text): two outlets on one ferry
// fire, a follow-up two days later, and an unrelated prize.
/** An invented article as a JSON input file, with its outlet, date, title and URL. */
export const article = (outlet: string, date: string, title: string, ...body: string[]) => ({
  path: `${outlet}-${title.slice(0, 12)}.json`,
  bytes: new TextEncoder().encode(
    JSON.stringify({
      outlet,
      publishedAt: date,
      title,
      url: `https://${outlet}.example/${encodeURIComponent(title)}`,
      text: body.join('\n\n'),
    }),
  ),
});
export const FIRE_A = article(
  'larkport-ledger',
  '2024-05-06',
  'Ferry service halted after engine fire on the Grey Heron',
  'The Larkport ferry service was halted on Monday after an engine fire on the vessel Grey Heron, the harbour authority said.',
  'No passengers were hurt, and the 120 people on board were brought back to the pier by tugboats, harbour master Odile Varga said.',
);
export const FIRE_B = article(
  'coastal-herald',
  '2024-05-06',
  'Engine fire on the Grey Heron stops Larkport ferries',
  'Ferries in Larkport stopped running on Monday when fire broke out in the engine room of the Grey Heron.',
  'Harbour master Odile Varga said all 120 passengers on the Grey Heron were returned safely to the pier by tugboats.',
);
export const FIRE_C = article(
  'larkport-ledger',
  '2024-05-08',
  'Grey Heron ferry fire: Larkport harbour authority orders engine checks',
  'The Larkport harbour authority ordered engine checks on every ferry on Wednesday, two days after the fire on the Grey Heron.',
  'Harbour master Odile Varga said the Grey Heron would stay out of service until the inquiry into the engine fire ends.',
);
export const PRIZE = article(
  'millbrook-post',
  '2024-05-07',
  'Millbrook library wins national design prize',
  'The new Millbrook public library won the national architecture prize for its timber reading hall on Tuesday.',
  'The jury praised architect Tomasz Quill for the light, the reading rooms and the garden of the library.',
);
