import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarized } from './test-story.ts';

// review46c #6: a difference lists a toll against a report of none ("died 2 → 0"); the summary's note
// beside the toll tells that none, never another figure of the none side's sentence (the 18 sick
// are no deaths, and the Differences section does not list them). Invented story.
const SHELTER = [
  {
    outlet: 'Harl Radio',
    publishedAt: '2026-03-02T08:00:00Z',
    title: 'Cholera at Lenn shelter',
    text: 'Two people have died of cholera at the Lenn valley shelter, doctors said.\n\nThe shelter holds about 600 families.\n\nDoctors asked families to boil their water.',
  },
  {
    outlet: 'Coast Ledger',
    publishedAt: '2026-03-02T09:00:00Z',
    title: 'Lenn shelter outbreak',
    text: 'The outbreak at the Lenn valley shelter has sickened 18 people, the district office said, with no deaths reported.\n\nThe district office sent two nurses to the shelter.\n\nWater tankers will call twice a day.',
  },
];

test('a note beside a toll tells the value the difference lists, not another figure of the other side', () => {
  const { out, comparison } = summarized(SHELTER, 120);
  const values = (comparison.differences ?? [])
    .filter((d) => d.kind === 'figure')
    .map((d) => d.sides.map((s) => s.value?.number).join(' vs '));
  assert.deepEqual(values, ['2 vs 0'], JSON.stringify(values));
  const all = out.summary.map((s) => s.text).join(' | ');
  assert.doesNotMatch(all, /\b18 people in\b|differ: 18\b/, all);
  assert.match(all, /Reports differ: none in Coast Ledger \(see Differences to check\)\./, all);
});
