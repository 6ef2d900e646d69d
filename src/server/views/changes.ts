import { notesAdded } from '../../report/notes-added.ts';
import type { ChangesPage } from '../../store/changes.ts';
import type { ChangedArticle, StoryChanges, StoryEvent } from '../../store/types.ts';
import { publishedShown } from '../../text/dates/published.ts';
import type { Leanings } from '../coverage-bar.ts';
import { escapeHtml, plural, queryHref } from '../html.ts';
import { storyItem } from './list.ts';

/**
 * The "What changed" page: the stories that gained articles, had an article's page read again
 * changed (a correction) or merged or split since a time, newest change first, each with those
 * changes linked; a form to choose the time; the next page; the link to look again later from.
 */

/** The page's query as read: the time asked for (as given, and as the store reads it), a cursor, a size. */
export interface ChangesQuery {
  readonly given?: string;
  readonly since?: string;
  readonly after?: string;
  readonly limit?: number;
}

const when = (iso: string) => escapeHtml(publishedShown(iso) ?? iso);
const articleHref = (a: ChangedArticle) =>
  `/articles/${encodeURIComponent(a.id)}${a.kind === 'updated' ? '#versions' : ''}`;
const storyLink = (id: string) => `<a href="/stories/${encodeURIComponent(id)}">${escapeHtml(id)}</a>`;

// One kind of the story's changed articles: a line naming the count, then the named ones linked.
function articleList(label: string, total: number, shown: readonly ChangedArticle[]): string {
  if (!total) return '';
  const items = shown
    .map(
      (a) =>
        `<li><a href="${articleHref(a)}">${escapeHtml(a.title ?? '(no title)')}</a> <small>${escapeHtml(a.outlet ?? 'no named outlet')} · ${when(a.at)}${escapeHtml(notesAdded(a.notes))}</small></li>`,
    )
    .join('');
  const more = total > shown.length ? `<li>and ${total - shown.length} more</li>` : '';
  return `<p class="meta">${label}:</p><ul>${items}${more}</ul>`;
}

// A merge or split as the listed story `id` tells it.
function eventItem(event: StoryEvent, id: string): string {
  const n = plural(event.articles, 'article');
  const what =
    event.kind === 'merged'
      ? `${storyLink(event.storyId)} merged into it (${n})`
      : event.storyId === id
        ? `Split off ${storyLink(event.otherId)} (${n})`
        : `${storyLink(event.storyId)} split off it (${n})`;
  return `<li>${what}, ${when(event.at)}</li>`;
}

function changeItem(change: StoryChanges, leanings: Leanings): string {
  const { story, newArticles, updatedArticles, articles, events } = change;
  const kind = (k: ChangedArticle['kind']) => articles.filter((a) => a.kind === k);
  const item = storyItem(story, leanings).replace(/<\/li>$/, '');
  return `${item}<div class="changes">${articleList(newArticles === 1 ? '1 new article' : `${newArticles} new articles`, newArticles, kind('new'))}${articleList(`${updatedArticles} updated (page read again with another title or text; earlier version kept)`, updatedArticles, kind('updated'))}${
    events.length ? `<ul>${events.map((e) => eventItem(e, story.id)).join('')}</ul>` : ''
  }</div></li>`;
}

/** The form choosing the time (UTC), with the usual spans as links from `now`. */
function sinceForm(query: ChangesQuery, now: Date): string {
  const ago = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();
  const value = query.since ? ` value="${escapeHtml(query.since.slice(0, 16))}"` : '';
  return `<form class="filters" method="get" action="/changes">
<label>Since (UTC)<input type="datetime-local" name="since"${value} required></label>
<button type="submit">Show</button></form>
<p class="meta">Or: <a href="${queryHref('/changes', { since: ago(24) })}">the last 24 hours</a> · <a href="${queryHref('/changes', { since: ago(24 * 7) })}">the last 7 days</a></p>`;
}

/** The page: the form, and (a time given) the changed stories with the pages' links. */
export function changesPage(
  query: ChangesQuery,
  page: ChangesPage | null,
  leanings: Leanings,
  now: Date,
): string {
  const head = `<h1>What changed${query.since ? ` since ${when(query.since)}` : ''}</h1>\n${sinceForm(query, now)}`;
  if (!page || !query.since)
    return `${head}\n<p class="meta">Choose a time: the stories that gained articles, had an article's page read again with another title or text, or merged or split since then are listed, newest change first. Not listed: articles a regrouping moved from one story to another without a merge or split.</p>`;
  const items = page.changes.length
    ? `<ol class="stories">${page.changes.map((x) => changeItem(x, leanings)).join('\n')}</ol>`
    : '<p class="notice">No story changed since then.</p>';
  const base = { since: query.given ?? query.since, limit: query.limit };
  const links = [
    query.after ? `<a href="${queryHref('/changes', base)}">← Newest changes</a>` : '',
    page.next
      ? `<a rel="next" href="${queryHref('/changes', { ...base, after: page.next })}">Older changes →</a>`
      : '',
  ].filter(Boolean);
  const pager = links.length
    ? `<nav class="pager" aria-label="Pages of changes">${links.join(' ')}</nav>`
    : '';
  const lookAgain = `<a href="${queryHref('/changes', { since: page.newest ?? '' })}">what changed since this look</a>`;
  const again = !page.newest
    ? ''
    : page.next
      ? `<p class="meta">This page is not all: older changes are on the next pages. Once every page is read, to look again later: ${lookAgain} (bookmark it).</p>`
      : `<p class="meta">To look again later: ${lookAgain} (bookmark it; a change at that time is listed again).</p>`;
  return `${head}
<p class="meta">${plural(page.changes.length, 'story', 'stories')}, newest change first${query.after ? ', after the page before' : ''}.</p>
${items}${pager}${again}`;
}
