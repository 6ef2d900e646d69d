import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { fixtureStore } from '../../src/server/fixtures/store.ts';
import { type RunningServer, startServer } from '../../src/server/index.ts';
import type { Store } from '../../src/store/types.ts';
import { chromiumMissing, launchChromium } from '../chromium.ts';

const AXE = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname;

// An ingest's progress page while the ingest runs (a URL list whose fetcher waits for the test): with
// script it is brought up to date in place and read again once at the end, never refreshed every
// second (axe's meta-refresh, critical); without script it refreshes itself.
describe('the progress page of an addition under way, in a browser', { skip: chromiumMissing() }, () => {
  let browser: Browser;
  let store: Store;
  let server: RunningServer;
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  before(async () => {
    store = await fixtureStore();
    // the fetcher comes when the test lets it, and then fails: the job ends as failed
    const fetcher = () => gate.then(() => Promise.reject(new Error('no network in the test')));
    server = await startServer({ store, fetcher }, { port: 0 });
    browser = await launchChromium();
  });
  after(async () => {
    release();
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  // (first: the next test lets the fetcher come, which ends every job)
  test('without script: the page refreshes itself while the job runs', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const body = new URLSearchParams({ urls: 'https://example.org/news/2' });
    // the form posted as a browser without script does, then its job's page
    const res = await fetch(`${server.url}/add`, { method: 'POST', body, redirect: 'manual' });
    const location = res.headers.get('location') ?? '';
    assert.match(location, /^\/add\/jobs\//);
    await page.goto(`${server.url}${location}`);
    assert.equal(
      await page.evaluate<number>(`document.querySelectorAll('meta[http-equiv="refresh"]').length`),
      1,
    );
    await context.close();
  });

  test('with script: no self-refresh, no axe violation; the page is read again once the job is over', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/add`);
    await page.fill('textarea[name=urls]', 'https://example.org/news/1');
    await Promise.all([page.waitForURL(/\/add\/jobs\//), page.click('form button[type=submit]')]);
    assert.equal(await page.locator('[data-job][data-running]').count(), 1, 'the job runs');
    assert.equal(
      await page.evaluate<number>(`document.querySelectorAll('meta[http-equiv="refresh"]').length`),
      0,
    );
    await page.addScriptTag({ content: readFileSync(AXE, 'utf8') });
    const violations = await page.evaluate<{ id: string; impact: string }[]>(
      `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact })))`,
    );
    assert.deepEqual(
      violations.filter((v) => v.impact !== 'minor'),
      [],
    );
    // a second later the page is the same document (not reloaded), its status line kept up to date
    await page.evaluate('window.__same = 1');
    await page.waitForTimeout(1500);
    assert.equal(await page.evaluate('window.__same'), 1, 'not reloaded while the job runs');
    release();
    await page.waitForSelector('[data-job]:not([data-running])', { timeout: 30_000 });
    assert.match((await page.locator('[role=status]').textContent()) ?? '', /./);
    await context.close();
  });
});
