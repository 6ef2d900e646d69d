import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** What `measurePage` reports about the first story page of a loaded report. */
export interface PageMeasure {
  /** Bottom of the overview (summary, outlet cards, top conflicts) over the viewport's height. */
  readonly overviewScreens: number;
  readonly pageHeight: number;
  /** How much wider than the viewport the page is, in px (0: no horizontal scroll). */
  readonly overflow: number;
  /** The smallest hit area among citations, ✓/✗ marks, menu links and expanders. */
  readonly smallestTarget: { width: number; height: number; what: string };
  /** axe-core rule ids with serious or critical violations. */
  readonly axeSerious: string[];
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Measure the story page loaded in `page`: overview height, overflow, tap targets (a link's hit area
 * includes its `::after` extension) and axe-core's serious violations (axe injected from node_modules).
 */
export async function measurePage(page: Page): Promise<PageMeasure> {
  const layout = await page.evaluate(() => {
    const story = document.querySelector('.px-story');
    const parts = story ? [...story.children] : [];
    const details = story?.querySelector('.px-details, .px-texts');
    const overviewEnd = details
      ? details.getBoundingClientRect().top + window.scrollY
      : (parts.at(-1)?.getBoundingClientRect().bottom ?? 0) + window.scrollY;
    let smallest = { width: Infinity, height: Infinity, what: 'none' };
    for (const el of document.querySelectorAll<HTMLElement>(
      '.px-story a.cite, .px-story .px-mark, .px-menu a, .px-story summary, .px-card-links a',
    )) {
      const r = el.getBoundingClientRect();
      if (!r.width && !r.height) {
        const closed = el.closest('details:not([open])');
        if (closed && !el.matches('summary')) continue;
      }
      const after = getComputedStyle(el, '::after');
      const extra =
        after.content !== 'none' && after.position === 'absolute' ? Number.parseFloat(after.height) || 0 : 0;
      const w = Math.round(r.width);
      const h = Math.round(Math.max(r.height, extra));
      if (!w || !h) continue;
      if (Math.min(w, h) < Math.min(smallest.width, smallest.height))
        smallest = { width: w, height: h, what: `${el.tagName.toLowerCase()}.${el.className || ''}`.trim() };
    }
    return {
      overviewEnd,
      pageHeight: document.documentElement.scrollHeight,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      smallest,
      viewport: window.innerHeight,
    };
  });
  // evaluated through the DevTools protocol, which the page's CSP (rightly) does not let a <script> do
  await page.evaluate(AXE);
  const axeSerious = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page at run time
    const axe = (window as any).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: { id: string; nodes: unknown[] }) => `${v.id}×${v.nodes.length}`);
  });
  return {
    overviewScreens: layout.overviewEnd / layout.viewport,
    pageHeight: layout.pageHeight,
    overflow: layout.overflow,
    smallestTarget: layout.smallest,
    axeSerious,
  };
}
