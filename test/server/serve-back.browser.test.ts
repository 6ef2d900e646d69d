import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chromiumMissing } from '../chromium.ts';
import { type ServedFixture, startServedFixture } from './served-fixture.ts';

// A fact-checker's round trip in the served app: from a ✓ deep in a story page to its sentence and
// back, where the page is as it was left (its expander open, the mark on screen), not at its top.
describe('served web app: back from a citation', {
  skip: chromiumMissing(),
}, () => {
  let served: ServedFixture | undefined;
  before(async () => {
    served = await startServedFixture();
  });
  after(async () => {
    await served?.close();
  });

  test('"Back to the story" returns to the mark that was followed, its expander still open', async () => {
    const { browser, server, dam } = served ?? assert.fail('the served fixture started');
    const page = await browser.newPage({ viewport: { width: 1366, height: 500 } });
    await page.goto(`${server.url}/stories/${dam}`);
    await page.locator('.px-section > summary', { hasText: 'Coverage' }).click();
    const mark = page.locator('.px-matrix a.px-mark').last();
    const href = (await mark.getAttribute('href')) as string;
    await mark.scrollIntoViewIfNeeded();
    const left = await page.evaluate<number>('scrollY');
    assert.ok(left > 0, 'the mark is below the first screen');
    await Promise.all([page.waitForURL(/\/articles\//), mark.click()]);
    await Promise.all([page.waitForURL(new RegExp(`/stories/${dam}$`)), page.click('a.back')]);
    const seen = await page.evaluate<{ open: boolean; top: number; height: number }>(`(() => {
      const a = document.querySelector(${JSON.stringify(`.px-matrix a.px-mark[href="${href}"]`)});
      const r = a.getBoundingClientRect();
      return { open: !!a.closest('details[open]'), top: r.top, height: innerHeight };
    })()`);
    assert.ok(seen.open, 'the Coverage expander is open again');
    assert.ok(seen.top >= 0 && seen.top < seen.height, `the mark is on screen (top ${seen.top})`);
    await page.close();
  });
});
