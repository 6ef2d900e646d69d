import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

/** What the HTML report's browser tests (html-report*.browser.test.ts) share: opening a page, reading it. */

/** Screenshots of each test, kept as artifacts (gitignored). */
export const SHOTS = new URL('../artifacts/browser', import.meta.url).pathname;

/** Open a report file in a new page of `browser`, collecting console errors, dialogs and network requests. */
export async function open(browser: Browser, file: string, width: number, height: number, js = true) {
  const page = await browser.newPage({ viewport: { width, height }, javaScriptEnabled: js });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  const requests: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('file:')) requests.push(r.url());
  });
  await page.goto(`file://${file}`);
  return { page, problems, requests };
}

/** Opens every expander; run in the page as plain JavaScript (the project compiles without the DOM's types). */
export const OPEN_ALL_JS = `for (const d of document.querySelectorAll('details')) d.open = true`;
/** Where a `#id` target stands, as {@link SEEN_JS} reads it. */
export interface Seen {
  open: boolean;
  hash: string;
  lit: string;
  text: string;
  inView: boolean;
}
/** Where a `#id` target stands: inside an open expander, highlighted, in view. */
export const SEEN_JS = `(id) => {
  const el = document.getElementById(id);
  const box = el.getBoundingClientRect();
  const details = el.closest('details');
  return {
    open: details ? details.open : false,
    hash: location.hash,
    lit: getComputedStyle(el).backgroundColor,
    text: el.textContent,
    inView: box.top >= 0 && box.top < window.innerHeight,
  };
}`;

/** Save a screenshot of `page` under artifacts/browser/. */
export const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });
