import type { Article, Report, Story } from '../model/index.ts';
import { publishedSpanLabel } from '../text/dates/published.ts';
import { renderArticleText, storyEvidence } from './article-text.ts';
import { baseLabel } from './labels.ts';
import type { StoryPageLinks } from './links.ts';
import { removedNote } from './removed.ts';
import { publishedLabel } from './sections/outlets.ts';
import { shownNeighbours } from './topics.ts';
import { articleLabel, escapeHtml, plural, safeHref } from './util.ts';

// A story page's head (its headline, counts, days of publication and neighbours of its topic) and,
// in the single file, its articles' texts: parts of story-page.ts.

// The article texts of the single file: collapsed, each with its outlet, a link to the original and
// a way back to the story; every cited sentence carries its anchor.
export function articleTexts(story: Story, report: Report, articles: readonly Article[]): string {
  const evidence = storyEvidence(story);
  return articles
    .map((a) => {
      const href = safeHref(a.url);
      const when = publishedLabel(a);
      const removed = removedNote(report, a.id);
      const gone = removed ? ` <small class="px-removed">(${escapeHtml(removed)})</small>` : '';
      const bar = `<p class="px-article-bar"><a class="px-back" href="#story-${escapeHtml(story.id)}">↩ Back to the story</a> <strong>${escapeHtml(articleLabel(a))}</strong>${when ? ` <time>${escapeHtml(when)}</time>` : ''}${href ? ` <a class="px-original" href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">Original ↗</a>${gone}` : ''}${a.key ? ` <small class="px-key">key ${escapeHtml(a.key)}</small>` : ''}</p>`;
      const title = a.title ? escapeHtml(a.title) : '<em>(no title)</em>';
      return `<details class="px-article"><summary><span class="px-outlet">${escapeHtml(articleLabel(a))}</span> ${title}</summary><div class="px-body" id="article-${escapeHtml(a.id)}">${bar}${renderArticleText(a, evidence.get(a.id) ?? [])}</div></details>`;
    })
    .join('');
}

/** The story's header: headline, counts, days of publication (UTC, said so), keywords and neighbours. */
export function storyHeader(
  story: Story,
  report: Report,
  articles: readonly Article[],
  links: StoryPageLinks,
  level: 1 | 2,
): string {
  // an outlet that only carries a copy of another's article here is a copy, not a second source
  const ids = new Set(articles.map((a) => a.id));
  const isCopy = (a: Article) => a.syndicatedFrom !== null && ids.has(a.syndicatedFrom);
  const own = new Set(articles.filter((a) => !isCopy(a)).map((a) => baseLabel(a).toLowerCase()));
  const copies = new Set(
    articles
      .filter(isCopy)
      .map((a) => baseLabel(a).toLowerCase())
      .filter((label) => !own.has(label)),
  ).size;
  const outlets = `${plural(own.size, 'outlet')}${copies ? ` (+${plural(copies, 'copy', 'copies')})` : ''}`;
  // the days as the outlet cards show them, each the writer's own ('published 2026-10-15 – 2026-10-16')
  const span = publishedSpanLabel(articles.map((a) => a.publishedAt));
  const meta = [plural(articles.length, 'article'), outlets, span].filter(Boolean).join(' · ');
  const { shown, more } = shownNeighbours(story, report);
  const rest = more ? ` · and ${more} more` : '';
  const related = shown.length
    ? `<p class="meta">Same topic: ${shown.map((s) => `<a href="${escapeHtml(links.storyHref(s.id))}">${escapeHtml(s.headline ?? s.title)}</a>`).join(' · ')}${rest}</p>`
    : '';
  const keywords = story.keywords.length ? ` · keywords: ${escapeHtml(story.keywords.join(', '))}` : '';
  const h = `h${level}`;
  return `<header class="px-head"><${h} id="story-${escapeHtml(story.id)}-h">${escapeHtml(story.headline ?? story.title)}</${h}><p class="meta">${escapeHtml(meta)}${keywords}</p>${related}</header>`;
}
