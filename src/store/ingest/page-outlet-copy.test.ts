import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { openStore } from '../index.ts';
import { ingestInto } from './index.ts';

// A saved page that names its own outlet (og:site_name) and runs a wire text word for word that the
// store holds from another paper is that outlet's republication, as `analyze` reads it, not dropped
// as "already stored by text" (newuser13 #14). Invented pages.

const BODY = [
  'The Dunmore council voted on Tuesday to cut the town library budget by a third and close two of its six branches, council officials said.',
  'Mayor Oda Brenn said the deficit had left the council no choice, and the library union said it would meet on Thursday to weigh a strike.',
  'The Orlin and Pessick branches are due to close at the end of February, and the remaining four will open five days a week instead of six.',
];
const page = (site: string, host: string) => ({
  path: `${host}.html`,
  bytes: new TextEncoder().encode(
    `<!doctype html><html><head><title>Dunmore votes to cut library budget</title>` +
      `<meta property="og:site_name" content="${site}"><link rel="canonical" href="https://${host}.example/dunmore-library">` +
      `<meta property="article:published_time" content="2026-11-18T08:00:00Z"></head><body><article>` +
      `<h1>Dunmore votes to cut library budget</h1>${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
  ),
});

test("a page naming its own outlet is kept as that outlet's copy of a stored paper's text", async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  const ctx = createContext({ now: new Date('2026-12-01T00:00:00Z') });
  await ingestInto(store, [page('Harrow Daily', 'harrow-daily')], {}, ctx);
  await ingestInto(store, [page('Eastmarch Herald', 'eastmarch-herald')], {}, ctx);
  const stored: [string | null, boolean][] = [];
  for await (const a of store.articles()) stored.push([a.article.outlet, a.article.syndicatedFrom !== null]);
  assert.deepEqual(stored.sort(), [
    ['Eastmarch Herald', true],
    ['Harrow Daily', false],
  ]);
});
