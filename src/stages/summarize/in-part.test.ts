import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarized } from './test-story.ts';

// Two invented outlets on one toll dispute: each tells the governor's demand in its own words, one
// with a request the other leaves out, so the support check reads other predicates.
const TOLLS = [
  {
    outlet: 'Valley Ledger',
    text: 'Governor Anna Brill met the transport minister in Harwick on Monday to discuss the bridge tolls.\n\nThe governor added that she had asked the ministry to scrap or lower the tolls on the Arden and Belmont bridges or send more buses to the valley towns.\n\nThe Arden bridge carries about 30,000 cars a day.\n\nA ferry to Belmont was cancelled last winter after its operator went bankrupt.',
  },
  {
    outlet: 'Harwick Courier',
    text: 'Governor Anna Brill and the transport minister met on Monday in Harwick over the bridge tolls.\n\nBrill said she had offered to help the ministry, but had urged it to ease the tolls on the Arden and Belmont bridges and to provide more buses to the valley.\n\nShop owners in Harwick say the tolls keep valley shoppers away.',
  },
];

test('a single-source fact another outlet tells in part in its own words is not listed as one source’s', () => {
  const { out, comparison } = summarized(TOLLS, 60);
  const single = out.points.filter((p) => p.kind === 'single-source').map((p) => p.text);
  const asked = comparison.facts.filter((f) => /had asked the ministry/.test(f.text));
  assert.equal(asked.length, 1);
  assert.equal(asked[0]?.status, 'single-source');
  assert.deepEqual(
    single.filter((t) => /had asked the ministry|ease the tolls/.test(t)),
    [],
    single.join(' | '),
  );
  // what only one outlet tells stays listed: the ferry, the shop owners
  assert.ok(
    single.some((t) => /ferry to Belmont was cancelled/.test(t)),
    single.join(' | '),
  );
  assert.ok(
    single.some((t) => /Shop owners in Harwick/.test(t)),
    single.join(' | '),
  );
});
