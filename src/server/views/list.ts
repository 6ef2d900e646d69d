import type { StoryListPage } from '../../store/story-cursor.ts';
import { WORKING_TITLE, WORKING_TITLE_NOTE } from '../../store/story-title.ts';
import type { SearchHit, StorySummary } from '../../store/types.ts';
import { coverageBar, coverageLegend, coverageOf, type Leanings, unnamedText } from '../coverage-bar.ts';
import { day, daySpan, escapeHtml, plural, queryHref } from '../html.ts';
import { LIST_LIMIT, MAX_QUERY_CHARS } from '../patterns.ts';

/** The list page's filters, as given in its query. */
export interface ListQuery {
  readonly q?: string;
  readonly since?: string;
  readonly outlet?: string;
  readonly topic?: string;
  readonly limit?: number;
  /** The cursor of the page before (`TIME~NEWEST~ID`, most outlets first `N~TIME~NEWEST~ID`): the stories after it. */
  readonly after?: string;
  /** `outlets`: most outlets first ("which stories does everyone have"); else newest change first. */
  readonly sort?: 'outlets';
}

/**
 * Stories of each topic of a page of stories, by topic id, newest change first, three at most
 * (`pageTopics` of server/data.ts): a story's own may be among them, and a third says there are more.
 */
export type PageTopics = ReadonlyMap<string, readonly StorySummary[]>;

// "same topic as “Teachers strike on Thursday” and more": a topic named by another of its stories
// (its id, "t7", tells a reader nothing), or nothing for a topic of this story alone
function topicLink(story: StorySummary, topics: PageTopics): string {
  const others = story.topicId ? (topics.get(story.topicId) ?? []).filter((s) => s.id !== story.id) : [];
  const first = others[0];
  if (!story.topicId || !first) return '';
  const title = first.title.length > 60 ? `${first.title.slice(0, 60).replace(/\s+\S*$/, '')}…` : first.title;
  return ` · <a href="${queryHref('/', { topic: story.topicId })}">same topic as “${escapeHtml(title)}”${others.length > 1 ? ' and more' : ''}</a>`;
}

/** One story of the list: headline, time span, coverage bar, article count, the one-side flag and its topic. */
export function storyItem(story: StorySummary, leanings: Leanings, topics: PageTopics = new Map()): string {
  const coverage = coverageOf(story.outlets, leanings, story.unnamedArticles);
  const flag = coverage.oneSide ? ` <span class="flag">Covered by the ${coverage.oneSide} only</span>` : '';
  const span = daySpan(story.firstAt, story.lastAt);
  // the articles of no named outlet are told after the names, so one named outlet is not read as all
  const sources = [
    story.outlets.length
      ? `${escapeHtml(story.outlets.slice(0, 8).join(', '))}${story.outlets.length > 8 ? ` and ${story.outlets.length - 8} more` : ''}`
      : '',
    story.unnamedArticles ? unnamedText(story.unnamedArticles) : '',
  ].filter(Boolean);
  const outlets = sources.length ? `<br><small>${sources.join(' · ')}</small>` : '';
  const topic = topicLink(story, topics);
  // a title its report's headline may replace: marked, as `parallax stories` marks it
  const working = story.titleWorking ? ` <small class="working">(${WORKING_TITLE})</small>` : '';
  const legend = coverageLegend(coverage);
  return `<li><h2><a href="/stories/${encodeURIComponent(story.id)}">${escapeHtml(story.title)}</a>${working}</h2>
${coverageBar(coverage)}<p class="meta">${span ? `<time>${escapeHtml(span)}</time> · ` : ''}${plural(story.articleCount, 'article')}${legend ? ` · ${legend}` : ''}${flag}${topic}${outlets}</p></li>`;
}

/** The filter and search form (a plain GET form: it works without script). */
export function filterForm(query: ListQuery): string {
  const value = (v: string | undefined) => (v ? ` value="${escapeHtml(v)}"` : '');
  return `<form class="filters" method="get" action="/" role="search">
<label>Search articles<input type="search" name="q"${value(query.q)} maxlength="${MAX_QUERY_CHARS}" placeholder="words, &quot;a phrase&quot;"></label>
<label>Since<input type="date" name="since"${value(query.since?.slice(0, 10))}></label>
<label>Outlet<input type="text" name="outlet"${value(query.outlet)}></label>
<label>Topic<input type="text" name="topic"${value(query.topic)} size="6"></label>
<label>Order<select name="sort"><option value="">newest change first</option><option value="outlets"${query.sort === 'outlets' ? ' selected' : ''}>most outlets first</option></select></label>
<button type="submit">Show</button></form>`;
}

// why an outlet typed in part ("Gullport Gazette" for "The Gullport Gazette") finds nothing
const OUTLET_WHOLE =
  ' The outlet is matched by its whole name as the story list shows it, in any case, not by a part of it.';

/** The stories page: the form, then the stories newest change first (or a message when none match). */
export function storiesPage(
  list: StoryListPage,
  query: ListQuery,
  leanings: Leanings,
  topics: PageTopics = new Map(),
): string {
  const { stories, next } = list;
  const filtered = query.since || query.outlet || query.topic;
  const items = stories.length
    ? `<ol class="stories">${stories.map((story) => storyItem(story, leanings, topics)).join('\n')}</ol>`
    : `<p class="notice">${filtered ? `No story matches these filters.${query.outlet ? OUTLET_WHOLE : ''}` : 'The store has no stories yet: <a href="/add">add articles</a>.'}</p>`;
  // the next page starts after this one's last story (keyset: as fast however deep); the first page is a link away
  const pageQuery = { ...query, limit: query.limit === LIST_LIMIT ? undefined : query.limit };
  const [first, later] =
    query.sort === 'outlets' ? ['Most outlets first', 'More stories'] : ['Newest stories', 'Older stories'];
  const links = [
    query.after ? `<a href="${queryHref('/', { ...pageQuery, after: undefined })}">← ${first}</a>` : '',
    next ? `<a rel="next" href="${queryHref('/', { ...pageQuery, after: next })}">${later} →</a>` : '',
  ].filter(Boolean);
  const more = links.length
    ? `<nav class="pager" aria-label="Pages of stories">${links.join(' ')}</nav>`
    : '';
  return `<h1>Stories</h1>
${filterForm(query)}
<p class="meta">${plural(stories.length, 'story', 'stories')}, ${query.sort === 'outlets' ? 'most outlets first' : 'newest change first'}${query.after ? ', after the page before' : ''}${filtered ? ' (filtered)' : ''}.${stories.some((s) => s.titleWorking) ? ` ${WORKING_TITLE_NOTE} (opening the story computes it).` : ''}</p>
${items}${more}`;
}

/** A search snippet with its `[matched]` words marked. */
export function snippetHtml(snippet: string): string {
  return escapeHtml(snippet).replace(/\[([^\]]*)\]/g, '<mark>$1</mark>');
}

/**
 * The search results page: hits best first, each linking to its article and its story; `more` when
 * more articles match than the hits shown.
 */
export function searchPage(hits: readonly SearchHit[], query: ListQuery, more = false): string {
  const items = hits
    .map((hit) => {
      const story = hit.storyId ? `<a href="/stories/${encodeURIComponent(hit.storyId)}">its story</a>` : '';
      // a hit of no named outlet and no date opens with its story link, not with a lone " · "
      const meta = [escapeHtml(hit.outlet ?? ''), escapeHtml(day(hit.publishedAt)), story]
        .filter(Boolean)
        .join(' · ');
      return `<li><h2><a href="/articles/${encodeURIComponent(hit.articleId)}">${escapeHtml(hit.title ?? '(no title)')}</a></h2>
<p class="meta">${meta}</p><p class="hit-snippet">${snippetHtml(hit.snippet)}</p></li>`;
    })
    .join('\n');
  return `<h1>Search: ${escapeHtml(query.q ?? '')}</h1>
${filterForm(query)}
<p class="meta">${more ? `${hits.length === 1 ? 'Only the best of the matching articles is shown' : `Only the best ${hits.length} of the matching articles are shown`}: add words or a filter to narrow the search.` : `${plural(hits.length, 'article')} found, best first.`}</p>
${hits.length ? `<ul class="hits">${items}</ul>` : '<p class="notice">Nothing matches. Try fewer words.</p>'}`;
}
