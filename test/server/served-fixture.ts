import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
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
