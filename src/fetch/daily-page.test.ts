import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fetchRound, listPage, memoryStoreFor, smallSiteFor } from './fixtures/fetch-rounds.ts';

// The page on Monday, and what Tuesday's briefing puts on it. Invented articles.
const MONDAY = {
  outlet: 'Corrin Ledger',
  path: '/briefing/today',
  headline: "Today's briefing: Harlow dam inspection",
  paragraphs: [
    'Engineers will inspect the Harlow dam spillway this week after cracks were reported by a fisherman.',
    'The county closed the footpath over the dam on Sunday evening, and the inspection is expected to take four days.',
  ],
  date: 'Mon, 16 Nov 2026 06:00:00 GMT',
};
const TUESDAY = {
  headline: "Today's briefing: Pellam school strike",
  paragraphs: [
    'Teachers at the four Pellam secondary schools walked out on Tuesday morning over a pay offer of two percent.',
    'The union said the strike would last until Friday, and parents were told to keep pupils at home.',
  ],
  date: 'Tue, 17 Nov 2026 06:00:00 GMT',
};

// A "today's briefing" page overwritten each day at one address, fetched again the next day: the
// next day's text is another article, stored as one of its own; the first day's stays, with no
// earlier version. Before, the next day's replaced it as a correction of it. Invented articles.
test("a page overwritten each day, fetched again the next day, stores the next day's article as its own", async (t) => {
  const site = await smallSiteFor(t);
  const store = await memoryStoreFor(t);
  const page = MONDAY;
  listPage(site, page);
  assert.equal((await fetchRound(store, [`${site.origin}/rss.xml`])).stored, 1);
  listPage(site, { ...page, ...TUESDAY });
  const again = await fetchRound(store, [`${site.origin}/rss.xml`], { refresh: true });
  assert.deepEqual([again.stored, again.updated], [1, 0]);
  const stored = [];
  for await (const s of store.articles()) stored.push(s.article);
  assert.deepEqual(
    stored.map((a) => a.title),
    ["Today's briefing: Harlow dam inspection", "Today's briefing: Pellam school strike"],
  );
  for (const a of stored) assert.deepEqual(await store.articleRevisions(a.id), []);
  // the page names the next day's article now: fetched again unchanged, nothing new
  const third = await fetchRound(store, [`${site.origin}/rss.xml`], { refresh: true });
  assert.deepEqual([third.stored, third.updated], [0, 0]);
  assert.equal((await store.stats()).articles, 2);
});

// The same page with no date anywhere (a feed item without pubDate, no date in the page): another
// day's text is not told from a correction, so it is taken as the article's new version, the text
// before kept, as before; now the run says so, where before it said nothing of it.
test('a page with no date, fetched again with another text, is taken as a new version and the run says so', async (t) => {
  const site = await smallSiteFor(t);
  const store = await memoryStoreFor(t);
  const page = { ...MONDAY, date: '' };
  listPage(site, page);
  const first = await fetchRound(store, [`${site.origin}/rss.xml`]);
  assert.equal(first.stored, 1);
  assert.deepEqual(first.notes, []);
  listPage(site, { ...page, headline: TUESDAY.headline, paragraphs: TUESDAY.paragraphs });
  const again = await fetchRound(store, [`${site.origin}/rss.xml`], { refresh: true });
  assert.deepEqual([again.stored, again.updated], [0, 1]);
  const stored = (await store.articles()[Symbol.asyncIterator]().next()).value;
  assert.equal((await store.stats()).articles, 1);
  assert.equal(stored?.article.title, "Today's briefing: Pellam school strike");
  assert.equal((await store.articleRevisions(stored?.article.id as string)).length, 1);
  assert.deepEqual(
    again.notes.map((n) => n.note.replace(/a\d+/g, 'a#')),
    [
      "undated: taken as a new version of article a#, the text before kept (parallax article a# --versions): its text changed, and without a date on both versions another day's article at this address is not told from a correction",
    ],
  );
  // a correction of a few words shares its text: a version, and nothing to say
  listPage(site, {
    ...page,
    headline: "Today's briefing: Pellam school strike",
    paragraphs: [
      'Teachers at the four Pellam secondary schools walked out on Tuesday morning over a pay offer of three percent.',
      'The union said the strike would last until Friday, and parents were told to keep pupils at home.',
    ],
  });
  const fixed = await fetchRound(store, [`${site.origin}/rss.xml`], { refresh: true });
  assert.deepEqual([fixed.updated, fixed.notes], [1, []]);
});
