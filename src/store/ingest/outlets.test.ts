import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FIRE_A, FIRE_B } from '../../../test/store/invented-feed.ts';
import { createContext } from '../../model/index.ts';
import { openStore } from '../index.ts';
import { ingestInto, storyReport } from './index.ts';
import { withStoredOutlets } from './reports.ts';

const ctx = () => createContext({ now: new Date('2024-06-01T00:00:00Z') });
const LEDGER = {
  name: 'larkport-ledger',
  domains: ['larkport-ledger.example'],
  leaning: 'left',
  owner: 'Lark Media',
};

test("an ingest's outlets (a manifest's leanings) are kept, and a report computed later shows them", async () => {
  const store = await openStore(':memory:');
  await ingestInto(store, [FIRE_A, FIRE_B], { analyze: { compare: { outlets: [LEDGER] } } }, ctx());
  assert.deepEqual(await store.outlets(), [LEDGER]);
  const [story] = await store.stories();
  const report = await storyReport(store, story?.id as string, {}, ctx());
  const framing = report?.stories[0]?.framing;
  assert.deepEqual(
    framing?.outlets.map((o) => [o.name, o.leaning, o.owner]),
    [['larkport-ledger', 'left', 'Lark Media']],
  );
  await store.close();
  // the same ingest without the outlets: nothing is invented
  const bare = await openStore(':memory:');
  await ingestInto(bare, [FIRE_A, FIRE_B], {}, ctx());
  const [same] = await bare.stories();
  assert.deepEqual(
    (await storyReport(bare, same?.id as string, {}, ctx()))?.stories[0]?.framing?.outlets,
    [],
  );
  await bare.close();
});

test('withStoredOutlets: the outlets given win over the stored ones of the same name', () => {
  const stored = [
    { ...LEDGER, leaning: 'right' },
    { name: 'Coastal-Herald', domains: [], leaning: 'centre', owner: null },
  ];
  const given = { compare: { outlets: [LEDGER] } };
  assert.deepEqual(withStoredOutlets(given, stored).compare?.outlets, [
    LEDGER,
    { name: 'Coastal-Herald', domains: [], leaning: 'centre', owner: null },
  ]);
  assert.equal(withStoredOutlets(given, []), given);
  assert.deepEqual(withStoredOutlets({}, stored).compare?.outlets?.[0]?.leaning, 'right');
});
