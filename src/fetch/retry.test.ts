import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fetchRound, listPage, memoryStoreFor, smallSiteFor } from './fixtures/fetch-rounds.ts';
import { newsPage } from './fixtures/small-site.ts';
import { storeHealth } from './health.ts';
import { GIVE_UP_AFTER_MS, MAX_PAGE_ATTEMPTS } from './patterns.ts';
import { givenUp, retryDue } from './retry.ts';

const HOUR = 3_600_000;
const POLICY = { maxAttempts: MAX_PAGE_ATTEMPTS, giveUpAfterMs: GIVE_UP_AFTER_MS };
const at = (hours: number) => new Date(Date.parse('2026-12-06T22:00:00Z') + hours * HOUR).toISOString();

test('a failed page is given up on after its attempts over at least the span, not after its attempts alone', () => {
  const cases: [number, number, boolean][] = [
    // attempts, hours from the first to the last, given up
    [2, 24, false],
    [3, 0.75, false],
    [9, 5.5, false],
    [3, 6, true],
    [3, 48, true],
  ];
  for (const [attempts, hours, expected] of cases)
    assert.equal(
      givenUp({ attempts, firstAt: at(0), fetchedAt: at(hours) }, POLICY),
      expected,
      `${attempts}, ${hours} h`,
    );
});

test('a failed page waits longer after each failure before it is asked again: 10, 20, 40 min … at most 3 h', () => {
  const cases: [number, number, boolean][] = [
    // attempts so far, minutes since the last, due
    [1, 5, false],
    [1, 10, true],
    // a watch polling every 15 min: not a round late for a wait a little longer than its last
    [2, 15, false],
    [2, 19, true],
    [3, 30, false],
    [3, 40, true],
    [8, 120, false],
    [8, 180, true],
  ];
  for (const [attempts, minutes, expected] of cases)
    assert.equal(
      retryDue({ attempts, fetchedAt: at(0) }, Date.parse(at(minutes / 60))),
      expected,
      `${attempts} attempts, ${minutes} min`,
    );
});

// newuser17 #12: a watch polling every 15 minutes gave a page up after three rounds of a 45-minute outage.
test('a page that fails through a 45-minute outage on a 15-minute watch is stored once the site is back', async (t) => {
  const site = await smallSiteFor(t);
  const store = await memoryStoreFor(t);
  const paragraphs = [
    'The Tarrow ferry to Elmsey Island was cancelled on Friday as gales swept the Tarrow estuary.',
    'The operator, Estuary Lines, said crossings would resume once the wind eased below 40 knots.',
    'Passengers were told to check the Estuary Lines website before travelling on Saturday.',
  ];
  const item = listPage(site, {
    outlet: 'Tarrow Courier',
    path: '/news/ferry-cancelled',
    headline: 'Gales cancel the Elmsey ferry',
    paragraphs,
    date: 'Fri, 04 Dec 2026 21:00:00 GMT',
  });
  site.pages.delete('/news/ferry-cancelled');
  const feed = `${site.origin}/rss.xml`;
  const start = Date.now();
  const round = (minutes: number) => fetchRound(store, [feed], { now: new Date(start + minutes * 60_000) });
  assert.equal((await round(0)).failed, 1);
  assert.equal((await round(15)).failed, 1);
  // its third attempt waits 20 minutes after the second: this round leaves it
  const waiting = await round(30);
  assert.deepEqual([waiting.failed, waiting.waiting], [0, 1]);
  assert.equal((await storeHealth(store, new Date()))[0]?.givenUp.count, 0);
  site.pages.set('/news/ferry-cancelled', newsPage('Tarrow Courier', item.title, paragraphs));
  const back = await round(45);
  assert.deepEqual([back.stored, back.failed], [1, 0]);
});
