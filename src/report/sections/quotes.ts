import type { Quote, Story } from '../../model/index.ts';
import { citeHtml, citeMarkdown, escapeHtml, escapeMarkdown } from '../util.ts';
import type { ReportSection } from './types.ts';

function groups(story: Story): [string, Quote[]][] {
  const quoted = story.quotes.filter((q) => q.kind !== 'indirect');
  const reported = story.quotes.filter((q) => q.kind === 'indirect');
  const byReach = (a: Quote, b: Quote) => spread(b) - spread(a);
  return (
    [
      ['Quoted', quoted.sort(byReach)],
      ['Reported speech', reported.sort(byReach)],
    ] as [string, Quote[]][]
  ).filter(([, list]) => list.length > 0);
}

function spread(q: Quote): number {
  return new Set(q.occurrences.map((o) => o.articleId)).size;
}

function who(q: Quote): string {
  if (!q.speaker) return 'unattributed';
  return q.cue ? `${q.speaker.name} (${q.cue})` : q.speaker.name;
}

function carried(q: Quote): string {
  const n = spread(q);
  return n > 1 ? `carried by ${n} articles` : '';
}

/** Who said what: each quote once, with its speaker, cue, kind and every article that carried it. */
export const quotesSection: ReportSection = {
  id: 'quotes',
  title: 'Quotes',
  markdown: (story) =>
    groups(story)
      .map(([title, list]) =>
        [
          `${title}:`,
          '',
          ...list.map((q) => {
            const text = q.kind === 'indirect' ? escapeMarkdown(q.text) : `“${escapeMarkdown(q.text)}”`;
            const notes = [q.kind === 'partial' ? 'partial' : '', carried(q)].filter(Boolean).join(', ');
            return `- ${text} — **${escapeMarkdown(who(q))}**${notes ? ` _${notes}_` : ''} ${citeMarkdown(q.occurrences)}`;
          }),
        ].join('\n'),
      )
      .join('\n\n'),
  html: (story, report) =>
    groups(story)
      .map(
        ([title, list]) =>
          `<h4>${escapeHtml(title)}</h4><ul class="quotes">${list
            .map((q) => {
              const text = q.kind === 'indirect' ? escapeHtml(q.text) : `“${escapeHtml(q.text)}”`;
              const notes = [q.kind === 'partial' ? 'partial' : '', carried(q)].filter(Boolean).join(', ');
              return `<li><q class="${escapeHtml(q.kind)}">${text}</q> — <strong>${escapeHtml(who(q))}</strong>${notes ? ` <em>${escapeHtml(notes)}</em>` : ''}${citeHtml(report, q.occurrences)}</li>`;
            })
            .join('')}</ul>`,
      )
      .join(''),
};
