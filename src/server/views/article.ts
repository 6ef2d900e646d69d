import { READ_CHANGED } from '../../fetch/replace-pages.ts';
import type { Article, Span } from '../../model/index.ts';
import { articleLabel } from '../../report/util.ts';
import type { ArticleRevision, StoredArticle } from '../../store/types.ts';
import { publishedInstant, publishedShown } from '../../text/dates/published.ts';
import { type Mark, piecesOf } from '../article-marks.ts';
import { day, escapeHtml, plural } from '../html.ts';
import { safeHttpUrl } from '../security.ts';
import { revisionsHtml } from './revisions.ts';

const KIND_NAMES: Readonly<Record<Mark['kind'], string>> = {
  person: 'person',
  organization: 'organisation',
  place: 'place',
  quote: 'quote',
  figure: 'figure',
};

// A paragraph's text with its marks as flat spans; the highlighted span wrapped in one <mark> per run.
function paragraphHtml(
  article: Article,
  paragraph: Span,
  marks: readonly Mark[],
  highlight: Span | null,
): string {
  let html = '';
  let open = false;
  let named = false;
  for (const piece of piecesOf(paragraph, marks, highlight)) {
    if (piece.highlighted && !open) {
      const id = named || highlight === null ? '' : ` id="s-${highlight.start}-${highlight.end}"`;
      named = true;
      html += `<mark class="hl"${id}>`;
      open = true;
    } else if (!piece.highlighted && open) {
      html += '</mark>';
      open = false;
    }
    const text = escapeHtml(article.text.slice(piece.start, piece.end));
    if (!piece.marks.length) {
      html += text;
      continue;
    }
    const classes = [...new Set(piece.marks.map((m) => `m-${m.kind}`))].join(' ');
    const title = [...new Set(piece.marks.map((m) => m.label))].join('; ');
    html += `<span class="${classes}" title="${escapeHtml(title)}">${text}</span>`;
  }
  return open ? `${html}</mark>` : html;
}

/** What the article page shows besides the article: its marks, the cited span, where to go back. */
export interface ArticleView {
  /** The article's marks from its story's report. */
  readonly marks: readonly Mark[];
  readonly highlight: Span | null;
  /** The story a citation came from, for the way back. */
  readonly from: string | null;
  /** What the store says of its page when it was removed since ("page removed: HTTP 404 …"), else null. */
  readonly removed?: string | null;
  /** Its earlier versions, kept when its page changed (`Store.articleRevisions`), oldest first. */
  readonly revisions?: readonly ArticleRevision[];
}

/**
 * "updated 2026-12-06 01:57 UTC" for an article changed after its publication (a correction), else
 * ''; "updated by …, when read again" when the page gave no time and the store read the change then.
 */
function updated(article: Article): string {
  const modified = publishedInstant(article.modifiedAt ?? '');
  if (Number.isNaN(modified) || !(modified > publishedInstant(article.publishedAt ?? ''))) return '';
  if (article.metadataSources.modifiedAt === READ_CHANGED)
    return `updated by ${publishedShown(article.modifiedAt)}, when read again`;
  return `updated ${publishedShown(article.modifiedAt)}`;
}

/**
 * The article page: outlet, date, title and the original's link, then the cleaned text with people,
 * organisations, places, quotes and figures marked and the cited sentence highlighted; the removed
 * boilerplate behind an expander, greyed, each line with the rule that removed it.
 */
export function articlePage(stored: StoredArticle, view: ArticleView): string {
  const { article } = stored;
  const { marks } = view;
  const body = article.paragraphs
    .map((p) => {
      const html = paragraphHtml(article, p.span, marks, view.highlight);
      return p.kind === 'heading' ? `<h2>${html}</h2>` : `<p>${html}</p>`;
    })
    .join('\n');
  const original = safeHttpUrl(article.url);
  const back = view.from ?? stored.storyId;
  const backLink = back
    ? `<a class="back" href="/stories/${encodeURIComponent(back)}">← Back to the story</a>`
    : '<a class="back" href="/">← All stories</a>';
  const meta = [
    articleLabel(article),
    article.byline ? `by ${article.byline}` : '',
    day(article.publishedAt),
    updated(article),
  ]
    .filter(Boolean)
    .join(' · ');
  const kinds = [...new Set(marks.map((m) => m.kind))];
  const key = kinds.length
    ? `<p class="keys meta">Marked: ${kinds.map((k) => `<span class="m-${k}">${KIND_NAMES[k]}</span>`).join('')}</p>`
    : '';
  const cited = view.highlight
    ? `<p class="notice">The cited sentence is highlighted below. <a href="#s-${view.highlight.start}-${view.highlight.end}">Go to it</a></p>`
    : '';
  const removed = article.removed.length
    ? `<details class="removed"><summary>Show the ${plural(article.removed.length, 'line')} removed as boilerplate</summary><ul>${article.removed
        .map((r) => `<li>${escapeHtml(r.text)}<small>removed: ${escapeHtml(r.reason)}</small></li>`)
        .join('')}</ul></details>`
    : '';
  return `<p>${backLink}</p>
<p class="meta">${escapeHtml(meta)}</p>
<h1>${escapeHtml(article.title ?? '(no title)')}</h1>
<p class="meta">${plural(article.wordCount, 'word')}${original ? ` · <a href="${escapeHtml(original)}" rel="noopener noreferrer nofollow" target="_blank">Read the original</a>${view.removed ? ` (${escapeHtml(view.removed)})` : ''}` : ''}</p>
${cited}${key}
<article class="article-body">${body}</article>
${revisionsHtml(article, view.revisions ?? [])}${removed}`;
}
