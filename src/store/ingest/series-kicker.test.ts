import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byTitle, polledTitles, storedTitles } from './test-grouping.ts';

// Invented: one outlet's "Quay notes:" items on three days, each on another event, beside a warehouse
// fire told by two other outlets. The kicker is no label of any list: only the outlet's use of it on
// items of other events makes it the outlet's series label (`seriesKickers`), which `analyze` reads
// from its run and the store from the stored headlines of its window.
const NOTES = [
  {
    title: 'Quay notes: Dredger arrives for the silted channel',
    publishedAt: '2026-11-16',
    text: 'A dredger from Vellport began clearing the silted north channel on Monday, which has kept the larger trawlers out since October, the harbour board said.',
  },
  {
    title: 'Quay notes: Ice plant reopens after repairs',
    publishedAt: '2026-11-17',
    text: 'The fish market ice plant opened again on Tuesday after three weeks of repairs to its compressor, so the morning auction can run at full size, its manager said.',
  },
  {
    title: 'Quay notes: Net makers show visitors their loft',
    publishedAt: '2026-11-18',
    text: 'The net makers of Tarrow Row will show visitors round their loft on Saturday, showing how the old herring nets were mended by hand, the guild said on Wednesday.',
  },
].map((n) => ({ ...n, outlet: 'Lowmarsh Gazette' }));
const FIRE = [
  {
    title: 'Fire guts timber warehouse in Lowmarsh',
    publishedAt: '2026-11-16',
    outlet: 'Fenland Echo',
    text: 'Fire destroyed a timber warehouse in Lowmarsh early on Monday, and forty firefighters kept it from the fuel depot next door, the fire service said.',
  },
  {
    title: 'Lowmarsh warehouse blaze started in a drying kiln, fire service says',
    publishedAt: '2026-11-17',
    outlet: 'Coastline Radio',
    text: "Monday's fire at the Lowmarsh timber warehouse began in a drying kiln, the fire service said on Tuesday, and the fuel depot beside it was never in danger.",
  },
  {
    title: 'Timber firm to rebuild burnt Lowmarsh warehouse',
    publishedAt: '2026-11-18',
    outlet: 'Fenland Echo',
    text: 'The owner of the timber warehouse that burned in Lowmarsh on Monday will rebuild it by the spring, he said on Wednesday, after the fire service finished its inquiry.',
  },
];
const EXPECTED = byTitle([...NOTES.map((n) => [n.title]), FIRE.map((f) => f.title)]);

test("a kicker one outlet puts on items of other events is its series' label in the store too", async () => {
  // a feed's polls, one day each, and all at once
  const polls = [0, 1, 2].map((i) => [NOTES[i], FIRE[i]] as Record<string, string>[]);
  assert.deepEqual(await polledTitles(polls, '2026-11-20T00:00:00Z'), EXPECTED);
  assert.deepEqual(await storedTitles([...NOTES, ...FIRE], '2026-11-20T00:00:00Z'), EXPECTED);
});

test('without its outlet the kicker is a kicker like any other, and joins the items', async () => {
  const unknown = NOTES.map(({ outlet: _, ...n }) => n);
  const titles = await storedTitles([...unknown, ...FIRE], '2026-11-20T00:00:00Z');
  assert.ok(titles.some((story) => story.length === 3 && story.every((t) => t.startsWith('Quay notes:'))));
});
