import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { openStore } from '../index.ts';
import type { Store, StoredArticle } from '../types.ts';
import { ingestInto } from './index.ts';

// A page saved before and after its correction, ingested into a store: the store kept the first
// version it met and dropped the corrected one as "already stored by URL", while analyze reads the
// corrected one, so the store's story told the retracted "will close immediately" (midreview34 #5).
// Invented articles.
const URL = 'https://tallis-gazette.example/local/velmoor-approves-library-cuts';
const LEAD =
  'The Velmoor City Council on Tuesday approved a 40 percent cut to the library budget and voted to close three branches. The vote was 7-4. Mayor Hella Brandt said the deficit had left the council no choice.';
const record = (closing: string, dates: Record<string, string>) =>
  JSON.stringify({
    title: 'Velmoor approves library cuts',
    outlet: 'Tallis Gazette',
    url: URL,
    text: `${LEAD}\n\n${closing}`,
    ...dates,
  });
const RETRACTED = record('The Ashgrove, Millbrook and Quayside branches will close immediately.', {
  publishedAt: '2026-11-18T10:00:00+01:00',
});
// a site that re-dates a corrected page: a later publishedAt, no modifiedAt
const CORRECTED = record('The Ashgrove, Millbrook and Quayside branches will close on March 1, 2027.', {
  publishedAt: '2026-11-19T09:00:00+01:00',
});
const file = (...lines: string[]) => ({
  path: 'desk.jsonl',
  bytes: new TextEncoder().encode(lines.join('\n')),
});
const ctx = () => createContext({ now: new Date('2026-11-20T00:00:00Z') });

async function storedTexts(ingests: readonly ReturnType<typeof file>[]) {
  const store = await openStore(':memory:');
  const issues = [];
  for (const one of ingests) {
    const run = ctx();
    await ingestInto(store, [one], {}, run);
    issues.push(...run.issues);
  }
  const texts: string[] = [];
  const revisions = [];
  for await (const stored of store.articles()) {
    texts.push(stored.article.text);
    revisions.push(...(await store.articleRevisions(stored.article.id)));
  }
  await store.close();
  return { texts, revisions, issues };
}

test('the store keeps the later version of a page, the earlier as its revision, in either order and ingest', async () => {
  for (const [what, ingests] of [
    ['one ingest, the earlier first', [file(RETRACTED, CORRECTED)]],
    ['two ingests, the earlier first', [file(RETRACTED), file(CORRECTED)]],
    ['two ingests, the later first', [file(CORRECTED), file(RETRACTED)]],
  ] as const) {
    const { texts, revisions, issues } = await storedTexts(ingests);
    assert.equal(texts.length, 1, what);
    assert.match(texts[0] ?? '', /close on March 1, 2027/, what);
    // the earlier met after the later one is kept as its revision too (before, it was dropped)
    assert.equal(revisions.length, 1, what);
    assert.match(revisions[0]?.text ?? '', /close immediately/, what);
    assert.equal(
      issues.some((i) => i.code === 'ingest/later-version'),
      !what.endsWith('later first'),
      what,
    );
    assert.equal(
      issues.some((i) => i.code === 'ingest/earlier-version'),
      what.endsWith('later first'),
      what,
    );
  }
});

test('a later version read as a copy of the page it replaces is no copy once stored in its place', async () => {
  // the two versions in one ingest: the syndicate stage reads the later as a copy of the earlier
  // (by its chunk-local id in one batch, by its store id a batch later), which it then replaces;
  // before, the stored article named a chunk-local id as its original ('the same text as ? [n1]')
  // or a note 'near-duplicate of a1' on a1 itself
  for (const batchSize of [10, 1]) {
    const store = await openStore(':memory:');
    await ingestInto(store, [file(RETRACTED, CORRECTED)], { batchSize }, ctx());
    const stored = [];
    for await (const one of store.articles()) stored.push(one.article);
    await store.close();
    assert.equal(stored.length, 1, `batch of ${batchSize}`);
    assert.match(stored[0]?.text ?? '', /close on March 1, 2027/);
    assert.deepEqual(
      [stored[0]?.syndicatedFrom, stored[0]?.syndicationNote],
      [null, null],
      `batch of ${batchSize}`,
    );
  }
});

test('the same page saved again later with its text unchanged is no later version', async () => {
  // a re-dated page (a later modifiedAt, nothing else changed): before, ingest said it was stored in
  // the stored one's place 'the earlier kept as its revision', and none was kept (the texts are one)
  const resaved = JSON.stringify({ ...JSON.parse(RETRACTED), modifiedAt: '2026-11-19T09:00:00+01:00' });
  const { texts, revisions, issues } = await storedTexts([file(RETRACTED), file(resaved)]);
  assert.equal(texts.length, 1);
  assert.equal(revisions.length, 0);
  assert.deepEqual(
    issues.filter((i) => i.code === 'ingest/later-version'),
    [],
  );
});

test('an earlier version met again after it was kept is kept once, and counted as no duplicate', async () => {
  const store = await openStore(':memory:');
  const runs = [];
  for (const one of [file(CORRECTED), file(RETRACTED), file(RETRACTED)])
    runs.push(await ingestInto(store, [one], {}, ctx()));
  const [stored] = await storedArticles(store);
  assert.equal((await store.articleRevisions(stored?.article.id ?? '')).length, 1);
  await store.close();
  assert.deepEqual(
    runs.map((r) => [r.inserted, r.keptEarlier, r.duplicatesBy.url]),
    [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ],
  );
});

test('a later version stored in the place of the stored one is counted as replaced, not as already stored', async () => {
  const store = await openStore(':memory:');
  await ingestInto(store, [file(RETRACTED)], {}, ctx());
  const run = await ingestInto(store, [file(CORRECTED)], {}, ctx());
  await store.close();
  assert.deepEqual([run.inserted, run.replaced, run.duplicates], [0, 1, 0]);
});

async function storedArticles(store: Store): Promise<StoredArticle[]> {
  const out: StoredArticle[] = [];
  for await (const one of store.articles()) out.push(one);
  return out;
}
