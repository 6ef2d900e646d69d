import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { FIXTURE_OUTLETS } from '../../src/server/fixtures/store.ts';
import { startServer } from '../../src/server/index.ts';
import { chromiumMissing } from '../chromium.ts';
import { ARTIFACTS, AXE, AXE_FAILS, overflow, servedSuite } from './served-fixture.ts';

// The served app on a phone, in headless Chromium against the fixture store (with its hostile
// article): no page wider than the screen, a citation's tap target and where it leads, a story page
// cut to limits. Screenshots go to test-artifacts/serve/.
describe('served web app on a phone', {
  skip: chromiumMissing(),
}, () => {
  // the fixture, started before the tests and closed after; `open` records each page's problems
  const { fixture, open, problems } = servedSuite();

  test('the list and the search on the narrowest phone (320 px): a title with a long unbroken word wraps, no sideways scroll', async () => {
    const { dam } = fixture();
    // the hostile article's title holds onerror="window.__pwned=2"> (30 characters without a space)
    for (const path of ['/', '/?q=Glenmoor', `/stories/${dam}`, '/articles/a4']) {
      const page = await open(path, { width: 320, height: 640 });
      assert.ok(
        (await overflow(page)) <= 0,
        `${path} is ${await overflow(page)}px wider than a 320 px phone`,
      );
      await page.close();
    }
  });

  test('the story page on a phone: no sideways scroll; a citation tap opens its sentence highlighted, with the outlet and a way back', async () => {
    const { store, dam } = fixture();
    const page = await open(`/stories/${dam}`, { width: 390, height: 844 });
    assert.ok((await overflow(page)) <= 0, `the story page is ${await overflow(page)}px wider than a phone`);
    await page.screenshot({ path: `${ARTIFACTS}story-phone.png`, fullPage: true });
    const cite = page.locator('a.cite').first();
    // its tap target: the link answers 44 px tall and wide around its centre (a padding or pseudo-element may give it that)
    const reach = await page.evaluate<{ up: boolean; down: boolean; left: boolean; right: boolean }>(`(() => {
      const a = document.querySelector('a.cite');
      a.scrollIntoView({ block: 'center' });
      const r = a.getBoundingClientRect();
      const x = r.left + r.width / 2, y = r.top + r.height / 2;
      const hits = (px, py) => { const e = document.elementFromPoint(px, py); return !!e && (e === a || a.contains(e)); };
      return { up: hits(x, y - 21), down: hits(x, y + 21), left: hits(r.left + r.width / 2 - 21, y), right: hits(r.left + r.width / 2 + 21, y) };
    })()`);
    assert.deepEqual(
      reach,
      { up: true, down: true, left: true, right: true },
      'a citation is a 44 px tap target',
    );
    const href = (await cite.getAttribute('href')) as string;
    const [, articleId, start, end] = /^\/articles\/(a\d+)\?hl=(\d+)-(\d+)/.exec(href) ?? [];
    await Promise.all([page.waitForURL(/\/articles\//), cite.click()]);
    const hl = page.locator('mark.hl');
    assert.ok(await hl.first().isVisible(), 'the cited sentence is highlighted');
    const onScreen = await page.evaluate<boolean>(
      `(() => { const r = document.querySelector('mark.hl').getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })()`,
    );
    assert.ok(onScreen, 'and on screen');
    const stored = await store.article(articleId as string);
    const sentence = stored?.article.text.slice(Number(start), Number(end)) ?? '';
    const shown = (await hl.allTextContents()).join('\n\n');
    assert.equal(shown, sentence);
    const background = await page.evaluate<string>(
      `getComputedStyle(document.querySelector('mark.hl')).backgroundColor`,
    );
    assert.notEqual(background, 'rgba(0, 0, 0, 0)', 'the highlight is painted');
    assert.match(
      (await page.locator('main p.meta').first().textContent()) ?? '',
      new RegExp(stored?.article.outlet?.slice(0, 8) ?? '?'),
    );
    assert.ok((await overflow(page)) <= 0, 'the article fits a phone');
    await page.screenshot({ path: `${ARTIFACTS}citation-phone.png` });
    await Promise.all([page.waitForURL(new RegExp(`/stories/${dam}$`)), page.click('a.back')]);
    await page.close();
  });

  test('a story page cut to limits, and the pages of its parts, fit a phone and pass axe (moderate or worse)', async () => {
    const { browser, store, dam } = fixture();
    // tiny limits make the small dam story as cut as a 300-outlet story's page is
    const limits = {
      outlets: 2,
      points: 1,
      coverage: 1,
      coverageOutlets: 2,
      quotes: 1,
      entities: 1,
      timeline: 1,
    };
    const cut = await startServer({ store, outlets: FIXTURE_OUTLETS, storyLimits: limits }, { port: 0 });
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 } });
    try {
      for (const path of [`/stories/${dam}`, `/stories/${dam}/coverage`, `/stories/${dam}/outlets?from=1`]) {
        const page = await context.newPage();
        page.on('pageerror', (e) => problems.push(`error on ${page.url()}: ${e.message}`));
        await page.goto(`${cut.url}${path}`);
        assert.ok((await overflow(page)) <= 0, `${path} is ${await overflow(page)}px wider than a phone`);
        await page.screenshot({
          path: `${ARTIFACTS}cut-${
            path
              .split('/')
              .slice(3)
              .join('-')
              .replace(/[^\w-]+/g, '-') || 'story'
          }.png`,
          fullPage: true,
        });
        await page.addScriptTag({ content: readFileSync(AXE, 'utf8') });
        const violations = await page.evaluate<{ id: string; impact: string }[]>(
          `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, first: v.nodes[0].html })))`,
        );
        const found = violations.filter((v) => AXE_FAILS.includes(v.impact));
        assert.deepEqual(found, [], `${path}: ${JSON.stringify(found)}`);
        await page.close();
      }
      // the link after the cut cards opens the page of all of them
      const page = await context.newPage();
      await page.goto(`${cut.url}/stories/${dam}`);
      await page.getByRole('link', { name: 'All 4 outlets →' }).click();
      await page.waitForURL(/\/outlets$/);
      assert.equal(await page.locator('.px-card').count(), 4);
      await page.close();
    } finally {
      await context.close();
      await cut.close();
    }
  });

  test('no console errors, page errors, dialogs or requests off the server on any page', () => {
    assert.deepEqual(problems, []);
  });
});
