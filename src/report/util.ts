import type { Article, Evidence, Report } from '../model/index.ts';

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/** Escape Markdown's inline syntax and fold newlines, so article text cannot break the layout. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

/** How an article is named to readers: its outlet, else its title, else its id. */
export function articleLabel(article: Article | undefined): string {
  if (!article) return '?';
  return article.outlet ?? article.title ?? article.id;
}

/** The anchor id of a piece of evidence in the HTML report. */
export function evidenceAnchor(evidence: Evidence): string {
  return `ev-${evidence.articleId}-${evidence.span.start}-${evidence.span.end}`;
}

/** The exact text a piece of evidence points at. */
export function evidenceText(report: Report, evidence: Evidence): string {
  const article = report.articles.find((a) => a.id === evidence.articleId);
  return article ? article.text.slice(evidence.span.start, evidence.span.end) : '';
}

/** Lookup of a report's articles by id. */
export function articleIndex(report: Report): ReadonlyMap<string, Article> {
  return new Map(report.articles.map((a) => [a.id, a]));
}

/** Markdown citation markers: `[a1][a3]`, one per distinct article. */
export function citeMarkdown(evidence: readonly Evidence[]): string {
  return [...new Set(evidence.map((e) => e.articleId))].map((id) => `[${id}]`).join('');
}

/** HTML citation markers linking to the cited text; the tooltip shows the outlet and the sentence. */
export function citeHtml(report: Report, evidence: readonly Evidence[]): string {
  const articles = articleIndex(report);
  const seen = new Set<string>();
  const links: string[] = [];
  for (const e of evidence) {
    if (seen.has(e.articleId)) continue;
    seen.add(e.articleId);
    const tip = `${articleLabel(articles.get(e.articleId))}: “${evidenceText(report, e)}”`;
    links.push(
      `<a class="cite" href="#${evidenceAnchor(e)}" title="${escapeHtml(tip)}" data-tip="${escapeHtml(tip)}">${escapeHtml(e.articleId)}</a>`,
    );
  }
  return links.length ? `<sup>${links.join(' ')}</sup>` : '';
}
