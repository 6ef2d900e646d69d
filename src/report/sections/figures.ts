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

function wordings(occurrences: readonly Evidence[], report: Report): string[] {
  return [...new Set(occurrences.map((o) => evidenceText(report, o)).filter(Boolean))];
}

/**
 * For an occurrence of a figure, the value its own article's "Update:" item has since given instead
 * (the corrections' `updated`, "Two" → "three"), or null: such an occurrence is that article's
 * earlier value, not agreement on the figure now.
 */
export function updatedTo(story: Story): (o: Evidence) => string | null {
  const earlier = (story.corrections ?? []).flatMap((n) => n.updated ?? []);
  if (!earlier.length) return () => null;
  return (o) =>
    earlier.find(
      (u) =>
        u.span &&
        u.evidence.articleId === o.articleId &&
        u.span.start < o.span.end &&
        o.span.start < u.span.end,
    )?.now ?? null;
}

/**
 * For a figure of the story: the corrections that give it in place of a value they call wrong, as
 * [wrong value, the correction's evidence] (none for most figures).
 */
function correctedTo(story: Story): (f: Figure) => { wrong: string; note: Evidence }[] {
  const byFigure = new Map<string, { wrong: string; note: Evidence }[]>();
  for (const n of story.corrections ?? [])
    for (const r of n.corrected?.right ?? [])
      for (const id of r.figureIds) {
        const wrong = n.corrected?.wrong ?? '';
        const known = byFigure.get(id) ?? [];
        if (!known.some((k) => k.wrong === wrong && k.note.articleId === n.articleId))
          byFigure.set(id, [...known, { wrong, note: n.evidence }]);
      }
  return (f) => byFigure.get(f.id) ?? [];
}

// A figure's occurrences split into those its articles stand by and their earlier values (each with
// the value given since); the current ones stand for the figure when there are any.
function splitByUpdate(f: Figure, now: (o: Evidence) => string | null) {
  const keep = f.occurrences.map((o) => now(o) === null);
  const current = f.occurrences.filter((_, i) => keep[i]);
  const earlier = f.occurrences.flatMap((o) => {
    const v = now(o);
    return v === null ? [] : [{ o, now: v }];
  });
  return { current, earlier, keep: current.length ? keep : keep.map(() => true) };
}

type Told = 'qualifier' | 'period' | 'attributedTo';

/**
 * What the articles give of a figure's qualifier, period or source: each value with the occurrences
 * that give it (none given: no entry). One entry without citations when every occurrence gives it.
 * An article's source is that of its first telling of the figure.
 */
function toldBy(f: Figure, key: Told, keep?: readonly boolean[]): { value: string; at: Evidence[] | null }[] {
  const tellings =
    f.tellings ??
    f.occurrences.map(() => ({ qualifier: f.qualifier, period: f.period, attributedTo: f.attributedTo }));
  const values = new Map<string, Evidence[]>();
  let counted = 0;
  const told = new Set<string>();
  f.occurrences.forEach((o, i) => {
    if (keep && !keep[i]) return;
    // an article's source is its first telling's: a value it states itself first rests on no source,
    // though a source later gives that value too (review of newuser24 #6)
    if (key === 'attributedTo' && told.has(o.articleId)) return;
    told.add(o.articleId);
    counted++;
    const v = tellings[i]?.[key];
    if (v) values.set(v, [...(values.get(v) ?? []), o]);
  });
  const all = values.size === 1 && [...values.values()][0]?.length === counted;
  return [...values].map(([value, at]) => ({ value, at: all ? null : at }));
}

// most told first, by the occurrences their articles stand by
function listed(story: Story): Figure[] {
  const now = updatedTo(story);
  const count = (f: Figure) => f.occurrences.filter((o) => now(o) === null).length;
  return [...story.figures].sort((a, b) => count(b) - count(a));
}

const HEAD = ['Value', 'Counts', 'Qualifier', 'Period', 'Source', 'Wordings'];

/** The numbers of the story: value, what it counts, qualifier, period, source and every wording used. */
export const figuresSection: ReportSection = {
  id: 'figures',
  title: 'Figures',
  markdown: (story, report) => {
    const rows = listed(story);
    if (!rows.length) return '';
    const now = updatedTo(story);
    const fixes = correctedTo(story);
    const cell = (s: string | null) => escapeMarkdown(s ?? '');
    const words = (at: readonly Evidence[]) =>
      wordings(at, report)
        .map((w) => `“${escapeMarkdown(w)}”`)
        .join('; ');
    return [
      `| ${HEAD.join(' | ')} |`,
      `|${HEAD.map(() => ' --- |').join('')}`,
      ...rows.map((f) => {
        const { current, earlier, keep } = splitByUpdate(f, now);
        // each article's own qualifier, period and source, cited where the articles differ
        const told = (key: Told) =>
          toldBy(f, key, keep)
            .map(({ value, at }) => (at ? `${cell(value)} ${citeMarkdown(at)}` : cell(value)))
            .join('; ');
        // an article's earlier value, which its own update has since given anew, is no agreement now
        const since = earlier.map(
          (e) =>
            `earlier, since updated to “${escapeMarkdown(e.now)}”: ${words([e.o])} ${citeMarkdown([e.o])}`,
        );
        // a value an article's correction gives in place of a wrong one says so
        const fixed = fixes(f).map(
          (c) => `given by a correction in place of “${escapeMarkdown(c.wrong)}” ${citeMarkdown([c.note])}`,
        );
        const wording = [
          ...(current.length ? [`${words(current)} ${citeMarkdown(current)}`] : []),
          ...since,
          ...fixed,
        ];
        return `| ${cell(amount(f))} | ${cell(f.counts)} | ${told('qualifier')} | ${told('period')} | ${told('attributedTo')} | ${wording.join('; ')} |`;
      }),
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
    const now = updatedTo(story);
    const fixes = correctedTo(story);
    return [...groups]
      .sort(([a, x], [b, y]) => Number(a === '') - Number(b === '') || y.length - x.length)
      .map(([, list]) => {
        const what = list[0]?.counts ?? list[0]?.unit ?? '';
        const items = list
          .map((f) => {
            // each article's own qualifier, period and source, named where the articles differ
            const { keep } = splitByUpdate(f, now);
            const told = (key: Told, prefix = '') =>
              toldBy(f, key, keep).map(({ value, at }) => {
                const who =
                  at && [...new Set(at.map((o) => articleLabel(index.get(o.articleId))))].join(', ');
                return `${prefix}${value}${who ? ` (${who})` : ''}`;
              });
            const context = [
              ...told('qualifier'),
              ...told('period'),
              ...told('attributedTo', 'according to '),
              ...fixes(f).map(
                (c) =>
                  `given by a correction in place of ${c.wrong} (${articleLabel(index.get(c.note.articleId))})`,
              ),
            ].join(' · ');
            const seen = new Set<string>();
            const chips = f.occurrences
              .filter((o) => !seen.has(o.articleId) && seen.add(o.articleId))
              .map((o) => {
                // an earlier value, which the article's own update has since given anew, says so
                const since = now(o);
                const label = articleLabel(index.get(o.articleId));
                return citeChip(
                  links.citationHref(o.articleId, o.span),
                  `${label}: ${quoted(evidenceText(report, o))}${since === null ? '' : `, an earlier value: its own update since gives ${quoted(since)}`}`,
                  since === null ? clipLabel(label) : `${clipLabel(label)} (earlier)`,
                  since === null ? label : `${label} (earlier)`,
                );
              });
            return `<li><strong class="px-figure">${escapeHtml(amount(f))}</strong>${context ? ` <small>${escapeHtml(context)}</small>` : ''} <span class="cites">${capChips(chips, links)}</span></li>`;
          })
          .join('');
        const count = list.length > 1 ? ` <small>${list.length} figures</small>` : '';
        return `<h4>${what ? escapeHtml(what) : 'Other numbers'}${count}</h4><ul class="px-figures">${items}</ul>`;
      })
      .join('');
  },
};
