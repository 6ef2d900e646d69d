import { createHash } from 'node:crypto';
import type { Article, Report } from '../model/index.ts';
import { withKeys } from './article-key.ts';
import { renderArticleText } from './article-text.ts';
import { withLabels } from './labels.ts';
import { IN_PAGE_LINKS } from './links.ts';
import { renderStoryPage } from './story-page.ts';
import { STORY_PAGE_JS } from './story-page-script.ts';
import { STORY_PAGE_CSS } from './story-page-style.ts';
import { articleIndex, articleLabel, escapeHtml, issueArticle } from './util.ts';

// Stories listed in full at the top of the file; more wait behind an expander.
const STORIES_LISTED = 8;

const storyLink = (story: Report['stories'][number]) =>
  `<li><a href="#story-${escapeHtml(story.id)}">${escapeHtml(story.headline ?? story.title)}</a> <small>${story.articleIds.length} ${story.articleIds.length === 1 ? 'article' : 'articles'}</small></li>`;

function storyList(report: Report): string {
  if (report.stories.length < 2) return '';
  const first = report.stories.slice(0, STORIES_LISTED).map(storyLink).join('');
  const rest = report.stories.slice(STORIES_LISTED);
  const more = rest.length
    ? `<details class="px-more"><summary>${rest.length} more stories</summary><ol class="px-story-list" start="${STORIES_LISTED + 1}">${rest.map(storyLink).join('')}</ol></details>`
    : '';
  return `<nav aria-label="Stories in this report"><ol class="px-story-list">${first}</ol>${more}</nav>`;
}

// Articles that no story kept (their text is still shown, for the problems that name them).
function strayArticles(report: Report): string {
  const told = new Set(report.stories.flatMap((s) => s.articleIds));
  const stray = report.articles.filter((a) => !told.has(a.id));
  if (!stray.length) return '';
  const item = (a: Article) =>
    `<details class="px-article"><summary><span class="px-outlet">${escapeHtml(articleLabel(a))}</span> ${a.title ? escapeHtml(a.title) : '<em>(no title)</em>'}</summary><div class="px-body" id="article-${escapeHtml(a.id)}">${renderArticleText(a, [])}</div></details>`;
  return `<section class="px-part"><h2>Articles in no story</h2>${stray.map(item).join('')}</section>`;
}

function problems(report: Report): string {
  if (!report.issues.length) return '';
  const index = articleIndex(report);
  const items = report.issues
    .map(
      (i) =>
        `<li><strong>${escapeHtml(i.severity)}</strong> <code>${escapeHtml(i.code)}</code>${i.articleId ? ` ${issueArticle(index, i.articleId, escapeHtml)}` : ''}: ${escapeHtml(i.message)}</li>`,
    )
    .join('');
  return `<details class="px-more"><summary>Problems met (${report.issues.length})</summary><ul class="px-issues">${items}</ul></details>`;
}

/**
 * Render a report as one self-contained HTML page that works from `file://`: each story as its story
 * page (see `renderStoryPage`) with its articles' texts, inline CSS and SVG, one small inline script
 * allowed by its hash in the page's CSP; nothing from the network. Every piece of article text is escaped.
 * @example
 * writeFileSync('report.html', renderHtml(report));
 */
export function renderHtml(unlabelled: Report): string {
  // each article's key, as the Markdown list gives it, on its text's bar (a served page shows none)
  const report = withKeys(withLabels(unlabelled));
  const n = report.stories.length;
  const stories = report.stories
    .map((story) => renderStoryPage(story, report, IN_PAGE_LINKS, { inlineArticles: true }))
    .join('\n');
  const scriptHash = createHash('sha256').update(STORY_PAGE_JS).digest('base64');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${scriptHash}'">
<title>Parallax report: ${escapeHtml(report.stories[0]?.headline ?? report.stories[0]?.title ?? 'no stories')}</title>
<style>${STORY_PAGE_CSS}</style></head>
<body><header class="px-top"><h1>Parallax report</h1> · ${report.articles.length} ${report.articles.length === 1 ? 'article' : 'articles'}, ${n} ${n === 1 ? 'story' : 'stories'} · parallax ${escapeHtml(report.generator.version)}${storyList(report)}</header>
<main>
${stories}
${strayArticles(report)}
${problems(report)}
</main>
<script>${STORY_PAGE_JS}</script>
</body></html>
`;
}
