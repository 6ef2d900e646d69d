import type { Article, Evidence, Report } from '../model/index.ts';
import { STYLE } from './html-style.ts';
import { SECTIONS } from './sections/index.ts';
import { topicLine } from './topics.ts';
import { articleIndex, articleLabel, escapeHtml, evidenceAnchor, issueArticle, withLabels } from './util.ts';

/**
 * Render a report as one self-contained HTML page: no scripts from elsewhere, no fonts, no network;
 * every piece of article text escaped. Citations link to anchors in the articles' full text.
 * @example
 * writeFileSync('report.html', renderHtml(report));
 */
export function renderHtml(unlabelled: Report): string {
  const report = withLabels(unlabelled);
  const n = report.stories.length;
  const stories = report.stories
    .map((story) => {
      const sections = SECTIONS.map((section) => {
        const body = section.html(story, report).trim();
        return body
          ? `<section id="${escapeHtml(story.id)}-${section.id}"><h3>${escapeHtml(section.title)}</h3>${body}</section>`
          : '';
      }).join('\n');
      const keywords = story.keywords.length
        ? `<p class="meta">Keywords: ${escapeHtml(story.keywords.join(', '))}</p>`
        : '';
      const topic = topicLine(
        story,
        report,
        (s) => `<a href="#${escapeHtml(s.id)}">${escapeHtml(s.headline ?? s.title)}</a>`,
        escapeHtml,
      );
      const topicHtml = topic ? `<p class="meta">${topic}</p>` : '';
      return `<section class="story" id="${escapeHtml(story.id)}"><h2>${escapeHtml(story.headline ?? story.title)}</h2>${keywords}${topicHtml}${sections}</section>`;
    })
    .join('\n');
  const evidence = collectEvidence(report);
  const articles = report.articles
    .map((article) => renderArticle(article, evidence.get(article.id) ?? []))
    .join('\n');
  const index = articleIndex(report);
  const issues = report.issues.length
    ? `<h2>Problems met</h2><ul class="issues">${report.issues
        .map(
          (i) =>
            `<li><strong>${escapeHtml(i.severity)}</strong> <code>${escapeHtml(i.code)}</code>${i.articleId ? ` ${issueArticle(index, i.articleId, escapeHtml)}` : ''}: ${escapeHtml(i.message)}</li>`,
        )
        .join('')}</ul>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Parallax report: ${escapeHtml(report.stories[0]?.headline ?? report.stories[0]?.title ?? 'no stories')}</title>
<style>${STYLE}</style></head>
<body><main>
<h1>Parallax report</h1>
<p class="meta">${report.articles.length} articles, ${n} ${n === 1 ? 'story' : 'stories'} · parallax ${escapeHtml(report.generator.version)}</p>
${stories}
<h2>Article texts</h2>
${articles}
${issues}
</main></body></html>
`;
}

// Every {articleId, span} anywhere in the stories, so the article text can carry an anchor for each.
function collectEvidence(report: Report): Map<string, Evidence[]> {
  const found = new Map<string, Map<string, Evidence>>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const v = value as Record<string, unknown>;
    if (typeof v.articleId === 'string' && v.span && typeof v.span === 'object') {
      const e = v as unknown as Evidence;
      const map = found.get(e.articleId) ?? new Map<string, Evidence>();
      map.set(evidenceAnchor(e), e);
      found.set(e.articleId, map);
      return;
    }
    for (const child of Object.values(v)) walk(child);
  };
  walk(report.stories);
  return new Map([...found].map(([id, map]) => [id, [...map.values()]]));
}

// The article's paragraphs, with an empty anchor at the start of every cited span.
function renderArticle(article: Article, evidence: readonly Evidence[]): string {
  const starts = [...evidence].sort((a, b) => a.span.start - b.span.start);
  const paragraphs = article.paragraphs
    .map((p) => {
      let html = '';
      let at = p.span.start;
      for (const e of starts) {
        if (e.span.start < p.span.start || e.span.start >= p.span.end) continue;
        html += escapeHtml(article.text.slice(at, e.span.start));
        html += `<a id="${evidenceAnchor(e)}"></a>`;
        at = e.span.start;
      }
      html += escapeHtml(article.text.slice(at, p.span.end));
      return p.kind === 'heading' ? `<h4>${html}</h4>` : `<p>${html}</p>`;
    })
    .join('');
  const title = article.title ? escapeHtml(article.title) : '<em>(no title)</em>';
  return `<details id="article-${escapeHtml(article.id)}"><summary><span class="id">${escapeHtml(article.id)}</span> ${escapeHtml(articleLabel(article))}: ${title}</summary><div class="article-text">${paragraphs}</div></details>`;
}
