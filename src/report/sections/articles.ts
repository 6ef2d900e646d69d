import type { Article, Report } from '../../model/index.ts';
import { publishedTogether, togetherNote } from '../../text/dates/published.ts';
import { textTimeShown } from '../../text/dates/text-time.ts';
import { articleKey } from '../article-key.ts';
import { IN_PAGE_LINKS } from '../links.ts';
import { removedNote } from '../removed.ts';
import { articleLabel, codeSpan, escapeHtml, escapeMarkdown, plural } from '../util.ts';
import { copyEdits, copyEditsText } from './copy-edits.ts';
import { storyArticles } from './coverage.ts';
import type { ReportSection } from './types.ts';

// `escapeText` is applied to the article's own words (byline, the original's outlet or title).
function describe(article: Article, report: Report, escapeText = (text: string) => text): string[] {
  const original = article.syndicatedFrom;
  return [
    article.byline ? `by ${escapeText(article.byline)}` : '',
    // as the outlet cards show it: in its own zone, with its offset; a date alone as given; none
    // said, so a reader does not take it for one left out of the list; one dated by its last update
    // only says so ("updated 2026-12-03"), never taken for its publication
    textTimeShown(article) ?? 'undated',
    plural(article.wordCount, 'word'),
    article.removed.length ? `${plural(article.removed.length, 'boilerplate line')} removed` : '',
    // the page's paywall box was taken out: what is analysed may be only the teaser before it
    article.removed.some((r) => r.reason === 'paywall notice')
      ? 'behind a paywall: the page may hold only its first part'
      : '',
    original ? copyText(article, report, escapeText) : '',
    removedNote(report, article.id) ?? '',
  ].filter(Boolean);
}

/**
 * Whether a copy is told as republishing its original: both dated (the original the earlier), its
 * note says it is a copy (an aggregator's disclaimer, "first published by"), or it is dated and its
 * original is not among the report's articles (a store story's copy of another story's article: told
 * as the syndicate stage ranked them). When either is undated, or both were published at the same time
 * or on one day where either gives its day alone (`publishedTogether`: which file sorts first is no
 * order), it is "the same text as" the other (or "a near-copy of" it where the texts differ): which came first is not known (a wire’s own
 * text saved with no date is no copy of the paper that ran it).
 */
export function toldAsCopy(article: Article, original: Article | undefined): boolean {
  if (/aggregator|first published by/.test(article.syndicationNote ?? '')) return true;
  if (article.publishedAt === null) return false;
  if (original !== undefined && publishedTogether(article.publishedAt, original.publishedAt)) return false;
  return original === undefined || original.publishedAt !== null;
}

/** How a copy's card names its original: a copy, the same text (order unknown), or a near-copy. */
export function copyLabel(article: Article, original: Article | undefined): string {
  if (toldAsCopy(article, original)) return 'Copy of';
  const edits = original ? copyEditsText(copyEdits(article, original)) : '';
  return edits ? 'Near-copy of' : 'Same text as';
}

// A copy as told: republishing its original or, undated, "the same text as" it, "a near-copy of" it
// where the texts differ, with what it cut and added (the research object when an outlet reuses a wire).
function copyText(article: Article, report: Report, escapeText: (text: string) => string): string {
  const original = report.articles.find((x) => x.id === article.syndicatedFrom);
  const label = `${escapeText(articleLabel(original))} [${article.syndicatedFrom}]`;
  const edits = original ? copyEditsText(copyEdits(article, original)) : '';
  const changed = edits ? ` (${escapeText(edits)})` : '';
  if (toldAsCopy(article, original)) return `republishes ${label}${changed}`;
  const together = original ? publishedTogether(article.publishedAt, original.publishedAt) : null;
  const undated = together ? togetherNote(together) : 'no date: which came first is not known';
  return edits
    ? `a near-copy of ${label} (${undated}; ${escapeText(edits)})`
    : `the same text as ${label} (${undated})`;
}

/**
 * The articles that tell the story, with outlet, title, byline, date, what cleaning removed and the
 * article's key (`articleKey`: the same in every run and in the store, where its id may differ).
 */
export const articlesSection: ReportSection = {
  id: 'articles',
  title: 'Articles',
  markdown: (story, report) =>
    storyArticles(story, report)
      .map((a) => {
        const title = a.title
          ? `${escapeMarkdown(a.title)}${a.titleInferred ? ' (title inferred)' : ''}`
          : '(no title)';
        return `- **[${a.id}]** ${escapeMarkdown(articleLabel(a))}: ${title} — ${describe(a, report, escapeMarkdown).join(', ')} (${codeSpan(a.source)}; key ${codeSpan(a.key ?? articleKey(a))})`;
      })
      .join('\n'),
  html: (story, report, links = IN_PAGE_LINKS) =>
    `<ul class="articles">${storyArticles(story, report)
      .map((a) => {
        const title = a.title
          ? `${escapeHtml(a.title)}${a.titleInferred ? ' <em>(title inferred)</em>' : ''}`
          : '<em>(no title)</em>';
        return `<li><a href="${escapeHtml(links.articleHref(a.id))}" class="id">${escapeHtml(a.id)}</a> <strong>${escapeHtml(articleLabel(a))}</strong>: ${title}<br><small>${escapeHtml([...describe(a, report), `key ${a.key ?? articleKey(a)}`].join(' · '))}</small></li>`;
      })
      .join('')}</ul>`,
};
