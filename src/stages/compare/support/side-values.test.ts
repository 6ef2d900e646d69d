import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { comparedStory, segmented } from '../../compared-story.ts';

// Invented articles (outlet, time, text) run through extract and compare as one story: its figure
// differences to check, each side's value as the report carries it.
function figureDifferences(docs: readonly { outlet: string; publishedAt: string; text: string }[]) {
  const ctx = createContext();
  const { comparison } = comparedStory(segmented(docs, ctx), ctx);
  return [...comparison.conflicts, ...(comparison.differences ?? [])].filter((c) => c.kind === 'figure');
}

test("a difference's values are the figures of the noun it is named by, not another count told first", () => {
  // (newuser23 #1: "injuring three workers and forcing about 400 residents …" / "seven others were
  // injured … about 1,200 residents" was the row "residents 3 → 7")
  const differences = figureDifferences([
    {
      outlet: 'Pellam Courier',
      publishedAt: '2026-03-02T08:00:00Z',
      text: 'A fire tore through a warehouse at the Halvorsen paint depot on Pine Street early Monday, injuring two workers and forcing about 300 residents from their homes, officials said.',
    },
    {
      outlet: 'Pellam Star',
      publishedAt: '2026-03-03T09:00:00Z',
      text: "One worker has died and five others were injured in Monday's fire at the Halvorsen paint depot, and the evacuation zone around the Pine Street site has been widened to take in about 900 residents, county officials said Tuesday.",
    },
  ]);
  const residents = differences.find((d) => d.about === 'residents');
  assert.ok(residents, JSON.stringify(differences));
  assert.deepEqual(
    residents.sides.map((s) => [s.value?.number, s.value?.measure]),
    [
      [300, 'residents'],
      [900, 'residents'],
    ],
  );
  // (the later article tells the zone "widened to take in" its count: an update, not outlets differing)
  assert.equal(residents.update, true);
  // no row names a count of workers by another noun
  for (const d of differences)
    for (const s of d.sides)
      if (s.value?.number === 2 || s.value?.number === 5) assert.notEqual(s.value.measure, 'residents');
});

test('a count of the very noun told by another verb is another measure, not a side value', () => {
  // ("forced about 300 residents from their homes" / "forced about 900 people … and injured two
  // residents" was the row "residents: about 300 → 2": the injured, not the evacuated)
  const differences = figureDifferences([
    {
      outlet: 'Pellam Courier',
      publishedAt: '2026-03-02T08:00:00Z',
      text: 'A fire at the Halvorsen paint depot on Pine Street forced about 300 residents from their homes on Monday, officials said.',
    },
    {
      outlet: 'Pellam Star',
      publishedAt: '2026-03-02T09:00:00Z',
      text: 'A fire at the Halvorsen paint depot on Pine Street forced about 900 people from their homes on Monday and injured two residents, officials said.',
    },
  ]);
  assert.ok(differences.length, 'the two tolls are a difference to check');
  for (const d of differences)
    for (const s of d.sides) assert.notEqual(s.value?.number, 2, JSON.stringify(differences));
  assert.deepEqual(
    differences.flatMap((d) => d.sides.map((s) => s.value?.number)),
    [300, 900],
  );
});
