import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { article } from '../../../test/store/invented-feed.ts';
import { createContext } from '../../model/index.ts';
import { openStore } from '../index.ts';
import { ingestInto } from './index.ts';

// Invented one-paragraph articles, as a user pastes them into `serve`'s /add: a café opening and a
// ferry timetable in one town and month, and another outlet's word on the café.
const CAFE = article(
  'wrenfield-post',
  '2025-03-04',
  'Harbour café opens in old Wrenfield net loft',
  'A café opened in the old net loft on Wrenfield harbour on Tuesday, March 4, 2025. Owner Maelle Dupras said it seats forty and serves fish soup made from the morning catch, and will stay open all winter.',
);
const FERRY = article(
  'coast-daily',
  '2025-03-05',
  'Wrenfield ferry adds early sailing',
  'The Wrenfield ferry will add a 6:15 a.m. sailing to Tarrow Island from March 10, 2025, the operator Saltline said on Wednesday, after commuters asked for an earlier crossing. The fare stays at £4.',
);
const CAFE_TOO = article(
  'coast-daily',
  '2025-03-05',
  'Fish soup and forty seats: net loft becomes Wrenfield café',
  "Wrenfield's old harbour net loft reopened on Tuesday as a café. Maelle Dupras, its owner, said the forty-seat café would serve fish soup from the morning catch and stay open through the winter.",
);

const ctx = () => createContext({ now: new Date('2025-03-06T00:00:00Z') });
const example = (name: string) => ({
  path: name,
  bytes: readFileSync(new URL(`../../../examples/harbor-bridge/${name}`, import.meta.url)),
});

test("added one after the other (serve's /add), the example's bridge closure and chowder festival are two stories", async () => {
  const store = await openStore(':memory:');
  await ingestInto(store, [example('01-norhaven-courier.txt')], {}, ctx());
  const festival = await ingestInto(store, [example('07-courier-chowder-festival.txt')], {}, ctx());
  assert.deepEqual([festival.storiesCreated, festival.storiesGrown], [1, 0]);
  assert.deepEqual(
    (await store.stories()).map((s) => s.articleCount),
    [1, 1],
  );
  await store.close();
});

// One paragraph each, the café and the ferry share a third of their weight (the town, the month, the
// year, "say", "stay"), above HELD_FLOOR; but of an event beyond that setting only "stay", a word of
// their leads' second sentences (the cluster stage's setting.ts), so they part.
test('pasted one at a time, two one-paragraph articles of one town and month are two stories; another telling joins its own', async () => {
  const store = await openStore(':memory:');
  await ingestInto(store, [CAFE], {}, ctx());
  const ferry = await ingestInto(store, [FERRY], {}, ctx());
  assert.equal(ferry.storiesCreated, 1, 'the ferry article starts its own story');
  const cafe = await ingestInto(store, [CAFE_TOO], {}, ctx());
  assert.deepEqual([cafe.storiesCreated, cafe.storiesGrown], [0, 1]);
  assert.deepEqual((await store.stories()).map((s) => s.articleCount).sort(), [1, 2]);
  await store.close();
});
