import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { failedPage } from '../../src/fetch/fixtures/failed-page.ts';
import type { Store } from '../../src/store/types.ts';
import { chromiumMissing } from '../chromium.ts';
import { ARTIFACTS, AXE, AXE_FAILS, overflow, servedSuite } from './served-fixture.ts';

/** A followed source and a page of it given up after 3 failed attempts (invented). */
async function followedWithGivenUp(store: Store): Promise<void> {
  const feed = 'https://glenmoor-echo.example/feed.xml';
  await store.saveSources([
    { name: 'Glenmoor Echo', urls: [feed], leaning: null, owner: null, everyMs: null },
  ]);
  await store.savePages([
    failedPage({
      source: 'Glenmoor Echo',
      feed,
      path: '/news/weir-repairs',
      attempts: 3,
      fetchedAt: '2026-12-06T02:10:00.000Z',
    }),
  ]);
}

// The served app as a reader uses it: headless Chromium against `startServer` on 127.0.0.1, the
// fixture store (with its hostile article) behind it. Screenshots go to test-artifacts/serve/.
// On a phone (320 and 390 px wide, a story page cut to limits): serve-phone.browser.test.ts.
describe('served web app in a browser', {
  skip: chromiumMissing(),
}, () => {
  // the fixture, started before the tests and closed after; `open` records each page's problems
  const { fixture, open, problems } = servedSuite();
  const pwned = (page: Page) => page.evaluate<unknown>('window.__pwned');

  test('the list, at desktop and phone width, with coverage bars and no sideways scroll', async () => {
    const { store } = fixture();
    const page = await open('/');
    assert.equal(await page.locator('ol.stories > li').count(), (await store.stories()).length);
    assert.ok(await page.locator('svg.bar').first().isVisible());
    await page.screenshot({ path: `${ARTIFACTS}list-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    assert.ok((await overflow(page)) <= 0, `the list is ${await overflow(page)}px wider than a phone`);
    await page.screenshot({ path: `${ARTIFACTS}list-phone.png`, fullPage: true });
    await page.close();
  });

  test('search from the list form finds articles with the words marked', async () => {
    const page = await open('/');
    await page.fill('input[name=q]', 'Oakhampton');
    await Promise.all([page.waitForURL(/\?q=Oakhampton/), page.click('form.filters button')]);
    assert.equal(await page.locator('ul.hits > li').count(), 2);
    assert.equal(await page.locator('.hit-snippet mark').first().textContent(), 'Oakhampton');
    await page.screenshot({ path: `${ARTIFACTS}search.png` });
    await page.close();
  });

  test('upload: a file added from the form is ingested and gets its article page', async () => {
    const page = await open('/add');
    await page.setInputFiles('input[name=files]', {
      name: 'ferry.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        'Pellham ferry to run every twenty minutes\n\nHarbourmaster Quentin Ashdown said on Friday that the Pellham ferry will run every twenty minutes this summer. The ferry carried 40,000 people last year.',
      ),
    });
    await Promise.all([page.waitForURL(/\/add\/jobs\//), page.click('form button[type=submit]')]);
    await page.waitForSelector('text=done: 1 new', { timeout: 60_000 });
    await page.screenshot({ path: `${ARTIFACTS}upload-done.png` });
    await Promise.all([page.waitForURL(/\/articles\/a\d+$/), page.click('a[href^="/articles/"]')]);
    assert.match((await page.locator('h1').textContent()) ?? '', /Pellham ferry/);
    await page.close();
  });

  test('hostile title, outlet, URL and text render as text and run nothing', async () => {
    const { dam } = fixture();
    for (const path of [
      '/',
      `/stories/${dam}`,
      '/articles/a4',
      '/articles/a4?hl=0-40#s-0-40',
      '/?q=Glenmoor',
    ]) {
      const page = await open(path);
      assert.equal(await pwned(page), undefined, `a payload ran on ${path}`);
      if (path.startsWith('/articles/a4')) {
        assert.match((await page.locator('h1').textContent()) ?? '', /<script>window.__pwned=1<\/script>/);
        assert.match((await page.locator('main').textContent()) ?? '', /<\/style><script>window.__pwned=5/);
        assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
        await page.screenshot({ path: `${ARTIFACTS}hostile-article.png`, fullPage: true });
      }
      await page.close();
    }
  });

  // newuser23 #14: a sentence's chips wrapped to the start of the next line read as citing the next sentence
  test("the story summary keeps each sentence's citations on the line of its last word, one sentence a line", async () => {
    const { dam } = fixture();
    for (const width of [1366, 390, 320]) {
      const page = await open(`/stories/${dam}`, { width, height: 800 });
      const lines = await page.evaluate<{ sentences: number; apart: number; shared: number }>(`(() => {
        const sents = [...document.querySelectorAll('.px-summary .px-sent')];
        let apart = 0, shared = 0;
        sents.forEach((sent, i) => {
          const tail = sent.querySelector('.px-tail');
          const chip = tail && tail.querySelector('a.cite > span');
          if (!chip) return;
          const range = document.createRange();
          range.selectNodeContents(tail.firstChild);
          const word = range.getBoundingClientRect(), pill = chip.getBoundingClientRect();
          if (Math.abs((word.top + word.bottom) / 2 - (pill.top + pill.bottom) / 2) > word.height) apart++;
          const next = sents[i + 1];
          if (next && next.getBoundingClientRect().top < sent.getBoundingClientRect().bottom - 1) shared++;
        });
        return { sentences: sents.length, apart, shared };
      })()`);
      assert.ok(lines.sentences > 0, 'the dam story has a summary');
      assert.equal(lines.apart, 0, `${width}px: a sentence's first chip is not on its last word's line`);
      assert.equal(lines.shared, 0, `${width}px: a sentence shares a line with the next`);
      assert.ok((await overflow(page)) <= 0, `${width}px: the story page is wider than the window`);
      await page.close();
    }
  });

  test('axe-core finds no accessibility violation of moderate impact or worse on any page', async () => {
    const { browser, store, server, dam } = fixture();
    const axe = readFileSync(AXE, 'utf8');
    // axe is injected into a context that may bypass the CSP: the pages themselves allow no inline script
    const context = await browser.newContext({ bypassCSP: true });
    const paths = ['/', '/?q=Glenmoor', '/?q=nothingmatches', '/articles/a1?hl=0-40', '/add', '/nope'];
    // the What changed page: the form alone, and every story listed as changed since the fixture's ingest
    paths.push('/changes', '/changes?since=2000-01-01', '/changes?since=2999-01-01');
    // the sources page with a followed source's row and a page of it given up on
    await followedWithGivenUp(store);
    paths.push('/sources');
    for (const story of await store.stories()) paths.push(`/stories/${story.id}`);
    for (const part of ['points', 'quotes', 'figures', 'framing', 'coverage'])
      paths.push(`/stories/${dam}/${part}`);
    try {
      for (const path of paths) {
        const page = await context.newPage();
        await page.goto(`${server.url}${path}`);
        await page.addScriptTag({ content: axe });
        const violations = await page.evaluate<{ id: string; impact: string; nodes: number }[]>(
          `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, first: v.nodes[0].html })))`,
        );
        const found = violations.filter((v) => AXE_FAILS.includes(v.impact));
        assert.deepEqual(found, [], `${path}: ${JSON.stringify(found)}`);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });

  test('no console errors, page errors, dialogs or requests off the server on any page', () => {
    assert.deepEqual(problems, []);
  });
});
