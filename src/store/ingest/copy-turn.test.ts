import assert from 'node:assert/strict';
import { test } from 'node:test';
import { article } from '../../../test/store/invented-feed.ts';
import { createContext } from '../../model/index.ts';
import { openStore } from '../index.ts';
import type { Store } from '../types.ts';
import { ingestInto } from './index.ts';

// Invented: a wire report and two republishers' copies of it, a day and two days later. Who copied
// whom is the earliest published, whichever was stored first (newuser12 finding 7: two assistants'
// ingests raced, and the later article was stored first and kept as the original).
const BODY = [
  'Harbour pilots in the port town of Calvessa refused to guide ships in on Monday after the harbour board cut the night shift, the pilots association said in a statement.',
  'Association secretary Brannoch Ilves said eleven cargo ships were waiting at anchor outside the breakwater and that two ferries had been sent to the smaller port of Rennick instead.',
  'The harbour board said the cut was needed to balance its budget and offered talks on Thursday, adding that tugs would stay on call for any ship in distress.',
  'The port handles most of the island grain imports, and millers warned that flour could run short within a fortnight if the ships stay outside.',
];
const WIRE_TITLE = 'Calvessa pilots refuse night work';
const WIRE = article('coastline-wire', '2026-03-02', WIRE_TITLE, ...BODY);
const titleOf = (outlet: string) => `${outlet}: Calvessa ships wait at anchor`;
const copyOn = (outlet: string, date: string, lead: string) =>
  article(outlet, date, titleOf(outlet), lead, ...BODY.slice(1));
const FIRST = copyOn(
  'isle-herald',
  '2026-03-03',
  'Pilots in Calvessa refused to bring ships into the harbour on Monday after night shifts were cut, their association said.',
);
const SECOND = copyOn(
  'grain-weekly',
  '2026-03-04',
  'Ships are waiting outside Calvessa because pilots refused night work on Monday, their association said.',
);

const ctx = () => createContext({ now: new Date('2026-03-10T00:00:00Z') });
// each article's title → the title of the original it republishes (null: its own original)
async function links(store: Store): Promise<Record<string, string | null>> {
  const stored = [];
  for await (const a of store.articles()) stored.push(a.article);
  const title = new Map(stored.map((a) => [a.id, a.title]));
  return Object.fromEntries(
    stored.map((a) => [
      a.title ?? '',
      a.syndicatedFrom === null ? null : (title.get(a.syndicatedFrom) ?? '?'),
    ]),
  );
}
const EXPECTED = {
  [WIRE_TITLE]: null,
  [titleOf('isle-herald')]: WIRE_TITLE,
  [titleOf('grain-weekly')]: WIRE_TITLE,
};

test('the earliest published is the original, stored in one ingest as analyze reads them', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  await ingestInto(store, [SECOND, FIRST, WIRE], {}, ctx());
  assert.deepEqual(await links(store), EXPECTED);
});

test('an earlier original stored after its copies: the copies turn to it, their stories stale', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  await ingestInto(store, [FIRST], {}, ctx());
  await ingestInto(store, [SECOND], {}, ctx());
  assert.deepEqual(await links(store), {
    [titleOf('isle-herald')]: null,
    [titleOf('grain-weekly')]: titleOf('isle-herald'),
  });
  const before = await store.stories();
  for (const story of before) {
    const asOf = story.updatedAt;
    await store.saveReport(story.id, { generator: { version: store.reportVersion } } as never, asOf);
  }
  await ingestInto(store, [WIRE], {}, ctx());
  assert.deepEqual(await links(store), EXPECTED);
  // the grouping reads the turned original as a copy now, the wire as no copy
  const copies = new Set<string>();
  for await (const a of store.articles()) if (a.article.syndicatedFrom !== null) copies.add(a.article.id);
  for await (const row of store.featuresSince(null))
    assert.equal((row.features as { syndicated: boolean }).syndicated, copies.has(row.id), row.id);
  // a report made before the turn is stale: the story's copies changed
  for (const story of before)
    assert.equal((await store.story(story.id, { articles: false }))?.story.reportStale, true, story.id);
});
