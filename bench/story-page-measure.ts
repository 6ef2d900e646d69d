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

interface Layout {
  overviewEnd: number;
  pageHeight: number;
  overflow: number;
  smallest: { width: number; height: number; what: string };
  viewport: number;
}

// Run in the page (plain JavaScript: the project compiles without the DOM's types). The overview ends
// where the first story's details (or, for a one-article story, its texts) begin.
const LAYOUT_JS = `(() => {
  const story = document.querySelector('.px-story');
  const details = story && story.querySelector('.px-details, .px-texts');
  const last = story && story.lastElementChild;
  const overviewEnd = (details ? details.getBoundingClientRect().top : last ? last.getBoundingClientRect().bottom : 0) + window.scrollY;
  let smallest = { width: Infinity, height: Infinity, what: 'none' };
  for (const el of document.querySelectorAll('.px-story a.cite, .px-story .px-mark, .px-menu a, .px-story summary, .px-card a')) {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    const w = Math.round(r.width);
    const h = Math.round(r.height);
    if (Math.min(w, h) < Math.min(smallest.width, smallest.height))
      smallest = { width: w, height: h, what: el.tagName.toLowerCase() + (el.className ? '.' + el.className : '') + ' "' + el.textContent.trim().slice(0, 24) + '"' };
  }
  return {
    overviewEnd,
    pageHeight: document.documentElement.scrollHeight,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    smallest,
    viewport: window.innerHeight,
  };
})()`;

const AXE_SERIOUS_JS = `axe.run(document, { resultTypes: ['violations'] }).then((result) =>
  result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id + '×' + v.nodes.length))`;

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Measure the story page loaded in `page`: overview height, overflow, tap targets (each element's own
 * box) and axe-core's serious violations (axe injected from node_modules).
 */
export async function measurePage(page: Page): Promise<PageMeasure> {
  const layout = await page.evaluate<Layout>(LAYOUT_JS);
  // evaluated through the DevTools protocol, which the page's CSP (rightly) does not let a <script> do
  await page.evaluate(AXE);
  const axeSerious = await page.evaluate<string[]>(AXE_SERIOUS_JS);
  return {
    overviewScreens: layout.overviewEnd / layout.viewport,
    pageHeight: layout.pageHeight,
    overflow: layout.overflow,
    smallestTarget: layout.smallest,
    axeSerious,
  };
}
