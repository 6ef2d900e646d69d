import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Browser, chromium } from 'playwright-core';
import { cli, tempDir } from './cli-harness.ts';

const CHROMIUM = '/usr/bin/chromium';
const EXAMPLE = new URL('../examples/harbor-bridge', import.meta.url).pathname;

// The HTML report as a reader sees it: in headless Chromium, on a phone-sized screen, offline.
describe('HTML report in a browser', {
  skip: existsSync(CHROMIUM) ? false : `needs ${CHROMIUM} (apt-get install chromium)`,
}, () => {
  let browser: Browser;
  let file: string;
  before(async () => {
    file = join(tempDir(), 'report.html');
    const run = await cli(['analyze', EXAMPLE, '-o', file]);
    assert.ok(run.status === 0 || run.status === 3, run.stderr);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });
  after(async () => browser?.close());

  test('fits a phone screen, asks for nothing over the network, and a citation opens its source sentence', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await page.goto(`file://${file}`);
    assert.deepEqual(requests, []);
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    assert.ok(overflow <= 1, `the page is ${overflow}px wider than a phone screen`);
    const cite = page.locator('a.cite').first();
    assert.ok((await page.locator('a.cite').count()) > 0, 'the report has citation links');
    const tip = await cite.getAttribute('title');
    assert.match(tip ?? '', /: “.+”/, 'the citation names its outlet and quotes its sentence');
    const target = (await cite.getAttribute('href')) as string;
    await cite.click();
    const opened = await page.evaluate<{ open: boolean; hash: string }>(
      `({ open: document.getElementById(${JSON.stringify(target.slice(1))})?.closest('details')?.open ?? false, hash: location.hash })`,
    );
    assert.deepEqual(opened, { open: true, hash: target });
  });
});
