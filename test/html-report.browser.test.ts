import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { measurePage } from '../bench/story-page-measure.ts';
import { BORDER_TALKS } from './border-talks.ts';
import { chromiumMissing, launchChromium } from './chromium.ts';
import { cli, tempDir } from './cli-harness.ts';
import { OPEN_ALL_JS, open, SEEN_JS, type Seen, SHOTS, shot } from './report-page.ts';
import { needsShared, sharedPath } from './shared.ts';

const EXAMPLE = new URL('../examples/harbor-bridge', import.meta.url).pathname;

// The HTML report as a reader sees it: in headless Chromium, on a phone and a desktop, offline
// (hostile payloads: html-report-hostile.browser.test.ts).
describe('HTML report in a browser', {
  skip: chromiumMissing(),
}, () => {
  let browser: Browser;
  let file: string;
  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    file = join(tempDir(), 'report.html');
    const run = await cli(['analyze', EXAMPLE, '-o', file]);
    assert.ok(run.status === 0 || run.status === 3, run.stderr);
    browser = await launchChromium();
  });
  after(async () => browser?.close());

  test('fits a phone screen, asks for nothing over the network, and a citation opens its source sentence highlighted', async () => {
    const { page, problems, requests } = await open(browser, file, 390, 844);
    assert.deepEqual(requests, []);
    const m = await measurePage(page);
    assert.ok(m.overflow <= 0, `the page is ${m.overflow}px wider than a phone screen`);
    const cite = page.locator('.px-summary a.cite').first();
    const tip = await cite.getAttribute('title');
    // a sentence that opens with a quotation keeps its own marks (`“Yes,” he said.`), any other is set in them
    assert.match(
      tip ?? '',
      /^[^:]+: “.+(”|[.!?]”?)$/,
      'the citation names its outlet and quotes its sentence',
    );
    assert.doesNotMatch(tip ?? '', /““|””/, 'quotation marks are not doubled');
    const name = (await cite.textContent()) ?? '';
    assert.ok(!/^a\d+$/.test(name), `the citation is named by its outlet, not "${name}"`);
    const target = (await cite.getAttribute('href')) as string;
    await cite.click();
    const seen = await page.evaluate<Seen>(`(${SEEN_JS})(${JSON.stringify(target.slice(1))})`);
    assert.equal(seen.open, true, 'the article text opened');
    assert.equal(seen.hash, target);
    assert.notEqual(seen.lit, 'rgba(0, 0, 0, 0)', 'the cited sentence is highlighted');
    assert.ok(
      tip?.includes((seen.text ?? '').trim().slice(0, 40)),
      'the highlighted text is the quoted sentence',
    );
    assert.ok(seen.inView, 'the sentence is scrolled into view');
    await shot(page, 'citation-phone');
    await page.locator('.px-article-bar a.px-back:visible').first().click();
    const back = await page.evaluate<{ same: boolean; inView: boolean }>(`(() => {
      const el = document.activeElement;
      const box = el.getBoundingClientRect();
      return { same: el.getAttribute('href') === ${JSON.stringify(target)}, inView: box.top >= 0 && box.bottom <= window.innerHeight };
    })()`);
    assert.deepEqual(back, { same: true, inView: true }, '"Back to the story" returns to the citation');
    assert.deepEqual(problems, []);
  });

  test('a cited passage that crosses another one is highlighted by the script', async () => {
    const { page, problems } = await open(browser, file, 1366, 768);
    const id = await page.locator('.px-ev-at').first().getAttribute('id');
    assert.ok(id, 'the example has a passage that crosses another');
    const link = page.locator(`a[href="#${id}"]`).first();
    const tip = (await link.getAttribute('title')) ?? (await link.getAttribute('aria-label')) ?? '';
    await page.evaluate(`location.hash = ${JSON.stringify(`#${id}`)}`);
    const lit = await page.evaluate<string | null>(
      `CSS.highlights.has('px-hl') ? [...CSS.highlights.get('px-hl')][0].toString() : null`,
    );
    assert.ok(lit, 'no highlight');
    const words = (text: string) => text.replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim();
    assert.ok(words(tip).includes(words(lit).slice(0, 60)), `highlighted "${lit}" for ${tip}`);
    assert.deepEqual(problems, []);
    await shot(page, 'crossing-highlight-desktop');
  });

  test('without JavaScript a ✓ mark still opens and highlights its sentence (:target)', async () => {
    const { page } = await open(browser, file, 1366, 768, false);
    await page.locator('.px-section summary', { hasText: 'Coverage' }).first().click();
    const mark = page.locator('a.px-mark.px-supports').first();
    const target = (await mark.getAttribute('href')) as string;
    await mark.click();
    const lit = await page.evaluate<Seen>(`(${SEEN_JS})(${JSON.stringify(target.slice(1))})`);
    assert.equal(lit.open, true);
    assert.notEqual(lit.lit, 'rgba(0, 0, 0, 0)');
    await shot(page, 'mark-no-js-desktop');
  });

  test('every citation, mark, menu link and expander is a tap target of at least 44 px; axe finds nothing serious', async () => {
    // 700 px: a tablet, where the matrix is a table wider than the window that scrolls on its own
    for (const [width, height] of [
      [390, 844],
      [700, 1024],
      [1366, 768],
    ] as const) {
      const { page, problems } = await open(browser, file, width, height);
      await page.evaluate(OPEN_ALL_JS);
      const m = await measurePage(page);
      assert.ok(
        Math.min(m.smallestTarget.width, m.smallestTarget.height) >= 44,
        `${width}px: ${m.smallestTarget.what} is ${m.smallestTarget.width}×${m.smallestTarget.height}`,
      );
      assert.deepEqual(m.axeSerious, [], `${width}px: axe-core serious violations`);
      assert.ok(m.overflow <= 0, `${width}px: ${m.overflow}px of horizontal scroll with every section open`);
      assert.deepEqual(problems, []);
      await page.screenshot({ path: join(SHOTS, `open-${width}.png`), fullPage: true });
    }
  });

  test('a tap up to 21 px off a citation’s or mark’s centre lands on it', async () => {
    const { page } = await open(browser, file, 390, 844);
    await page.evaluate(OPEN_ALL_JS);
    const misses = await page.evaluate<string[]>(`(() => {
      const out = [];
      for (const a of [...document.querySelectorAll('.px-summary a.cite, a.px-mark')].slice(0, 40)) {
        a.scrollIntoView({ block: 'center' });
        const r = a.getBoundingClientRect();
        const x = r.left + r.width / 2, y = r.top + r.height / 2;
        for (const [dx, dy] of [[0, -21], [0, 21], [-21, 0], [21, 0]]) {
          const e = document.elementFromPoint(x + dx, y + dy);
          if (!e || !(e === a || a.contains(e))) out.push(a.getAttribute('href') + ' ' + dx + ',' + dy);
        }
      }
      return out;
    })()`);
    assert.deepEqual(misses, []);
  });

  test('without script, a closed expander holding the link target still shows it (browsers that do not open it); with script it can be closed', async () => {
    // where the target's contents are painted: ::details-content's content-visibility
    const shown = (id: string) =>
      `getComputedStyle(document.getElementById(${JSON.stringify(id)}).closest('details'), '::details-content').contentVisibility`;
    for (const js of [false, true]) {
      const { page } = await open(browser, file, 390, 844, js);
      const href = (await page.locator('.px-summary a.cite').first().getAttribute('href')) as string;
      await page.locator('.px-summary a.cite').first().click();
      // as a browser that does not open the expander leaves it (Chromium opens it on the way)
      await page.evaluate(
        `document.getElementById(${JSON.stringify(href.slice(1))}).closest('details').open = false`,
      );
      assert.equal(await page.evaluate(shown(href.slice(1))), js ? 'hidden' : 'visible', `script ${js}`);
      await page.close();
    }
  });

  test('a one-article story says there is nothing to compare instead of an empty analysis', async () => {
    const { page } = await open(browser, file, 1366, 768);
    const lone = page.locator('.px-story').nth(1);
    assert.match((await lone.textContent()) ?? '', /Only one article tells this story/);
    assert.equal(await lone.locator('.px-section, .px-matrix, .px-menu').count(), 0);
  });

  test('the timeline chart keeps its labels apart', async () => {
    const { page } = await open(browser, file, 1366, 768);
    await page.evaluate(OPEN_ALL_JS);
    const overlaps = await page.evaluate<{ n: number; texts: number }>(`(() => {
      const boxes = [...document.querySelectorAll('svg.px-timeline text')].map((t) => t.getBoundingClientRect());
      let n = 0;
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) n++;
        }
      return { n, texts: boxes.length };
    })()`);
    assert.ok(overlaps.texts > 2);
    assert.equal(overlaps.n, 0, 'overlapping labels in the timeline');
  });

  test('the summary is a block under its label: its text starts below the label, at its left edge', async () => {
    for (const [width, height] of [
      [1366, 768],
      [390, 844],
    ] as const) {
      const { page, problems } = await open(browser, file, width, height);
      type Box = { top: number; bottom: number; left: number };
      const box = await page.evaluate<{ label: Box; text: Box } | null>(`(() => {
        const text = document.querySelector('.px-sum .px-summary');
        const label = text && text.parentElement.querySelector(':scope > h2, :scope > h3');
        return label && { label: label.getBoundingClientRect().toJSON(), text: text.getBoundingClientRect().toJSON() };
      })()`);
      assert.ok(box, 'the example has a summary under a label');
      assert.ok(
        box.text.top >= box.label.bottom - 1,
        `${width}px: the summary's first line sits beside its label`,
      );
      assert.ok(
        Math.abs(box.text.left - box.label.left) <= 1,
        `${width}px: the summary is not aligned under its label`,
      );
      assert.deepEqual(problems, []);
    }
  });

  test('the border-talks story page shows its overview in 1.5 desktop screens and 3 phone screens', {
    skip: needsShared(BORDER_TALKS),
  }, async () => {
    const out = join(tempDir(), 'border.html');
    const run = await cli(['analyze', sharedPath(BORDER_TALKS), '-o', out]);
    assert.ok(run.status === 0 || run.status === 3, run.stderr);
    for (const [width, height, goal] of [
      [1366, 768, 1.5],
      [390, 844, 3],
    ] as const) {
      const { page, problems } = await open(browser, out, width, height);
      const m = await measurePage(page);
      assert.ok(
        m.overviewScreens <= goal,
        `${width}px: overview takes ${m.overviewScreens.toFixed(2)} screens`,
      );
      assert.ok(m.overflow <= 0);
      assert.deepEqual(m.axeSerious, []);
      assert.deepEqual(problems, []);
      await shot(page, `border-talks-${width}`);
    }
  });
});
