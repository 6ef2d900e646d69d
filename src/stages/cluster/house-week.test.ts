import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzedTitles, polledTitles, storedTitles } from '../../store/ingest/test-grouping.ts';

// Invented (newuser19's finding 10, session 39): a minister's rail fares plan, unveiled on a Monday
// and passed by the Chamber on the Tuesday eight days on, each told by three outlets; a fourth
// outlet's two reports of it share its house words ("motorists' tax") and its go-to source (a
// drivers' league and its chief) more than either shares with the other outlets' reports of its day.
// "On Monday" and "on Tuesday" agreed by their names (coverage the day after), so the two reports
// stood as one story of their own, a week apart, and bridged the two events into one. A dated
// article's weekday is now the day it names (named-days.ts): a Monday and the Tuesday a week on
// disagree, and each report goes with its day's event.
const on = (date: string, outlet: string) => ({ publishedAt: date, outlet });
const UNVEILED = [
  {
    ...on('2026-10-12', 'Harlow Gazette'),
    title: 'Dellmark unveils rail fares reform',
    text: 'Transport Minister Ilse Varga on Monday unveiled a plan to cap rail fares in Dellmark at 4 crowns a journey, paid for by a new levy on parking at the Ostervik terminal. The reform goes to the Chamber next week.',
  },
  {
    ...on('2026-10-12', 'Northline Wire'),
    title: 'Minister presents bill to cap Dellmark rail fares',
    text: "Dellmark's government on Monday presented a bill to cap rail fares at 4 crowns, with a parking levy at the Ostervik terminal to pay for it, Transport Minister Ilse Varga said.",
  },
  {
    ...on('2026-10-13', 'Valley Radio'),
    title: 'Rail fares cap plan: what it means for commuters',
    text: 'The rail fares cap that Transport Minister Ilse Varga unveiled on Monday would save a daily commuter about 900 crowns a year, her ministry said. The parking levy at Ostervik would raise 60 million crowns.',
  },
];
const PASSED = [
  {
    ...on('2026-10-20', 'Harlow Gazette'),
    title: 'Chamber passes rail fares cap by 98 votes to 71',
    text: "Dellmark's Chamber on Tuesday passed the rail fares bill by 98 votes to 71 after a long debate, capping fares at 4 crowns from January.",
  },
  {
    ...on('2026-10-20', 'Northline Wire'),
    title: 'Dellmark Chamber approves rail fares bill',
    text: 'The Chamber on Tuesday approved the bill capping Dellmark rail fares at 4 crowns by 98 votes to 71. The cap takes effect in January.',
  },
  {
    ...on('2026-10-21', 'Valley Radio'),
    title: 'Fares cap becomes law after Chamber vote',
    text: "The rail fares cap became law after Tuesday's Chamber vote of 98 to 71, Transport Minister Ilse Varga said, and fares will fall in January.",
  },
];
const HOUSE = [
  {
    ...on('2026-10-12', 'The Morning Lantern'),
    title: 'Varga plots motorists’ tax to pay for cheap trains',
    text: "Drivers face a parking levy at the Ostervik terminal under plans the transport minister set out on Monday to cap rail fares, Road Users' League chief Benno Kray warned. Kray said drivers would pay for the cheap trains of others.",
  },
  {
    ...on('2026-10-21', 'The Morning Lantern'),
    title: 'Motorists’ tax waved through',
    text: "The Chamber on Tuesday passed the rail fares cap and with it a levy on drivers. It was a dark day for motorists, said Benno Kray of the Road Users' League.",
  },
];
const titles = (records: readonly { title: string }[]) => records.map((r) => r.title).sort();
const EXPECTED = [
  titles([...UNVEILED, HOUSE[0] as { title: string }]),
  titles([...PASSED, HOUSE[1] as { title: string }]),
].sort((a, b) => (a[0] as string).localeCompare(b[0] as string));

test("one outlet's reports of a Monday's plan and of the Tuesday's vote a week on go with their days' events", () => {
  assert.deepEqual(analyzedTitles([...UNVEILED, ...PASSED, ...HOUSE]), EXPECTED);
});

test('a store groups them as analyze does: in one ingest, and polled day by day', async () => {
  assert.deepEqual(await storedTitles([...UNVEILED, ...PASSED, ...HOUSE], '2026-10-22T08:00:00Z'), EXPECTED);
  const days = [...new Set([...UNVEILED, ...PASSED, ...HOUSE].map((r) => r.publishedAt))].sort();
  const polls = days.map((day) => [...UNVEILED, ...PASSED, ...HOUSE].filter((r) => r.publishedAt === day));
  assert.deepEqual(await polledTitles(polls, '2026-10-22T08:00:00Z'), EXPECTED);
});
