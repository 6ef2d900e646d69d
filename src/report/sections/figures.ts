import type { Evidence, Figure, Report, Story } from '../../model/index.ts';
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

type Told = 'qualifier' | 'period' | 'attributedTo';

/**
 * What the articles give of a figure's qualifier, period or source: each value with the occurrences
 * that give it (none given: no entry). One entry without citations when every occurrence gives it.
 */
function toldBy(f: Figure, key: Told): { value: string; at: Evidence[] | null }[] {
  const tellings =
    f.tellings ??
    f.occurrences.map(() => ({ qualifier: f.qualifier, period: f.period, attributedTo: f.attributedTo }));
  const values = new Map<string, Evidence[]>();
  f.occurrences.forEach((o, i) => {
    const v = tellings[i]?.[key];
    if (v) values.set(v, [...(values.get(v) ?? []), o]);
  });
  const all = values.size === 1 && [...values.values()][0]?.length === f.occurrences.length;
  return [...values].map(([value, at]) => ({ value, at: all ? null : at }));
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
    // each article's own qualifier, period and source, cited where the articles differ
    const told = (f: Figure, key: Told) =>
      toldBy(f, key)
        .map(({ value, at }) => (at ? `${cell(value)} ${citeMarkdown(at)}` : cell(value)))
        .join('; ');
    return [
      `| ${HEAD.join(' | ')} |`,
      `|${HEAD.map(() => ' --- |').join('')}`,
      ...rows.map(
        (f) =>
          `| ${cell(amount(f))} | ${cell(f.counts)} | ${told(f, 'qualifier')} | ${told(f, 'period')} | ${told(f, 'attributedTo')} | ${wordings(
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
    // grouped regardless of case; the heading is written as the first figure's article writes it ('USD')
    const groups = new Map<string, Figure[]>();
    for (const f of listed(story)) {
      const key = (f.counts ?? f.unit ?? '').toLowerCase();
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    const index = articleIndex(report);
    return [...groups]
      .sort(([a, x], [b, y]) => Number(a === '') - Number(b === '') || y.length - x.length)
      .map(([, list]) => {
        const what = list[0]?.counts ?? list[0]?.unit ?? '';
        const items = list
          .map((f) => {
            // each article's own qualifier, period and source, named where the articles differ
            const told = (key: Told, prefix = '') =>
              toldBy(f, key).map(({ value, at }) => {
                const who =
                  at && [...new Set(at.map((o) => articleLabel(index.get(o.articleId))))].join(', ');
                return `${prefix}${value}${who ? ` (${who})` : ''}`;
              });
            const context = [
              ...told('qualifier'),
              ...told('period'),
              ...told('attributedTo', 'according to '),
            ].join(' · ');
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
