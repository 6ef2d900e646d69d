import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { openStore } from '../index.ts';
import { ingestInto } from './index.ts';

// Invented: one JSONL bundle of five short county notices (no real news text).
const notice = (i: number) =>
  JSON.stringify({
    outlet: 'Quenby Courier',
    publishedAt: `2024-05-0${i + 1}`,
    title: `Quenby library notice ${i}`,
    url: `https://quenby-courier.example/notice-${i}`,
    text: `The Quenby library will open on Sunday ${i} after residents signed a petition, librarian Edda Morrow said. Notice number ${i} of the spring.`,
  });
const BUNDLE = {
  path: 'notices.jsonl',
  bytes: new TextEncoder().encode(`${[0, 1, 2, 3, 4].map(notice).join('\n')}\n`),
};

test('a bundle counts as a file done only once its last record is stored', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const seen: [number, number][] = [];
  const summary = await ingestInto(
    store,
    [BUNDLE],
    { batchSize: 2, onBatch: (p) => seen.push([p.files, p.inserted]) },
    createContext({ now: new Date('2024-06-01T00:00:00Z') }),
  );
  assert.equal(summary.inserted, 5);
  // three batches of the one file: the bar stays at 0 of 1 file while records are stored
  assert.deepEqual(seen, [
    [0, 2],
    [0, 4],
    [1, 5],
  ]);
  assert.equal(summary.files, 1);
});
