import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { FIXTURE_OUTLETS, fixtureStore } from '../../src/server/fixtures/store.ts';
import { type RunningServer, startServer } from '../../src/server/index.ts';
import type { Store } from '../../src/store/types.ts';
import { launchChromium } from '../chromium.ts';

/** The fixture store served on 127.0.0.1 (its outlet table for the leanings) and a headless Chromium. */
export interface ServedFixture {
  readonly browser: Browser;
  readonly store: Store;
  readonly server: RunningServer;
  /** The id of the fixture's four-article dam story. */
  readonly dam: string;
  close(): Promise<void>;
}

/** Start the served fixture for a browser suite (its `before`); `close` it in the suite's `after`. */
export async function startServedFixture(): Promise<ServedFixture> {
  const store = await fixtureStore();
  const dam = ((await store.stories()).find((s) => s.articleCount === 4) ?? assert.fail('no dam story')).id;
  const server = await startServer(
    { store, outlets: FIXTURE_OUTLETS, analyze: { compare: { outlets: FIXTURE_OUTLETS } } },
    { port: 0 },
  );
  const browser = await launchChromium();
  return {
    browser,
    store,
    server,
    dam,
    close: async () => {
      await browser.close();
      await server.close();
      await store.close();
    },
  };
}

/** axe-core's script, injected into a page to check its accessibility. */
export const AXE = new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname;
/** The impacts that fail a page: moderate or worse (axe's "minor" ones are left). */
export const AXE_FAILS = ['moderate', 'serious', 'critical'];

/**
 * A page of the served app at `path`, recording in `problems` its console errors, page errors, dialogs
 * and requests leaving the server (a suite asserts none in its last test).
 */
export async function openPage(
  { browser, server }: ServedFixture,
  problems: string[],
  path: string,
  viewport = { width: 1366, height: 768 },
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console on ${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`error on ${page.url()}: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog on ${page.url()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('data:'))
      problems.push(`request to ${r.url()}`);
  });
  await page.goto(`${server.url}${path}`);
  return page;
}

/** How many pixels a page is wider than its window (0 or less: no sideways scroll). */
export const overflow = (page: Page) =>
  page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

/** Where the browser suites' screenshots go (gitignored). */
export const ARTIFACTS = new URL('../../test-artifacts/serve/', import.meta.url).pathname;

/** What a browser suite of the served app holds: {@link servedSuite}. */
export interface ServedSuite {
  /** The started fixture (the suite's `before` has run). */
  fixture(): ServedFixture;
  /** What the pages opened with `open` met: console errors, page errors, dialogs, requests off the server. */
  readonly problems: string[];
  /** A page of the served app at `path` that records its problems ({@link openPage}). */
  open(path: string, viewport?: { width: number; height: number }): Promise<Page>;
}

/**
 * The served fixture for the describe block it is called in: started (on 127.0.0.1, the screenshots'
 * folder made) before its tests, closed after them.
 */
export function servedSuite(): ServedSuite {
  let served: ServedFixture | undefined;
  const problems: string[] = [];
  const fixture = () => served ?? assert.fail('the served fixture started');
  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    served = await startServedFixture();
    assert.match(served.server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  });
  after(async () => {
    await served?.close();
  });
  return { fixture, problems, open: (path, viewport) => openPage(fixture(), problems, path, viewport) };
}
