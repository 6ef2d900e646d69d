import type { Article, Evidence, Span, Story } from '../model/index.ts';
import { escapeHtml, evidenceAnchor } from './util.ts';

/** Every piece of evidence ({articleId, span}) cited anywhere in a story, by article, each once. */
export function storyEvidence(story: Story): Map<string, Evidence[]> {
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
      map.set(evidenceAnchor(e), { articleId: e.articleId, span: e.span });
      found.set(e.articleId, map);
      return;
    }
    for (const child of Object.values(v)) walk(child);
  };
  walk(story);
  return new Map([...found].map(([id, map]) => [id, [...map.values()]]));
}

// One paragraph's HTML: each cited span that nests inside the others becomes an element with the
// span's anchor id (so `:target` highlights it without script); a span that crosses another one, or
// the paragraph's end, gets an empty anchor carrying its length, which the script highlights.
function paragraphHtml(article: Article, p: Span, spans: readonly Span[], highlight?: Span): string {
  const inside = spans
    .filter((s) => s.start >= p.start && s.start < p.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const id = (s: Span) => escapeHtml(evidenceAnchor({ articleId: article.id, span: s }));
  const lit = (s: Span) =>
    highlight && s.start === highlight.start && s.end === highlight.end ? ' px-on' : '';
  let html = '';
  let at = p.start;
  const open: Span[] = [];
  const text = (to: number) => {
    html += escapeHtml(article.text.slice(at, to));
    at = to;
  };
  const close = (until: number) => {
    while (open.length && (open[open.length - 1] as Span).end <= until) {
      text((open.pop() as Span).end);
      html += '</span>';
    }
  };
  for (const s of inside) {
    close(s.start);
    text(s.start);
    const top = open[open.length - 1];
    if (s.end > p.end || s.end <= s.start || (top && s.end > top.end)) {
      html += `<span class="px-ev px-ev-at${lit(s)}" id="${id(s)}" data-length="${s.end - s.start}"></span>`;
      continue;
    }
    html += `<span class="px-ev${lit(s)}" id="${id(s)}">`;
    open.push(s);
  }
  close(p.end);
  text(p.end);
  return html;
}

/**
 * An article's cleaned text as HTML, paragraph by paragraph, every cited span of `evidence` marked with
 * its anchor id (`#ev-a1-10-52` highlights the sentence through `:target`); `highlight` is marked
 * on the server's side as well. All of the article's text is escaped.
 * @example
 * renderArticleText(article, storyEvidence(story).get(article.id) ?? [], { start: 10, end: 52 });
 */
export function renderArticleText(article: Article, evidence: readonly Evidence[], highlight?: Span): string {
  const unique = new Map(
    evidence.filter((e) => e.articleId === article.id).map((e) => [evidenceAnchor(e), e.span]),
  );
  const spans = [...unique.values()];
  const paragraphs = article.paragraphs
    .map((p) => {
      const html = paragraphHtml(article, p.span, spans, highlight);
      return p.kind === 'heading' ? `<h4>${html}</h4>` : `<p>${html}</p>`;
    })
    .join('');
  return `<div class="px-article-text">${paragraphs}</div>`;
}
