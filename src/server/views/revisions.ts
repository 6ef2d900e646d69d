import type { Article } from '../../model/index.ts';
import { paragraphsOf, revisionChanges } from '../../store/revision-changes.ts';
import type { ArticleRevision } from '../../store/types.ts';
import { publishedShown } from '../../text/dates/published.ts';
import { escapeHtml } from '../html.ts';

/**
 * What changed in an article since the store first read it: each earlier version kept when its page
 * changed (a correction), newest first, as the paragraphs it had that the next version dropped and
 * those the next version added, with the earlier text in full behind an expander.
 */

const list = (label: string, paragraphs: readonly string[]) =>
  paragraphs.length
    ? `<p class="meta">${label}:</p><ul>${paragraphs.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>`
    : '';

/**
 * The article page's "Earlier versions" block, or '' when none was kept: each numbered by its place
 * from the oldest (1), also where a browser counts a reversed list's nested items.
 */
export function revisionsHtml(article: Article, revisions: readonly ArticleRevision[]): string {
  if (!revisions.length) return '';
  const items = revisionChanges(article, revisions)
    .map((revision, i) => {
      const { removed, added } = revision;
      const title = revision.titleChanged
        ? `<p class="meta">Headline was: ${escapeHtml(revision.title ?? '(no title)')}</p>`
        : '';
      const full = paragraphsOf(revision.text)
        .map((p) => `<p>${escapeHtml(p)}</p>`)
        .join('');
      const own = publishedShown(revision.modifiedAt);
      const read = escapeHtml(publishedShown(revision.replacedAt) ?? revision.replacedAt);
      // the page's own time of the change when it gives one; else when the store read the version after
      // it (a page read again, or an earlier version met after a later one: the next version's read)
      const when = revision.changedAt
        ? `Changed ${escapeHtml(publishedShown(revision.changedAt) ?? revision.changedAt)}, as the page gives its change (the store read the next version at ${read})`
        : `Replaced by the version the store read at ${read}`;
      return `<li value="${i + 1}"><p>${when}${own ? ` (this version's own last change: ${escapeHtml(own)})` : ''}.</p>${title}${list('Paragraphs removed', removed)}${list('Paragraphs added', added)}<details><summary>The earlier text in full</summary>${full}</details></li>`;
    })
    .reverse()
    .join('');
  const heading = revisions.length === 1 ? 'An earlier version' : `${revisions.length} earlier versions`;
  return `<section class="revisions" id="versions"><h2>${heading} of this article</h2><ol reversed>${items}</ol></section>`;
}
