import assert from 'node:assert/strict';
import { test } from 'node:test';
import pg from 'pg';
import { createTestDatabase, needsPostgres } from '../../../test/store/pg-database.ts';
import { createContext } from '../../model/index.ts';
import { openStore } from '../index.ts';
import type { Store } from '../types.ts';
import { ingestInto } from './index.ts';

// Invented pages: two of The Wendmoor Star with its site name, later its print version alone (no
// site name: named by its domain); a platform whose pages give two names, later one without any.
const page = (url: string, title: string, siteName: string | null, text: string) => ({
  path: `${title}.html`,
  bytes: new TextEncoder().encode(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="canonical" href="${url}">${siteName ? `<meta property="og:site_name" content="${siteName}">` : ''}
<meta property="article:published_time" content="2026-11-30T09:00:00Z"></head><body><article><h1>${title}</h1>
<p>${text}</p><p>The harbour board said the work would be finished before the spring tides, and that the pier would stay open to walkers.</p>
</article></body></html>`,
  ),
});

const DECK =
  'Workers began replacing the deck of the Wendmoor ferry pier on Monday, three weeks later than planned.';
const TOLL =
  'The council of Skell voted on Tuesday to keep the island bridge free of tolls for another year.';
const FARES =
  'Ferry fares between Wendmoor and the island of Skell will rise by a tenth in January, the operator said.';
const GARDEN =
  'The rose beds beside the Wendmoor ferry pier were replanted by volunteers over the long weekend.';
const VOTE =
  'Kessel councillors will vote in March on whether the old pier at Tolmere should be pulled down.';
const CAFE =
  'A new cafe opened on the Wendmoor quay on Saturday in the old ticket office of the ferry company.';

async function check(store: Store): Promise<void> {
  const ctx = () => createContext({ now: new Date('2026-12-05T00:00:00Z') });
  await ingestInto(
    store,
    [
      page(
        'https://www.wendmoorstar.example/news/pier-deck',
        'Pier deck work begins',
        'The Wendmoor Star',
        DECK,
      ),
      page('https://blogs.example/harbour/toll', 'Bridge stays free', 'Harbour Notes', TOLL),
      page('https://blogs.example/island/cafe', 'Quay cafe opens', 'Island Diary', CAFE),
      page('https://notes.example/anna/ferry-pier', 'Garden by the pier', 'Anna Garden Notes', GARDEN),
    ],
    {},
    ctx(),
  );
  // another reporter's ingest, later: the print version alone, and a platform page without a name
  await ingestInto(
    store,
    [
      // on the mobile host: one site with www.wendmoorstar.example, as the run reads it (siteHost)
      page('https://m.wendmoorstar.example/news/ferry-fares?print=1', 'Ferry fares to rise', null, FARES),
      page('https://blogs.example/quay/pier', 'Pier notes', null, `${DECK} ${TOLL}`),
      // another blog of a host where one blog alone gave a name: not that blog's
      page('https://notes.example/kessel-watch/pier-vote', 'Pier vote watch', null, VOTE),
    ],
    {},
    ctx(),
  );
  const outlets: Record<string, string | null> = {};
  for await (const { article } of store.articles()) outlets[article.title ?? ''] = article.outlet;
  assert.equal(outlets['Ferry fares to rise'], 'The Wendmoor Star');
  assert.equal(outlets['Pier notes'], 'blogs.example');
  assert.equal(outlets['Pier vote watch'], 'notes.example');
  assert.equal(outlets['Pier deck work begins'], 'The Wendmoor Star');
}

test('a page named only by its domain takes the name its host has in the store (SQLite)', async () => {
  const store = await openStore(':memory:');
  try {
    await check(store);
  } finally {
    await store.close();
  }
});

test('… and in PostgreSQL', { skip: needsPostgres() }, async () => {
  const db = await createTestDatabase('host_outlets');
  try {
    const store = await openStore(db.url);
    try {
      await check(store);
      // a folder whose name holds LIKE's wildcard is matched as written ('kessel_watch' is no 'kessel-watch')
      assert.deepEqual(
        await store.hostOutlets(['notes.example/kessel_watch']),
        new Map([['notes.example/kessel_watch', []]]),
      );
    } finally {
      await store.close();
    }
    // the prefix match is served by an index, whatever the database's collation
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query('SET enable_seqscan = off');
      const plan = await client.query(
        "EXPLAIN SELECT DISTINCT outlet FROM articles WHERE url_key LIKE 'https://notes.example/anna/%' AND outlet IS NOT NULL LIMIT 3",
      );
      assert.match(plan.rows.map((r) => r['QUERY PLAN']).join('\n'), /articles_url_key_prefix/);
    } finally {
      await client.end();
    }
  } finally {
    await db.drop();
  }
});
