import type { Conflict, Report } from '../../model/index.ts';
import { IN_PAGE_LINKS, type StoryPageLinks } from '../links.ts';
import {
  articleIndex,
  articleLabel,
  capChips,
  citeChip,
  citeMarkdown,
  clipLabel,
  escapeHtml,
  escapeMarkdown,
  evidenceText,
  quoted,
  shorten,
} from '../util.ts';
import type { ReportSection } from './types.ts';

/** One side of a conflict in Markdown: its claim with citations, then each sentence that states it. */
export function sideMarkdown(report: Report, side: Conflict['sides'][number], n: number): string {
  const articles = articleIndex(report);
  const quotes = side.evidence.map(
    (e) =>
      `    > ${escapeMarkdown(shorten(evidenceText(report, e), 300))} — ${escapeMarkdown(articleLabel(articles.get(e.articleId)))} [${e.articleId}]`,
  );
  return [
    `  - Side ${n}: ${escapeMarkdown(shorten(side.claim, 200))} ${citeMarkdown(side.evidence)}`,
    ...quotes,
  ].join('\n');
}

/** A conflict's first line in Markdown: what it is about, its kind, and its note when it has one. */
export const conflictHeadMarkdown = (c: Conflict): string =>
  `- **${escapeMarkdown(c.about)}** (${c.kind})${c.note ? ` — ${escapeMarkdown(c.note)}` : ''}`;

/** Incompatible claims side by side, each side with the exact sentences that state it. */
export const conflictsSection: ReportSection = {
  id: 'conflicts',
  title: 'Conflicts',
  markdown: (story, report) =>
    story.conflicts
      .map((c) =>
        [conflictHeadMarkdown(c), ...c.sides.map((s, i) => sideMarkdown(report, s, i + 1))].join('\n'),
      )
      .join('\n'),
  html: (story, report, links) => story.conflicts.map((c) => conflictHtml(c, report, links)).join(''),
};

/** How many outlets state a side (an outlet with two articles on it counts once). */
export function sideOutlets(side: Conflict['sides'][number], report: Report): number {
  const articles = articleIndex(report);
  const ids = new Set([
    ...side.evidence.map((e) => e.articleId),
    ...(side.told ?? []).map((t) => t.articleId),
  ]);
  return new Set([...ids].map((id) => articleLabel(articles.get(id)))).size;
}

const CLAIM_CHARS = 160;
const QUOTE_CHARS = 200;
const QUOTES_SHOWN = 1;
const squash = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * One conflict: what it is about, then its sides in columns, each with its claim followed by the outlets
 * whose sentences state it; a sentence is quoted under the claim only when it says more than the claim
 * (`between`: HTML shown between what it is about and its sides).
 */
export function conflictHtml(
  c: Conflict,
  report: Report,
  links: StoryPageLinks = IN_PAGE_LINKS,
  between = '',
): string {
  const articles = articleIndex(report);
  const sides = c.sides
    .map((s) => {
      const claim = squash(s.claim);
      const chips: string[] = [];
      const quotes: string[] = [];
      for (const e of s.evidence) {
        const text = evidenceText(report, e);
        const href = escapeHtml(links.citationHref(e.articleId, e.span));
        const label = articleLabel(articles.get(e.articleId));
        const outlet = escapeHtml(label);
        if (claim.includes(squash(text).slice(0, 80)))
          chips.push(
            citeChip(
              links.citationHref(e.articleId, e.span),
              `${label}: ${quoted(text)}`,
              clipLabel(label),
              label,
            ),
          );
        else
          quotes.push(
            `<li><a class="px-quote-link" href="${href}"><span class="px-outlet">${outlet}</span> ${escapeHtml(quoted(shorten(text, QUOTE_CHARS)))}</a></li>`,
          );
      }
      // the outlets whose sentence is the claim itself follow it as citations, as in the summary
      const stated = chips.length
        ? ` <span class="cites px-stated"><span class="px-sr">Stated by </span>${capChips(chips, links)}</span>`
        : '';
      // one sentence at a glance, the others one tap away (up to the page's citation cap)
      const more = quotes.slice(QUOTES_SHOWN);
      const kept = more.slice(0, links.maxCitations ?? more.length);
      const unlisted =
        more.length > kept.length ? `<li class="more">and ${more.length - kept.length} more</li>` : '';
      const rest = more.length
        ? `<details class="px-more"><summary>${more.length} more ${more.length === 1 ? 'sentence' : 'sentences'}</summary><ul class="px-side-quotes">${kept.join('')}${unlisted}</ul></details>`
        : '';
      const list = quotes.length
        ? `<ul class="px-side-quotes">${quotes.slice(0, QUOTES_SHOWN).join('')}</ul>${rest}`
        : '';
      // how many outlets stand on the side, as the claim's sentences count one of them once each
      const n = sideOutlets(s, report);
      const count = `<p class="px-side-count meta">${n} ${n === 1 ? 'outlet' : 'outlets'}</p>`;
      return `<div class="px-side">${count}<p class="px-claim">${escapeHtml(shorten(s.claim, CLAIM_CHARS))}${stated}</p>${list}</div>`;
    })
    .join('');
  const note = c.note ? ` <span class="px-note">— ${escapeHtml(c.note)}</span>` : '';
  return `<div class="px-conflict"><p class="px-about"><strong>${escapeHtml(c.about)}</strong> <small>${escapeHtml(c.kind)}</small>${note}</p>${between}<div class="px-sides">${sides}</div></div>`;
}
