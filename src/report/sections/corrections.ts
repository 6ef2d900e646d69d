import { READ_CHANGED } from '../../fetch/replace-pages.ts';
import type { EditorsNote, Evidence, Report, Story } from '../../model/index.ts';
import { IN_PAGE_LINKS, type StoryPageLinks } from '../links.ts';
import {
  articleIndex,
  articleLabel,
  citeHtml,
  escapeHtml,
  escapeMarkdown,
  evidenceText,
  quoted,
  shorten,
} from '../util.ts';
import type { ReportSection } from './types.ts';

/** What the list holds, said once above it: the outlets' own notes, read as the articles give them. */
export const CORRECTIONS_NOTE =
  "The outlets' own notes on their articles, as the articles give them. A sentence of another outlet is listed under a correction only when it gives the very value or wording the note calls wrong, for the same thing, as its own, in an article that stands as it is since a day after the note's. A live-updated article's update that gives a value of its own body anew (a toll that rose) is listed with that earlier sentence: a change, not a contradiction.";

const KIND_NAMES: Readonly<Record<EditorsNote['kind'], string>> = {
  correction: 'correction',
  clarification: 'clarification',
  update: 'update note',
  'editors-note': "editor's note",
};

/** The story's editors' notes (none in a report written before they were listed). */
export const correctionsOf = (story: Story): readonly EditorsNote[] => story.corrections ?? [];

// "2031-05-05", "2031-05-05, the page's last change" or "no date given"; "by 2031-05-05, when the
// page was read again" where the page gave no time of its change and the store dated it by when it
// read the change (the change was made by then, not then)
function whenOf(report: Report, n: EditorsNote): string {
  if (n.date === null) return 'no date given';
  if (n.dateFrom !== 'modified') return n.date;
  const read = articleIndex(report).get(n.articleId)?.metadataSources.modifiedAt === READ_CHANGED;
  return read ? `by ${n.date}, when the page was read again` : `${n.date}, the page's last change`;
}

// The outlet and the article's headline: "Kell Courier, “Stand collapses at Kell Park”"
function whoOf(report: Report, n: EditorsNote): { outlet: string; title: string | null } {
  const article = articleIndex(report).get(n.articleId);
  return { outlet: articleLabel(article), title: article?.title ?? null };
}

const carriedLine = (c: EditorsNote['stillCarried'][number]): string =>
  c.right === null
    ? `still gives ${quoted(c.wrong)}, which the note calls wrong`
    : `still gives ${c.wrong} (the note: ${c.right})`;

// An update's value beside the body's earlier one: "updated: Two → three (its earlier sentence: “…”)"
const updatedLine = (u: NonNullable<EditorsNote['updated']>[number]): string =>
  `updated: ${u.was} → ${u.now} (its earlier sentence: ${quoted(u.text)})`;

// A correction's values given instead, and where the article gives them and the story's facts hold
// them: "corrected: 2,100 → 1,200; 1,850, given in: “The ministry's figure is 1,200 …”", then "the
// facts it gives now: “…”" (none of either when the note gives no such pair)
function correctedLines(story: Story, report: Report, n: EditorsNote): string[] {
  const c = n.corrected;
  if (!c) return [];
  const values = [...new Set(c.right.map((r) => r.value))].join('; ');
  const inNote = (e: Evidence) =>
    e.articleId === n.evidence.articleId &&
    e.span.start >= n.evidence.span.start &&
    e.span.end <= n.evidence.span.end;
  const sentences = [
    ...new Set(c.right.filter((r) => !inNote(r.evidence)).map((r) => evidenceText(report, r.evidence))),
  ].filter(Boolean);
  const ids = new Set(c.right.flatMap((r) => r.factIds));
  const facts = story.facts.filter((f) => ids.has(f.id)).map((f) => quoted(shorten(f.text)));
  return [
    `corrected: ${c.wrong} → ${values}${sentences.length ? `, given in: ${sentences.map(quoted).join(' ')}` : ''}`,
    ...(facts.length ? [`the story's facts it gives now: ${facts.join('; ')}`] : []),
  ];
}

function noteMarkdown(story: Story, report: Report, n: EditorsNote): string {
  const { outlet, title } = whoOf(report, n);
  const head = `- **${escapeMarkdown(outlet)}**${title ? `, ${escapeMarkdown(quoted(title))}` : ''} [${n.articleId}]: ${KIND_NAMES[n.kind]} (${escapeMarkdown(whenOf(report, n))})`;
  const carried = n.stillCarried.map((c) => {
    const other = articleLabel(articleIndex(report).get(c.evidence.articleId));
    return `  - **${escapeMarkdown(other)}** [${c.evidence.articleId}] ${escapeMarkdown(carriedLine(c))}: ${escapeMarkdown(quoted(c.text))}`;
  });
  const updated = (n.updated ?? []).map((u) => `  - ${escapeMarkdown(updatedLine(u))} [${n.articleId}]`);
  const corrected = correctedLines(story, report, n).map(
    (line) => `  - ${escapeMarkdown(line)} [${n.articleId}]`,
  );
  return [head, `  > ${escapeMarkdown(n.text)}`, ...corrected, ...updated, ...carried].join('\n');
}

/** The story's notes as the story page shows them: the note above the list, then each note with its outlet, article and day. */
export function correctionsHtml(story: Story, report: Report, links: StoryPageLinks = IN_PAGE_LINKS): string {
  const notes = correctionsOf(story);
  if (!notes.length) return '';
  const items = notes.map((n) => {
    const { outlet, title } = whoOf(report, n);
    const carried = n.stillCarried.length
      ? `<ul class="px-side-quotes">${n.stillCarried
          .map((c) => {
            const other = articleLabel(articleIndex(report).get(c.evidence.articleId));
            return `<li><a class="px-quote-link" href="${escapeHtml(links.citationHref(c.evidence.articleId, c.evidence.span))}"><span class="px-outlet">${escapeHtml(other)}</span> ${escapeHtml(carriedLine(c))}: ${escapeHtml(quoted(c.text))}</a></li>`;
          })
          .join('')}</ul>`
      : '';
    const updated = n.updated?.length
      ? `<ul class="px-side-quotes">${n.updated
          .map(
            (u) =>
              `<li><a class="px-quote-link" href="${escapeHtml(links.citationHref(u.evidence.articleId, u.evidence.span))}">${escapeHtml(updatedLine(u))}</a></li>`,
          )
          .join('')}</ul>`
      : '';
    const lines = correctedLines(story, report, n);
    const cited = [
      ...new Map(n.corrected?.right.map((r) => [r.evidence.span.start, r.evidence]) ?? []).values(),
    ];
    const corrected = lines.length
      ? `<ul class="px-side-quotes">${lines.map((line, i) => `<li>${escapeHtml(line)}${i === 0 ? citeHtml(report, cited, links) : ''}</li>`).join('')}</ul>`
      : '';
    return `<li><p><strong>${escapeHtml(outlet)}</strong>${title ? `, ${escapeHtml(quoted(title))}` : ''} <small>${escapeHtml(KIND_NAMES[n.kind])} · ${escapeHtml(whenOf(report, n))}</small></p><blockquote>${escapeHtml(n.text)}${citeHtml(report, [n.evidence], links)}</blockquote>${corrected}${updated}${carried}</li>`;
  });
  return `<p class="meta">${escapeHtml(CORRECTIONS_NOTE)}</p><ul class="px-notes">${items.join('')}</ul>`;
}

/** Each outlet's corrections, clarifications and update notes on its own article, with their days. */
export const correctionsSection: ReportSection = {
  id: 'corrections',
  title: 'Corrections and updates',
  markdown: (story, report) => {
    const notes = correctionsOf(story);
    if (!notes.length) return '';
    return [
      `_${escapeMarkdown(CORRECTIONS_NOTE)}_`,
      '',
      ...notes.map((n) => noteMarkdown(story, report, n)),
    ].join('\n');
  },
  html: (story, report, links) => correctionsHtml(story, report, links),
};
