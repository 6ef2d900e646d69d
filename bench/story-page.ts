// The story page as a reader meets it, measured in headless Chromium (Debian's /usr/bin/chromium):
// how many screens the overview (summary, outlet cards, top conflicts) takes on a 1366×768 desktop and
// a 390 px phone, horizontal overflow, the smallest tap target, and axe-core's serious violations.
// Usage: npm run bench:page [-- <input folder> …]   (default: the border-talks corpus, else the example)
// Screenshots go to artifacts/story-page/ (gitignored).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { CHROMIUM, launchChromium } from '../test/chromium.ts';
import { measurePage } from './story-page-measure.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const SHARED = process.env.PARALLAX_SHARED ?? join(ROOT, '..', 'shared');
const OUT = join(ROOT, 'artifacts', 'story-page');

const inputs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [join(SHARED, 'corpus', 'border-talks-2023'), join(ROOT, 'examples', 'harbor-bridge')].filter(existsSync);
if (!existsSync(CHROMIUM)) {
  console.error(`bench:page needs ${CHROMIUM} (apt-get install chromium)`);
  process.exit(2);
}
mkdirSync(OUT, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'parallax-page-'));
const browser = await launchChromium();
try {
  for (const input of inputs) {
    const name = basename(input);
    const file = join(dir, `${name}.html`);
    execFileSync(process.execPath, [join(ROOT, 'bin', 'parallax.js'), 'analyze', input, '-o', file], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    for (const [device, width, height, goal] of [
      ['desktop', 1366, 768, 1.5],
      ['phone', 390, 844, 3],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
      await page.goto(`file://${file}`);
      const m = await measurePage(page);
      await page.screenshot({ path: join(OUT, `${name}-${device}.png`) });
      await page.screenshot({ path: join(OUT, `${name}-${device}-full.png`), fullPage: true });
      console.log(
        `${name} ${device} ${width}x${height}: overview ${m.overviewScreens.toFixed(2)} screens (goal ≤ ${goal}) · page ${m.pageHeight}px = ${(m.pageHeight / height).toFixed(1)} screens · horizontal overflow ${m.overflow}px · smallest tap target ${m.smallestTarget.width}×${m.smallestTarget.height}px (${m.smallestTarget.what}) · axe serious/critical: ${m.axeSerious.length}${m.axeSerious.length ? ` (${m.axeSerious.join(', ')})` : ''}`,
      );
      await page.close();
    }
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`screenshots in ${OUT}`);
