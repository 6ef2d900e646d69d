import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { measurePage } from '../bench/story-page-measure.ts';
import { chromiumMissing, launchChromium } from './chromium.ts';
import { cli, tempDir } from './cli-harness.ts';
import { OPEN_ALL_JS, open } from './report-page.ts';

// Session 31 (midreview finding 7): an outlet's name too long for its chip or its coverage column is
// shown cut ('Fenwick Valley Herald an… (2)'), but a screen reader and the hover text get it whole.
// Invented articles of two outlets with long names.
const LONG = ['The Fenwick Valley Herald and Advertiser', 'Kelso Evening Record and Weekly Gazette'];
const TEXT = [
  'The Tarn Lane swimming pool in Kelso will close for repairs on Monday, the council said.\n\nThe council said the roof of the pool had leaked for two years and repairs would cost £400,000.\n\nIlse Marr, who swims there each morning, said the town needed the pool.',
  'Kelso council will close the Tarn Lane swimming pool for repairs on Monday.\n\nThe repairs to the leaking roof will cost £400,000, the council said.\n\nSwimmers will be sent to the pool in Ardley until the work ends.',
];

describe('a cut outlet label in a browser', { skip: chromiumMissing() }, () => {
  let browser: Browser;
  let file: string;
  before(async () => {
    const dir = tempDir();
    const rows = ['file,outlet,url,publishedAt,leaning'];
    TEXT.forEach((text, i) => {
      writeFileSync(join(dir, `a${i}.txt`), `Kelso pool to close for repairs\n\n${text}\n`);
      rows.push(`a${i}.txt,${LONG[i]},https://outlet${i}.example/pool,2026-03-0${i + 1}T09:00:00Z,`);
    });
    writeFileSync(join(dir, 'manifest.csv'), `${rows.join('\n')}\n`);
    file = join(dir, 'report.html');
    const run = await cli(['analyze', dir, '-o', file]);
    assert.ok(run.status === 0 || run.status === 3, run.stderr);
    browser = await launchChromium();
  });
  after(async () => browser?.close());

  test("a cut chip's accessible name and a cut column header's hover text are the whole outlet name", async () => {
    const { page, problems } = await open(browser, file, 1366, 768);
    await page.evaluate(OPEN_ALL_JS);
    // what each chip shows (the text a sighted reader sees) and what it holds for a screen reader
    const chips = await page.evaluate<{ shown: string; name: string }[]>(
      `[...document.querySelectorAll('a.cite')].map((a) => ({ shown: a.querySelector('[aria-hidden]')?.textContent ?? a.textContent, name: a.querySelector('.px-sr')?.textContent ?? a.textContent }))`,
    );
    const cut = chips.filter((c) => c.shown.includes('…'));
    assert.ok(cut.length > 0, `no chip shows a cut name: ${JSON.stringify(chips.slice(0, 3))}`);
    for (const c of cut) {
      assert.ok(
        LONG.some((name) => c.name.startsWith(name)),
        `the chip "${c.shown}" is named "${c.name}", not by its whole outlet`,
      );
      // its accessible name, as the browser computes it, is the whole name
      const role = page.getByRole('link', { name: c.name, exact: true });
      assert.ok((await role.count()) > 0, `no link is named "${c.name}"`);
    }
    // the coverage table's columns (the quotes table under Quotes has a column per outlet too)
    const coverage = page.getByRole('region', { name: 'Facts by outlet' });
    for (const name of LONG) {
      const header = coverage.getByRole('columnheader', { name, exact: true });
      assert.equal(await header.count(), 1, `no coverage column is headed "${name}" for a screen reader`);
      assert.equal(
        await header.getAttribute('title'),
        name,
        'its hover text is the outlet, not the article id',
      );
      assert.match(
        (await header.locator('[aria-hidden]').textContent()) ?? '',
        /…/,
        'the header shows the name cut',
      );
    }
    const m = await measurePage(page);
    assert.deepEqual(m.axeSerious, [], 'axe-core serious violations');
    assert.deepEqual(problems, []);
  });
});
