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

test('progress counts records: a bundle moves batch by batch, counted before the first is read', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const page = { path: 'one-page.txt', bytes: new TextEncoder().encode(notice(7)) };
  const seen: [string, number, number][] = [];
  const say = (when: string) => (p: { records: number; totalRecords: number }) =>
    seen.push([when, p.records, p.totalRecords]);
  await ingestInto(
    store,
    [BUNDLE, page],
    { batchSize: 2, groupEvery: 100, onStart: say('start'), onBatch: say('batch') },
    createContext({ now: new Date('2024-06-01T00:00:00Z') }),
  );
  // five records and a page (one chunk of two files): six in all from the start, each batch of two
  // articles two records on
  assert.deepEqual(seen, [
    ['start', 0, 6],
    ['batch', 2, 6],
    ['batch', 4, 6],
    ['batch', 6, 6],
  ]);
});

test("an iterable's files not read yet count one record each, until read", async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const seen: [number, number][] = [];
  function* files() {
    yield BUNDLE;
  }
  await ingestInto(
    store,
    files(),
    { batchSize: 2, totalFiles: 3, onStart: (p) => seen.push([p.records, p.totalRecords]) },
    createContext({ now: new Date('2024-06-01T00:00:00Z') }),
  );
  assert.deepEqual(seen, [[0, 3]]);
});
