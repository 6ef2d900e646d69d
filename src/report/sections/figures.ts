import type { Figure, Report, Story } from '../../model/index.ts';
import { citeHtml, citeMarkdown, escapeHtml, escapeMarkdown, evidenceText } from '../util.ts';
import type { ReportSection } from './types.ts';

function amount(f: Figure): string {
  const n = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2 });
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
  html: (story, report) => {
    const rows = listed(story);
    if (!rows.length) return '';
    const cell = (s: string | null) => `<td>${escapeHtml(s ?? '')}</td>`;
    return `<table class="figures"><thead><tr>${HEAD.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
      .map(
        (f) =>
          `<tr><td><strong>${escapeHtml(amount(f))}</strong></td>${cell(f.counts)}${cell(f.qualifier)}${cell(f.period)}${cell(f.attributedTo)}<td>${wordings(
            f,
            report,
          )
            .map((w) => `“${escapeHtml(w)}”`)
            .join('<br>')}${citeHtml(report, f.occurrences)}</td></tr>`,
      )
      .join('')}</tbody></table>`;
  },
};
