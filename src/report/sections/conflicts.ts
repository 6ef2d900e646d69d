import type { Conflict, Report } from '../../model/index.ts';
import {
  articleIndex,
  articleLabel,
  citeHtml,
  citeMarkdown,
  escapeHtml,
  escapeMarkdown,
  evidenceText,
} from '../util.ts';
import { shorten } from './coverage.ts';
import type { ReportSection } from './types.ts';

function sideMarkdown(report: Report, side: Conflict['sides'][number], n: number): string {
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

/** Incompatible claims side by side, each side with the exact sentences that state it. */
export const conflictsSection: ReportSection = {
  id: 'conflicts',
  title: 'Conflicts',
  markdown: (story, report) =>
    story.conflicts
      .map((c) =>
        [
          `- **${escapeMarkdown(c.about)}** (${c.kind})`,
          ...c.sides.map((s, i) => sideMarkdown(report, s, i + 1)),
        ].join('\n'),
      )
      .join('\n'),
  html: (story, report) => {
    const articles = articleIndex(report);
    return story.conflicts
      .map((c) => {
        const sides = c.sides
          .map((s) => {
            const quotes = s.evidence
              .map(
                (e) =>
                  `<blockquote style="margin:.3rem 0;padding-left:.6rem;border-left:3px solid var(--line)">${escapeHtml(shorten(evidenceText(report, e), 300))} <small>— ${escapeHtml(articleLabel(articles.get(e.articleId)))}</small></blockquote>`,
              )
              .join('');
            return `<div style="flex:1 1 16rem;background:var(--card);border-radius:.4rem;padding:.6rem .8rem"><strong>${escapeHtml(shorten(s.claim, 200))}</strong>${citeHtml(report, s.evidence)}${quotes}</div>`;
          })
          .join('');
        return `<div class="conflict" style="margin:.8rem 0"><p><strong>${escapeHtml(c.about)}</strong> <small>(${escapeHtml(c.kind)})</small></p><div style="display:flex;flex-wrap:wrap;gap:.6rem;border-left:4px solid var(--conflict);padding-left:.6rem">${sides}</div></div>`;
      })
      .join('');
  },
};
