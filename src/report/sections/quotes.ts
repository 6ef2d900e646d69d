import type { Quote, Report, Story } from '../../model/index.ts';
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
  quoted,
} from '../util.ts';
import { leftOutNote, quotedParts } from './quote-parts.ts';
import { quoteSpeaker } from './quote-speaker.ts';
import type { ReportSection } from './types.ts';

/** Heading of the stances listed apart from reported speech ("refused to meet …"). */
export const STANCES_HEADING =
  'Stances told in the outlet’s words (an intention, a refusal, a plan: nobody’s speech)';

function groups(story: Story): [string, Quote[]][] {
  const quoted = story.quotes.filter((q) => q.kind !== 'indirect');
  const reported = story.quotes.filter((q) => q.kind === 'indirect' && q.speech !== false);
  const stances = story.quotes.filter((q) => q.kind === 'indirect' && q.speech === false);
  const byReach = (a: Quote, b: Quote) => spread(b) - spread(a);
  return (
    [
      ['Quoted', quoted.sort(byReach)],
      ['Reported speech', reported.sort(byReach)],
      [STANCES_HEADING, stances.sort(byReach)],
    ] as [string, Quote[]][]
  ).filter(([, list]) => list.length > 0);
}

function spread(q: Quote): number {
  return new Set(q.occurrences.map((o) => o.articleId)).size;
}

function carried(q: Quote): string {
  const n = spread(q);
  return n > 1 ? `carried by ${n} articles` : '';
}

// "[a2] quotes a part: “closing the doors …”" for each article that carried only a part of the quote
function partNotes(q: Quote, report: Report): string[] {
  return [...quotedParts(q, report)].map(
    ([id, part]) => `[${id}] quotes a part: “${part.text}”${leftOutNote(part)}`,
  );
}

/** Who said what: each quote once, with its speaker, cue, kind and every article that carried it. */
export const quotesSection: ReportSection = {
  id: 'quotes',
  title: 'Quotes',
  markdown: (story, report) =>
    groups(story)
      .map(([title, list]) =>
        [
          `${title}:`,
          '',
          ...list.map((q) => {
            const text = q.kind === 'indirect' ? escapeMarkdown(q.text) : `“${escapeMarkdown(q.text)}”`;
            const notes = [q.kind === 'partial' ? 'partial' : '', carried(q), ...partNotes(q, report)]
              .filter(Boolean)
              .join(', ');
            return `- ${text} — **${escapeMarkdown(quoteSpeaker(q))}**${notes ? ` _${notes}_` : ''} ${citeMarkdown(q.occurrences)}`;
          }),
        ].join('\n'),
      )
      .join('\n\n'),
  html: (story, report, links = IN_PAGE_LINKS) => {
    if (!story.quotes.length) return '';
    const index = articleIndex(report);
    const how = new Map(story.quoteMatrix.map((row) => [row.quoteId, row.byArticle]));
    // a quote another outlet words to say something else (the quote matrix's otherWordings)
    const differ = new Map(
      story.quoteMatrix.flatMap((row) => {
        const words = Object.values(row.otherWordings ?? {})[0]?.words;
        return words
          ? [[row.quoteId, `wordings differ: ${words[0] || '—'} / ${words[1] || '—'}`] as const]
          : [];
      }),
    );
    return bySpeaker(story)
      .map(([speaker, list]) => {
        const items = list
          .map((q) => {
            const text = q.kind === 'indirect' ? escapeHtml(q.text) : escapeHtml(quoted(q.text));
            const seen = new Set<string>();
            const parts = quotedParts(q, report);
            const chips = q.occurrences
              .filter((o) => !seen.has(o.articleId) && seen.add(o.articleId))
              .map((o) => {
                const carried = how.get(q.id)?.[o.articleId];
                const part = parts.has(o.articleId);
                const cut = leftOutNote(parts.get(o.articleId));
                const note = carried === 'paraphrased' ? ' ≈' : part ? ` (a part${cut})` : '';
                const label = articleLabel(index.get(o.articleId));
                return citeChip(
                  links.citationHref(o.articleId, o.span),
                  `${label}${carried === 'paraphrased' ? ' (paraphrased)' : part ? ` (quotes a part${cut})` : ''}: ${quoted(evidenceText(report, o))}`,
                  `${clipLabel(label)}${note}`,
                  `${label}${note}`,
                );
              });
            const notes = [
              q.kind === 'partial' ? 'partial' : '',
              q.speech === false ? 'stance, nobody’s speech' : q.kind === 'indirect' ? 'reported' : '',
              q.cue ?? '',
              differ.get(q.id) ?? '',
            ]
              .filter(Boolean)
              .join(', ');
            return `<li><q class="${escapeHtml(q.kind)}">${text}</q>${notes ? ` <small>${escapeHtml(notes)}</small>` : ''} <span class="cites">${capChips(chips, links)}</span></li>`;
          })
          .join('');
        return `<h4>${escapeHtml(speaker)} <small>${list.length} ${list.length === 1 ? 'quote' : 'quotes'}</small></h4><ul class="px-quotes">${items}</ul>`;
      })
      .join('');
  },
};

/** The story's quotes in the order the section lists them (by speaker, see below): what a page of them cuts. */
export function quoteOrder(story: Story): Quote[] {
  return bySpeaker(story).flatMap(([, list]) => list);
}

// Quotes grouped by speaker, the most-quoted speaker first and the unattributed ones last; within a
// speaker, the quotes carried by the most outlets first.
function bySpeaker(story: Story): [string, Quote[]][] {
  const groups = new Map<string, Quote[]>();
  for (const q of story.quotes) {
    const name = q.speaker && !q.speaker.unresolved ? q.speaker.name : '';
    groups.set(name, [...(groups.get(name) ?? []), q]);
  }
  return [...groups]
    .map(([name, list]): [string, Quote[]] => [
      name || 'Unattributed',
      [...list].sort((a, b) => spread(b) - spread(a)),
    ])
    .sort(
      ([a, x], [b, y]) => Number(a === 'Unattributed') - Number(b === 'Unattributed') || y.length - x.length,
    );
}
