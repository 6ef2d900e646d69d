import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fetchRound, memoryStoreFor, smallSiteFor } from './fixtures/fetch-rounds.ts';
import { articlesOf } from './fixtures/settings.ts';
import { rssFeed } from './fixtures/small-site.ts';
import { storeHealth } from './health.ts';

// An invented outlet's sitemap lists its news and its site pages alike, each with a lastmod: the
// pages that say nothing of being an article are left out and named; those that do are stored.
const TEXT = [
  'The Pellow Bay harbour board voted on Tuesday to close the north slipway for six weeks of repairs.',
  'Board chair Ines Corran said the work would cost about 90,000 pounds and start after the regatta.',
  'Fishing crews will use the south slipway meanwhile, and the board will meet them next week about times.',
];
const html = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const paragraphs = TEXT.map((p) => `<p>${p}</p>`).join('\n');
const PAGES: Record<string, string> = {
  // a site page: no markup, no date or byline of its own
  '/about': html(
    '<title>About us | Pellow Bay Post</title>',
    '<main><h1>About the Pellow Bay Post</h1><p>The Pellow Bay Post has served the bay since 1902. Write to the newsroom at the harbour office.</p></main>',
  ),
  // a short text in an <article> element, as a CMS wraps every page
  '/contact': html(
    '<title>Contact | Pellow Bay Post</title>',
    '<article><h1>Contact us</h1><p>Call the newsroom on weekdays between nine and five.</p></article>',
  ),
  // news pages, each saying so one way only
  '/news/slipway-dated': html(
    '<title>Slipway to close</title>',
    `<main><h1>Slipway to close for repairs</h1><time datetime="2026-11-03T09:00:00Z">3 November 2026</time>${paragraphs}</main>`,
  ),
  '/news/slipway-og': html(
    '<title>Slipway closure agreed</title><meta property="og:type" content="article">',
    `<main><h1>Slipway closure agreed</h1>${paragraphs.replace('Tuesday', 'Monday')}</main>`,
  ),
  '/news/slipway-ld': html(
    '<title>Board backs slipway plan</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Board backs slipway plan"}</script>',
    `<main><h1>Board backs slipway plan</h1>${paragraphs.replace('six weeks', 'five weeks')}</main>`,
  ),
};
const sitemap = (origin: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${Object.keys(
    PAGES,
  )
    .map((path) => `<url><loc>${origin}${path}</loc><lastmod>2026-11-03</lastmod></url>`)
    .join('')}</urlset>`;

test("a sitemap's pages that say they are no article are left out and named; its articles are stored", async (t) => {
  const site = await smallSiteFor(t);
  const store = await memoryStoreFor(t);
  for (const [path, body] of Object.entries(PAGES)) site.pages.set(path, body);
  site.pages.set('/sitemap.xml', sitemap(site.origin));
  const run = await fetchRound(store, [`${site.origin}/sitemap.xml`]);
  assert.deepEqual([run.fetched, run.stored, run.notArticle, run.noArticle], [5, 3, 2, 0]);
  const titles = (await articlesOf(store)).map((a) => a.title).sort();
  assert.deepEqual(titles, [
    'Board backs slipway plan',
    'Slipway closure agreed',
    'Slipway to close for repairs',
  ]);
  const notes = run.notes.map((n) => `${new URL(n.url).pathname}: ${n.note}`);
  assert.equal(notes.length, 2);
  assert.match(
    notes.find((n) => n.startsWith('/about')) ?? '',
    /not an article: no article markup .* left out/,
  );
  assert.match(
    notes.find((n) => n.startsWith('/contact')) ?? '',
    /a short text \(\d+ words\) in an <article>/,
  );
  // `parallax sources` names them (fetched for no source: under "(no source)")
  const leftOut = async () => (await storeHealth(store, new Date())).map((r) => [r.name, r.leftOut.count]);
  assert.deepEqual(await leftOut(), [['(no source)', 2]]);
  // handled: the next run does not ask them again
  const again = await fetchRound(store, [`${site.origin}/sitemap.xml`]);
  assert.equal(again.fetched, 0);
  // named by the user herself, a page left out is taken
  const named = await fetchRound(store, [`${site.origin}/about`]);
  assert.equal(named.stored, 1);
  assert.ok((await articlesOf(store)).some((a) => a.title?.startsWith('About')));
  assert.deepEqual(await leftOut(), [['(no source)', 1]]);
});

test("a feed's entry is a post by the feed's word: its page is stored with no article markup of its own", async (t) => {
  const site = await smallSiteFor(t);
  const store = await memoryStoreFor(t);
  site.pages.set('/about', PAGES['/about'] as string);
  const item = { title: 'About us', link: `${site.origin}/about`, date: 'Tue, 03 Nov 2026 09:00:00 GMT' };
  site.pages.set('/rss.xml', rssFeed('Pellow Bay Post', [item]));
  const run = await fetchRound(store, [`${site.origin}/rss.xml`]);
  assert.deepEqual([run.stored, run.notArticle], [1, 0]);
});
