import type { Article, Framing, Report, Story } from '../../model/index.ts';
import { articleOutletKey } from '../../text/source.ts';
import { IN_PAGE_LINKS } from '../links.ts';
import { articleLabel, citeHtml, escapeHtml, escapeMarkdown, quoted } from '../util.ts';
import { storyArticles } from './coverage.ts';
import {
  type ColumnUses,
  columnHeading,
  columnsKey,
  framingColumns,
  ROLES_LEGEND,
  rolesText,
  SPEAKERS_LEGEND,
  speakersText,
} from './framing-columns.ts';
import {
  contestedList,
  DISTINCTIVE_NOTE,
  NO_TONE_WORD,
  neutralLabel,
  outletSources,
  TERMS_LEGEND,
  TONE_LEGEND,
  toneChart,
} from './framing-parts.ts';
import { speakerGivers } from './quote-others.ts';
import { toneWordsHtml, toneWordsText } from './tone-words.ts';
import type { ReportSection } from './types.ts';

const TERMS_SHOWN = 6;
const BARS_PER_ARTICLE = 5;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const termsOf = (framing: Framing, id: string) => framing.terms.filter((t) => t.articleId === id);
type Uses = ColumnUses;
// a headline's uses, those inside its quotation marks said: "headline 1 (quoted)", "headline 2 (1 quoted)"
const headlineUses = (u: Uses): string => {
  const q = u.headlineQuoted ?? 0;
  if (!q) return `headline ${u.headline}`;
  return `headline ${u.headline} (${q === u.headline ? '' : `${q} `}quoted)`;
};
// "headline 1, own voice 3, quoted 2", leaving out the zeros
const uses = (u: Uses | undefined): string =>
  (u &&
    [
      u.headline ? headlineUses(u) : '',
      u.ownVoice ? `own voice ${u.ownVoice}` : '',
      u.inQuotes ? `quoted ${u.inQuotes}` : '',
    ]
      .filter(Boolean)
      .join(', ')) ||
  '—';
const USE_LABEL = { label: 'labels people', act: 'describes an act' } as const;
const termLabel = (c: Framing['contested'][number]) => (c.use ? `${c.term} (${USE_LABEL[c.use]})` : c.term);
const counted = (t: Framing['terms'][number]) =>
  `×${t.count}${t.headline ? `, headline ×${t.headline}` : ''}`;
const scareOf = (framing: Framing, id: string) => framing.scareQuotes.filter((q) => q.articleId === id);
const signed = (x: number | null) => (x === null ? '—' : `${x > 0 ? '+' : ''}${x.toFixed(2)}`);
const share = (x: number | null) => (x === null ? '—' : x.toFixed(2));

/**
 * One outlet's most distinctive terms as a small horizontal bar chart (inline SVG, sized to read on a
 * phone), bars scaled to `max`, the largest z-score of the story; '' when the outlet has none.
 */
export function termsChart(framing: Framing, article: Article, max: number): string {
  const rows = termsOf(framing, article.id).slice(0, BARS_PER_ARTICLE);
  if (!rows.length) return '';
  const [left, width, line] = [120, 150, 20];
  const height = rows.length * line + 4;
  const bars = rows
    .map((t, i) => {
      const y = i * line + 2;
      const w = Math.max(2, (t.z / max) * width);
      return `<text x="${left - 6}" y="${y + 13}" font-size="12" text-anchor="end" fill="currentColor">${escapeHtml(clip(t.term, 18))}<title>${escapeHtml(t.term)}</title></text><rect x="${left}" y="${y + 3}" width="${w.toFixed(1)}" height="${line - 7}" class="px-bar"/><text x="${(left + w + 4).toFixed(1)}" y="${y + 13}" font-size="11" fill="currentColor">${t.z.toFixed(1)}</text>`;
    })
    .join('');
  return `<figure class="px-chart"><figcaption>${escapeHtml(articleLabel(article))}</figcaption><svg role="img" aria-label="${escapeHtml(`Distinctive terms of ${articleLabel(article)} by z-score`)}" viewBox="0 0 ${left + width + 40} ${height}" width="${left + width + 40}" height="${height}">${bars}</svg></figure>`;
}

/** Said in place of an outlet's distinctive words when the story has no other outlet to weigh them against. */
export const NO_OTHER_OUTLET = 'no other outlet to compare with';

// Whether the story's articles are all one outlet's: its words have nothing to be weighed against.
function oneOutlet(framing: Framing, articles: readonly Article[]): boolean {
  if (framing.byOutlet) return Object.keys(framing.byOutlet).length === 1;
  return new Set(articles.map(articleOutletKey)).size === 1;
}

function framingOf(story: Story, report: Report): { framing: Framing; articles: Article[] } | null {
  return story.framing ? { framing: story.framing, articles: storyArticles(story, report) } : null;
}

/** How each outlet frames the story: distinctive terms (with a chart), contested words, tone, outlet table. */
export const framingSection: ReportSection = {
  id: 'framing',
  title: 'Framing',
  markdown: (story, report) => {
    const found = framingOf(story, report);
    if (!found) return '';
    const { framing, articles } = found;
    const out: string[] = [
      'Distinctive words in each outlet’s own voice and headline (quotes and reported speech excluded), by log-odds z-score against the other outlets; ×N counts the body’s uses, headline ×N the headline’s:',
      '',
    ];
    // with one outlet (or one side) there is nothing to weigh its words against: "—" would read as
    // "nothing distinctive"
    const alone = oneOutlet(framing, articles);
    for (const a of articles) {
      const terms = termsOf(framing, a.id).slice(0, TERMS_SHOWN);
      const listed = terms.map((t) => `${escapeMarkdown(t.term)} (z ${t.z.toFixed(1)}, ${counted(t)})`);
      out.push(
        `- **${escapeMarkdown(articleLabel(a))}** [${a.id}]: ${listed.length ? listed.join(', ') : alone ? NO_OTHER_OUTLET : '—'}`,
      );
    }
    if (!alone) out.push('', escapeMarkdown(DISTINCTIVE_NOTE));
    const columns = framingColumns(framing, articles);
    const headings = columns.map((c) => escapeMarkdown(columnHeading(c))).join(' | ');
    const key = columnsKey(columns);
    if (framing.contested.length) {
      out.push(
        '',
        `| Contested term | Neutral alternative | ${headings} |`,
        `|---|---|${columns.map(() => ':-:').join('|')}|`,
      );
      for (const c of framing.contested)
        out.push(
          `| ${escapeMarkdown(termLabel(c))} | ${escapeMarkdown(neutralLabel(c.neutral))} | ${columns.map((col) => uses(col.uses(c))).join(' | ')} |`,
        );
      out.push('', TERMS_LEGEND);
    }
    if (framing.scareQuotes.length) {
      out.push('', 'Scare quotes (phrases in quotation marks in the outlet’s own voice, no one quoted):', '');
      for (const a of articles) {
        const list = scareOf(framing, a.id);
        if (list.length)
          out.push(
            `- **${escapeMarkdown(articleLabel(a))}** [${a.id}]: ${list.map((q) => `“${escapeMarkdown(q.text)}”`).join(', ')}`,
          );
      }
    }
    out.push('', `| Tone | ${headings} |`, `|---|${columns.map(() => ':-:').join('|')}|`);
    // an own voice or headline with no word of the lexicon has no score (null; 0 in a report stored
    // before): its count says why, where a bare "—" or 0.00 would read as no headline or neutral
    type Tone = NonNullable<(typeof columns)[number]['tone']>;
    const tone = (pick: (t: Tone) => number | null, fmt: typeof signed, found: (t: Tone) => number | null) =>
      columns
        .map(({ tone: t }) => {
          if (!t) return '—';
          return found(t) === 0 ? `— (${NO_TONE_WORD})` : fmt(pick(t));
        })
        .join(' | ');
    const own = (t: Tone) => t.toneWords;
    const head = (t: Tone) => t.headlineToneWords;
    out.push(
      `| sentiment (own voice) | ${tone((t) => t.sentiment, signed, own)} |`,
      `| subjectivity (own voice) | ${tone((t) => t.subjectivity, share, own)} |`,
      `| words counted (own voice) | ${columns.map((c) => escapeMarkdown(toneWordsText(report, framing, c.articleIds)) || '—').join(' | ')} |`,
    );
    out.push(
      `| headline sentiment | ${tone((t) => t.headlineSentiment, signed, head)} |`,
      `| headline subjectivity | ${tone((t) => t.headlineSubjectivity, share, head)} |`,
      '',
      TONE_LEGEND,
    );
    if (key) out.push('', escapeMarkdown(key));
    const quoting = columns.filter((c) => c.speakers);
    const givers = speakerGivers(story, report);
    if (quoting.length) {
      out.push('', SPEAKERS_LEGEND, '');
      for (const c of quoting)
        out.push(
          `- **${escapeMarkdown(columnHeading(c))}**: ${escapeMarkdown(speakersText(c.speakers ?? [], givers(c.articleIds))) || 'no one'}`,
        );
    }
    const byRole = columns.filter((c) => c.roles && rolesText(c.roles));
    if (byRole.length) {
      out.push('', ROLES_LEGEND, '');
      for (const c of byRole)
        out.push(`- **${escapeMarkdown(columnHeading(c))}**: ${escapeMarkdown(rolesText(c.roles ?? {}))}`);
    }
    if (framing.outlets.length) {
      const { heading, rowNote } = outletSources(framing.outlets);
      out.push('', `From your ${heading}:`, '');
      for (const o of framing.outlets)
        out.push(
          `- [${o.articleId}] ${escapeMarkdown(o.name)}: leaning ${escapeMarkdown(o.leaning ?? 'not given')}, owner ${escapeMarkdown(o.owner ?? 'not given')}${rowNote(o)}`,
        );
    }
    return out.join('\n');
  },
  html: (story, report, links = IN_PAGE_LINKS) => {
    const found = framingOf(story, report);
    if (!found) return '';
    const { framing, articles } = found;
    const max = Math.max(0.01, ...framing.terms.map((t) => t.z));
    const alone = oneOutlet(framing, articles);
    const charts = articles.map((a) => termsChart(framing, a, max)).join('');
    const columns = framingColumns(framing, articles);
    const key = columnsKey(columns);
    const contested = contestedList(framing, columns, termLabel, uses);
    const scare = framing.scareQuotes.length
      ? `<h4>Scare quotes</h4><p class="meta">Phrases in quotation marks in the outlet’s own voice, no one quoted.</p><ul>${articles
          .filter((a) => scareOf(framing, a.id).length)
          .map(
            (a) =>
              `<li>${escapeHtml(articleLabel(a))} <span class="id">${escapeHtml(a.id)}</span>: ${scareOf(
                framing,
                a.id,
              )
                .map((q) => `${escapeHtml(quoted(q.text))}${citeHtml(report, [q.evidence], links)}`)
                .join(', ')}</li>`,
          )
          .join('')}</ul>`
      : '';
    const toneSvg = toneChart(columns);
    const tone = toneSvg
      ? `<h4>Tone</h4>${toneSvg}${toneWordsHtml(report, framing, columns)}<p class="meta">${escapeHtml(TONE_LEGEND)}</p>${key ? `<p class="meta">${escapeHtml(key)}</p>` : ''}`
      : '';
    const quoting = columns.filter((c) => c.speakers);
    const givers = speakerGivers(story, report);
    const byRole = columns.filter((c) => c.roles && rolesText(c.roles));
    const roles = byRole.length
      ? `<p class="meta">${escapeHtml(ROLES_LEGEND)}</p><ul>${byRole.map((c) => `<li><strong>${escapeHtml(columnHeading(c))}</strong>: ${escapeHtml(rolesText(c.roles ?? {}))}</li>`).join('')}</ul>`
      : '';
    const speakers = quoting.length
      ? `<h4>Whom each outlet quotes</h4><p class="meta">${escapeHtml(SPEAKERS_LEGEND)}</p><ul>${quoting.map((c) => `<li><strong>${escapeHtml(columnHeading(c))}</strong>: ${escapeHtml(speakersText(c.speakers ?? [], givers(c.articleIds)) || 'no one')}</li>`).join('')}</ul>${roles}`
      : '';
    const { heading, rowNote } = outletSources(framing.outlets);
    const outlets = framing.outlets.length
      ? `<h4>Outlets (from your ${heading})</h4><ul>${framing.outlets.map((o) => `<li><span class="id">${escapeHtml(o.articleId)}</span> ${escapeHtml(o.name)}: leaning ${escapeHtml(o.leaning ?? 'not given')}, owner ${escapeHtml(o.owner ?? 'not given')}${escapeHtml(rowNote(o))}</li>`).join('')}</ul>`
      : '';
    const none =
      alone && !charts
        ? `<p>${escapeHtml(`${NO_OTHER_OUTLET[0]?.toUpperCase()}${NO_OTHER_OUTLET.slice(1)}.`)}</p>`
        : '';
    const note = alone ? '' : `<p class="meta">${escapeHtml(DISTINCTIVE_NOTE)}</p>`;
    return `<h4>Distinctive words</h4><p class="meta">In each outlet’s own voice and headline, quotes and reported speech excluded, by log-odds z-score against the other outlets.</p>${none}${note}<div class="px-charts">${charts}</div>${contested}${scare}${tone}${speakers}${outlets}`;
  },
};
