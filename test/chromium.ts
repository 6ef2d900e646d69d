// Debian's Chromium, driven by playwright-core (never a browser download of its own): the one place
// that says where it is and how it is started, for the browser tests and bench:page.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser (.ci/run installs it). */
export const CHROMIUM = '/usr/bin/chromium';

/** Why a browser test is skipped here, or false when Chromium is installed. */
export const chromiumMissing = (): string | false =>
  existsSync(CHROMIUM) ? false : `needs ${CHROMIUM} (apt-get install chromium)`;

/** Headless, no sandbox (CI runs as root), and nothing that reaches the network by itself. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
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
}
