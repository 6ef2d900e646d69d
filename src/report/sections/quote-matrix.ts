import type { Report, Story } from '../../model/index.ts';
import {
  articleLabel,
  citeHtml,
  citeMarkdown,
  escapeHtml,
  escapeMarkdown,
  labelKey,
  shorten,
} from '../util.ts';
import { storyArticles } from './coverage.ts';
import { otherSpeakers } from './quote-others.ts';
import { quotedParts } from './quote-parts.ts';
import { quoteSpeaker, quoteText } from './quote-speaker.ts';
import type { ReportSection } from './types.ts';

const SYMBOL = { quoted: '“ ”', paraphrased: '≈', absent: '—' } as const;
const MAX_ROWS = 30;
// an article that quotes only a part of the row's words (quotedParts): “ ” alone read as the whole
const PART = '“…”';
const PART_LEGEND = ' · “…” a part of it quoted';

// By row, the articles that quote only a part of its words.
function partsOf(story: Story, report: Report): Map<string, ReadonlySet<string>> {
  return new Map(story.quotes.map((q) => [q.id, new Set(quotedParts(q, report).keys())]));
}

// The cell's mark: a part quoted shows as one, not as the whole quoted.
const mark = (how: keyof typeof SYMBOL, part: boolean) => (how === 'quoted' && part ? PART : SYMBOL[how]);

type MatrixRow = Story['quoteMatrix'][number];

/**
 * The rows the table shows, at most MAX_ROWS: the quotes carried by the most outlets first (what the
 * table is for), in story order among equals, and how many were left out (listed under Quotes).
 */
export function matrixRows(story: Pick<Story, 'quoteMatrix'>): { rows: MatrixRow[]; note: string } {
  const carried = (row: MatrixRow) => Object.values(row.byArticle).filter((how) => how !== 'absent').length;
  const sorted = story.quoteMatrix
    .map((row, i) => ({ row, i, n: carried(row) }))
    .sort((a, b) => b.n - a.n || a.i - b.i);
  const rest = sorted.slice(MAX_ROWS);
  // said under a table that left quotes out, so that no outlet's quotes vanish without a word
  const single = rest.every((x) => x.n <= 1) ? ', each carried by one outlet,' : '';
  const note = rest.length
    ? ` ${rest.length} more ${rest.length === 1 ? `quote${single.replace('each ', '')} is` : `quotes${single} are`} listed under Quotes.`
    : '';
  return { rows: sorted.slice(0, MAX_ROWS).map((x) => x.row), note };
}

const OTHER_LEGEND = ' · “ ” to X: the outlet gives these words to another speaker, X';
const OTHER_WORDING_LEGEND = '; ≈ to X: it gives X these words in another wording, in quotation marks';

/** The legend's words for the "to X" marks of the rows shown: ≈ to X said only where a cell has one. */
function otherLegend(rows: readonly MatrixRow[], others: Map<string, Map<string, string>>): string {
  const marks = rows.flatMap((r) => [...(others.get(r.quoteId)?.keys() ?? [])].map((id) => r.byArticle[id]));
  if (!marks.length) return '';
  return `${OTHER_LEGEND}${marks.includes('paraphrased') ? OTHER_WORDING_LEGEND : ''}`;
}

/** The legend's words for a part quoted, said only where a shown cell has one. */
function partLegend(rows: readonly MatrixRow[], parts: Map<string, ReadonlySet<string>>): string {
  const any = rows.some((r) => [...(parts.get(r.quoteId) ?? [])].some((id) => r.byArticle[id] === 'quoted'));
  return any ? PART_LEGEND : '';
}

// an article that quotes the row's speaker in words that say something else (`otherWordings`): not a
// paraphrase, and not silence either
const OTHER_WORDING = 'other wording';
const OTHER_WORDING_NOTE =
  ' · other wording: the outlet quotes the speaker in words that say something else (under Differences to check)';

// The words by which an article's quote differs from the row's, or null.
const otherWordingOf = (row: MatrixRow, id: string): readonly [string, string] | null =>
  row.byArticle[id] === 'absent' ? (row.otherWordings?.[id]?.words ?? null) : null;

/** The legend's words for "other wording", said only where a shown cell has one. */
const otherWordingLegend = (rows: readonly MatrixRow[]): string =>
  rows.some((r) => Object.keys(r.otherWordings ?? {}).some((id) => otherWordingOf(r, id)))
    ? OTHER_WORDING_NOTE
    : '';

/** Which outlet carried which quote: quoted verbatim, paraphrased, or absent. */
export const quoteMatrixSection: ReportSection = {
  id: 'quote-matrix',
  title: 'Quotes across outlets',
  markdown: (story, report) => {
    if (!story.quoteMatrix.length) return '';
    const quotes = new Map(story.quotes.map((q) => [q.id, q]));
    const articles = storyArticles(story, report);
    const { rows: shown, note } = matrixRows(story);
    const others = otherSpeakers(story);
    const parts = partsOf(story, report);
    const rows = shown.map((row) => {
      const q = quotes.get(row.quoteId);
      const text = q
        ? `${quoteText(q, escapeMarkdown(shorten(q.text, 120)))} — ${escapeMarkdown(quoteSpeaker(q))} ${citeMarkdown(q.occurrences)}`
        : row.quoteId;
      const cell = (id: string) => {
        const other = others.get(row.quoteId)?.get(id);
        const part = parts.get(row.quoteId)?.has(id) === true;
        if (otherWordingOf(row, id)) return OTHER_WORDING;
        return `${mark(row.byArticle[id] ?? 'absent', part)}${other ? ` to ${escapeMarkdown(other)}` : ''}`;
      };
      return `| ${text} | ${articles.map((a) => cell(a.id)).join(' | ')} |`;
    });
    const legend = escapeMarkdown(labelKey(articles));
    const toOther = escapeMarkdown(
      otherLegend(shown, others) + partLegend(shown, parts) + otherWordingLegend(shown),
    );
    return [
      `| Quote | ${articles.map((a) => escapeMarkdown(articleLabel(a))).join(' | ')} |`,
      `|---|${articles.map(() => ':-:').join('|')}|`,
      ...rows,
      '',
      `“ ” quoted · ≈ paraphrased · — absent${toOther}. ${legend}.${escapeMarkdown(note)}`,
    ].join('\n');
  },
  html: (story, report, links) => {
    if (!story.quoteMatrix.length) return '';
    const quotes = new Map(story.quotes.map((q) => [q.id, q]));
    const articles = storyArticles(story, report);
    const { rows: shown, note } = matrixRows(story);
    const others = otherSpeakers(story);
    const parts = partsOf(story, report);
    const rows = shown
      .map((row) => {
        const q = quotes.get(row.quoteId);
        const text = q
          ? `${quoteText(q, escapeHtml(shorten(q.text, 120)))} <small>— ${escapeHtml(quoteSpeaker(q))}</small>${citeHtml(report, q.occurrences, links)}`
          : escapeHtml(row.quoteId);
        const cells = articles
          .map((a) => {
            const how = row.byArticle[a.id] ?? 'absent';
            const other = others.get(row.quoteId)?.get(a.id);
            const to = other ? `, given to ${other}` : '';
            const small = other ? ` <small>to ${escapeHtml(other)}</small>` : '';
            const part = how === 'quoted' && parts.get(row.quoteId)?.has(a.id) === true;
            const differ = otherWordingOf(row, a.id);
            if (differ)
              return `<td class="c" title="${escapeHtml(`${articleLabel(a)}: other wording (${differ[1] || '—'} for ${differ[0] || '—'})`)}">${OTHER_WORDING}</td>`;
            const said = part ? 'quoted a part' : how;
            return `<td class="c" title="${escapeHtml(`${articleLabel(a)}: ${said}${to}`)}">${mark(how, part)}${small}</td>`;
          })
          .join('');
        return `<tr><td>${text}</td>${cells}</tr>`;
      })
      .join('');
    const head = `<tr><th>Quote</th>${articles.map((a) => `<th title="${escapeHtml(a.id)}">${escapeHtml(articleLabel(a))}</th>`).join('')}</tr>`;
    return `<div class="px-scroll" tabindex="0"><table>${head}${rows}</table></div><p class="meta">“ ” quoted · ≈ paraphrased · — absent${escapeHtml(otherLegend(shown, others) + partLegend(shown, parts) + otherWordingLegend(shown))}. ${escapeHtml(labelKey(articles))}.${escapeHtml(note)}</p>`;
  },
};
