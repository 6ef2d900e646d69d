import type { Figure, Report, Story } from '../../model/index.ts';
import { IN_PAGE_LINKS } from '../links.ts';
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
  formatNumber,
  quoted,
} from '../util.ts';
import type { ReportSection } from './types.ts';

function amount(f: Figure): string {
  const n = formatNumber;
  const range = f.valueHigh !== null ? `${n(f.value)}–${n(f.valueHigh)}` : n(f.value);
  if (f.unit === 'percent') return `${range}%`;
  if (f.unit && /^[A-Z]{3}$/.test(f.unit)) return `${range} ${f.unit}`;
  return f.unit ? `${range} ${f.unit}` : range;
}

function wordings(f: Figure, report: Report): string[] {
  return [...new Set(f.occurrences.map((o) => evidenceText(report, o)).filter(Boolean))];
}

function listed(story: Story): Figure[] {
  return [...story.figures].sort((a, b) => b.occurrences.length - a.occurrences.length);
}

const HEAD = ['Value', 'Counts', 'Qualifier', 'Period', 'Source', 'Wordings'];

/** The numbers of the story: value, what it counts, qualifier, period, source and every wording used. */
export const figuresSection: ReportSection = {
  id: 'figures',
  title: 'Figures',
  markdown: (story, report) => {
    const rows = listed(story);
    if (!rows.length) return '';
    const cell = (s: string | null) => escapeMarkdown(s ?? '');
    return [
      `| ${HEAD.join(' | ')} |`,
      `|${HEAD.map(() => ' --- |').join('')}`,
      ...rows.map(
        (f) =>
          `| ${cell(amount(f))} | ${cell(f.counts)} | ${cell(f.qualifier)} | ${cell(f.period)} | ${cell(f.attributedTo)} | ${wordings(
            f,
            report,
          )
            .map((w) => `“${escapeMarkdown(w)}”`)
            .join('; ')} ${citeMarkdown(f.occurrences)} |`,
      ),
    ].join('\n');
  },
  html: (story, report, links = IN_PAGE_LINKS) => {
    if (!story.figures.length) return '';
    const groups = new Map<string, Figure[]>();
    for (const f of listed(story)) {
      const key = (f.counts ?? f.unit ?? '').toLowerCase();
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    const index = articleIndex(report);
    return [...groups]
      .sort(([a, x], [b, y]) => Number(a === '') - Number(b === '') || y.length - x.length)
      .map(([what, list]) => {
        const items = list
          .map((f) => {
            const context = [f.qualifier, f.period, f.attributedTo ? `according to ${f.attributedTo}` : null]
              .filter(Boolean)
              .join(' · ');
            const seen = new Set<string>();
            const chips = f.occurrences
              .filter((o) => !seen.has(o.articleId) && seen.add(o.articleId))
              .map((o) =>
                citeChip(
                  links.citationHref(o.articleId, o.span),
                  `${articleLabel(index.get(o.articleId))}: ${quoted(evidenceText(report, o))}`,
                  clipLabel(articleLabel(index.get(o.articleId))),
                ),
              );
            return `<li><strong class="px-figure">${escapeHtml(amount(f))}</strong>${context ? ` <small>${escapeHtml(context)}</small>` : ''} <span class="cites">${capChips(chips, links)}</span></li>`;
          })
          .join('');
        const count = list.length > 1 ? ` <small>${list.length} figures</small>` : '';
        return `<h4>${what ? escapeHtml(what) : 'Other numbers'}${count}</h4><ul class="px-figures">${items}</ul>`;
      })
      .join('');
  },
};
