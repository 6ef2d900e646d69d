import type { Evidence, Report, Story } from '../../model/index.ts';
import { SECTIONS } from '../../report/sections/index.ts';
import { articleLabel, withLabels } from '../../report/util.ts';
import type { StorySummary } from '../../store/types.ts';
import { coverageBar, coverageLegend, coverageOf, type Leanings } from '../coverage-bar.ts';
import { day, daySpan, escapeHtml, plural } from '../html.ts';
import { safeHttpUrl } from '../security.ts';

/**
 * The URL of a piece of evidence: its article's page with the span highlighted (`hl`), scrolled to
 * (`#s-START-END`), and a way back to the story (`from`). Unescaped: escape it for an attribute.
 */
export function evidenceHref(evidence: Evidence, storyId: string): string {
  const span = `${evidence.span.start}-${evidence.span.end}`;
  return `/articles/${encodeURIComponent(evidence.articleId)}?hl=${span}&from=${encodeURIComponent(storyId)}#s-${span}`;
}

// The report's sections link citations to anchors in the single-file report (`#ev-A-S-E`) and
// articles to `#article-A`; on the server they open the article's own page.
function served(html: string, storyId: string): string {
  return html
    .replace(/href="#ev-([\w-]+?)-(\d+)-(\d+)"/g, (_, articleId: string, start: string, end: string) => {
      const href = evidenceHref({ articleId, span: { start: Number(start), end: Number(end) } }, storyId);
      return `href="${escapeHtml(href)}"`;
    })
    .replace(/href="#article-([\w-]+)"/g, (_, articleId: string) => `href="/articles/${articleId}"`);
}

// One card per article: outlet, time, headline, its page here and the original (http(s) only).
function outletCards(story: Story, report: Report): string {
  const byId = new Map(report.articles.map((a) => [a.id, a]));
  return `<ul class="articles">${story.articleIds
    .map((id) => byId.get(id))
    .filter((a) => a !== undefined)
    .map((a) => {
      const original = safeHttpUrl(a.url);
      const link = original
        ? ` · <a href="${escapeHtml(original)}" rel="noopener noreferrer nofollow" target="_blank">original</a>`
        : '';
      return `<li><strong>${escapeHtml(articleLabel(a))}</strong> <small>${escapeHtml(day(a.publishedAt))}</small><br><a href="/articles/${encodeURIComponent(a.id)}">${escapeHtml(a.title ?? '(no title)')}</a>${link}</li>`;
    })
    .join('')}</ul>`;
}

/**
 * The story's body: its summary open, every other section of the report behind an expander, with
 * citations opening the cited sentence in its article.
 */
export function storyBody(unlabelled: Report, story: Story): string {
  const report = withLabels(unlabelled);
  const sections = SECTIONS.filter((section) => section.id !== 'articles')
    .map((section) => {
      const body = section.html(story, report).trim();
      if (!body) return '';
      const open = section.id === 'summary' ? ' open' : '';
      return `<details class="section" id="${section.id}"${open}><summary>${escapeHtml(section.title)}</summary>${body}</details>`;
    })
    .join('\n');
  return served(
    `<h2>Outlets</h2>${outletCards(story, report)}
<nav aria-label="Sections" class="meta">${SECTIONS.filter(
      (s) => s.id !== 'articles' && s.html(story, report).trim(),
    )
      .map((s) => `<a href="#${s.id}">${escapeHtml(s.title)}</a>`)
      .join(' · ')}</nav>
${sections}`,
    story.id,
  );
}

/** The story page: headline, span and coverage bar, the story's body, then neighbouring stories. */
export function storyPage(
  summary: StorySummary,
  report: Report,
  neighbours: readonly StorySummary[],
  leanings: Leanings,
): string {
  const story = report.stories[0];
  const coverage = coverageOf(summary.outlets, leanings);
  const flag = coverage.oneSide ? ` <span class="flag">Covered by the ${coverage.oneSide} only</span>` : '';
  const headline = story?.headline ?? summary.title;
  const near = neighbours.length
    ? `<section class="neighbours" aria-labelledby="near"><h2 id="near">More on this topic</h2><ul>${neighbours
        .map(
          (n) =>
            `<li><a href="/stories/${encodeURIComponent(n.id)}">${escapeHtml(n.title)}</a> <small>${escapeHtml(daySpan(n.firstAt, n.lastAt))} · ${plural(n.articleCount, 'article')}</small></li>`,
        )
        .join('')}</ul></section>`
    : '';
  const body = story
    ? storyBody({ ...report, stories: [{ ...story, id: summary.id }] }, { ...story, id: summary.id })
    : '<p class="notice">This story has no report yet.</p>';
  return `<p><a class="back" href="/">← All stories</a></p>
<h1>${escapeHtml(headline)}</h1>
<p class="meta">${escapeHtml(daySpan(summary.firstAt, summary.lastAt))} · ${plural(summary.articleCount, 'article')} · ${coverageLegend(coverage)}${flag}</p>
${coverageBar(coverage)}
${body}
${near}`;
}
