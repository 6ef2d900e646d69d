import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SegmentedArticle } from '../../model/index.ts';
import { articleFeatures, runFeatures } from './features.ts';
import { seriesOf } from './kicker.ts';
import { storedKicker, withoutSeriesKicker } from './stored-series.ts';
import { segmented } from './test-articles.ts';

// Invented: two items of one outlet under one kicker, on two events, and a labelled briefing.
const DOCS = segmented([
  {
    title: 'Mill notes: Weir gates replaced at Ostby',
    outlet: 'Ostby Ledger',
    text: 'New gates were fitted to the Ostby weir on Monday.',
  },
  {
    title: 'Mill notes: Flour prices steady',
    outlet: 'Ostby Ledger',
    text: 'Flour prices held steady at the Ostby exchange on Tuesday.',
  },
  { title: "Today's briefing: Ostby weir", outlet: 'Ostby Ledger', text: 'The weir gates are new.' },
]);

test('stored kickers give the series and the lead analyze reads with it', () => {
  const kickers = DOCS.map(storedKicker);
  // a label the features already leave out has nothing to take away
  assert.equal(kickers[2], null);
  const series = seriesOf(kickers);
  assert.equal(series.size, 1);
  const run = runFeatures(DOCS);
  DOCS.forEach((doc, i) => {
    const stored = withoutSeriesKicker(articleFeatures(doc), kickers[i] ?? undefined, series);
    assert.deepEqual([...stored.lead.keys()].sort(), [...(run[i]?.lead.keys() ?? [])].sort());
    for (const [key, weight] of stored.lead)
      assert.ok(Math.abs(weight - (run[i]?.lead.get(key) ?? 0)) < 1e-9);
  });
  // one item's kicker is no series: the lead keeps it
  const one = seriesOf([kickers[0] ?? null]);
  assert.ok(
    withoutSeriesKicker(articleFeatures(DOCS[0] as SegmentedArticle), kickers[0] ?? undefined, one).lead.has(
      'mill',
    ),
  );
});
