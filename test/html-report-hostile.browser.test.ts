import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { measurePage } from '../bench/story-page-measure.ts';
import { chromiumMissing, launchChromium } from './chromium.ts';
import { cli, tempDir } from './cli-harness.ts';
import { OPEN_ALL_JS, open, SHOTS, shot } from './report-page.ts';

// Payloads in every article-derived field: title, outlet, URL and text.
const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '</style><script>window.__pwned=2</script>',
  '"><svg onload="window.__pwned=3">',
  'javascript:window.__pwned=4',
];
const hostileArticle = (n: number, outlet: string) => ({
  title: `Council ${HOSTILE[0]} votes on ${HOSTILE[1]} harbour plan`,
  outlet,
  url:
    n === 1
      ? 'javascript:window.__pwned=5'
      : `https://example.org/${n}?q="><script>window.__pwned=6</script>`,
  publishedAt: `2025-03-0${n + 2}`,
  text: [
    `The harbour council voted 7-2 on Tuesday to approve the ${HOSTILE[2]} dredging plan, the clerk said.`,
    `Mayor Ana Ortiz said: "This ${HOSTILE[1]} plan protects the harbour and the jobs that depend on it."`,
    `The dredging will cost ${n === 1 ? '4 million' : '6 million'} dollars and start in May, ${HOSTILE[3]} officials said.`,
    `Opponents said the council ignored the fishermen ${HOSTILE[0]} who use the channel every day.`,
  ].join('\n\n'),
});

// The HTML report of articles carrying hostile payloads, in headless Chromium: nothing runs.
describe('HTML report in a browser', {
  skip: chromiumMissing(),
}, () => {
  let browser: Browser;
  let hostile: string;
  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), JSON.stringify(hostileArticle(1, `Harbour ${HOSTILE[1]} Gazette`)));
    writeFileSync(
      join(dir, 'b.json'),
      JSON.stringify(hostileArticle(2, `Bay "><script>window.__pwned=7</script> Times`)),
    );
    hostile = join(tempDir(), 'hostile.html');
    const bad = await cli(['analyze', dir, '-o', hostile]);
    assert.ok(bad.status === 0 || bad.status === 3, bad.stderr);
    browser = await launchChromium();
  });
  after(async () => browser?.close());

  test('hostile titles, outlets, URLs and text render as text and run nothing', async () => {
    const { page, problems } = await open(browser, hostile, 390, 844);
    await page.evaluate(OPEN_ALL_JS);
    for (const cite of await page.locator('a.cite').all()) await cite.click();
    const state = await page.evaluate<{
      pwned: number | null;
      scripts: number;
      injected: number;
      badLinks: string[];
      text: string;
    }>(`({
      pwned: window.__pwned ?? null,
      scripts: document.scripts.length,
      injected: document.querySelectorAll('img, iframe, object, embed, .px-story svg[onload], [onerror]').length,
      badLinks: [...document.querySelectorAll('a[href]')]
        .map((a) => a.getAttribute('href'))
        .filter((h) => !h.startsWith('#') && !/^https?:/.test(h)),
      text: document.body.textContent,
    })`);
    assert.equal(state.pwned, null, 'a payload ran');
    assert.equal(state.scripts, 1, 'only the page’s own script');
    assert.equal(state.injected, 0);
    assert.deepEqual(state.badLinks, []);
    assert.match(state.text, /<img src=x onerror=/, 'the payload shows as text');
    assert.match(state.text, /<\/style><script>/);
    const m = await measurePage(page);
    assert.ok(m.overflow <= 0);
    assert.deepEqual(m.axeSerious, []);
    assert.deepEqual(problems, []);
    await shot(page, 'hostile-phone');
  });
});
