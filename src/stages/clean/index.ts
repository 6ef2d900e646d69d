import { checkDeadline } from '../../model/deadline.ts';
import type { Article, RawArticle, Stage } from '../../model/index.ts';
import { assembleArticle, givenDate } from './assemble.ts';
import { extractHtml, type HtmlOptions } from './html/index.ts';
import { limitParts } from './limit.ts';
import { MAX_ARTICLE_CHARS, MAX_PARAGRAPHS } from './patterns.ts';
import { cleanText, type TextOptions } from './text/index.ts';
import { wireDatelineDate } from './wire-date.ts';

export { HOST_PAGES_SOURCE, nameOutletsByHost } from './outlet-host.ts';
export { yearWireDatelines } from './wire-date.ts';

/** Options of the clean stage. */
export interface CleanOptions {
  readonly text?: TextOptions;
  readonly html?: HtmlOptions;
  /** Most characters of an article's text analysed; a longer article is cut (default MAX_ARTICLE_CHARS). */
  readonly maxChars?: number;
  /** Most paragraphs of an article analysed; the rest are cut (default MAX_PARAGRAPHS). */
  readonly maxParagraphs?: number;
}

/**
 * Separate an article's body from boilerplate (HTML: Readability plus our rules; plain text: a line
 * classifier), and read its title, byline and metadata. An article over the size budget keeps its first
 * part (an issue says so), so that no single input holds up the run.
 * @example
 * const article = clean()({ id: 'a1', source: 'a.txt', format: 'text', content, given: {} }, ctx);
 */
export function clean(options: CleanOptions = {}): Stage<RawArticle, Article> {
  const text = cleanText(options.text);
  const html = extractHtml(options.html);
  const limits = {
    maxChars: options.maxChars ?? MAX_ARTICLE_CHARS,
    maxParagraphs: options.maxParagraphs ?? MAX_PARAGRAPHS,
  };
  return (raw, ctx) => {
    const parts = raw.format === 'html' ? html(raw, ctx) : text(raw, ctx);
    // an article past its time budget stops here (the pipeline leaves it out)
    checkDeadline(ctx, 'clean');
    const limited = limitParts(parts, limits, raw.id);
    if (limited.issue) ctx.issues.push({ ...limited.issue, source: raw.source });
    const assembled = assembleArticle(raw, limited.parts);
    // undated by the input, its metadata and header lines: the wire dateline's day, if it opens the text
    // (a dateline without its year is dated with the run's articles: yearWireDatelines)
    const wire = assembled.publishedAt ? null : wireDatelineDate(assembled);
    const article = wire
      ? {
          ...assembled,
          publishedAt: wire.iso,
          metadataSources: { ...assembled.metadataSources, publishedAt: wire.source },
        }
      : assembled;
    const date = raw.given.publishedAt;
    if (date?.trim() && givenDate(date) === null)
      ctx.issues.push({
        code: 'clean/unread-date',
        severity: 'warning',
        articleId: raw.id,
        source: raw.source,
        message: `its date "${date.trim().slice(0, 40)}" reads as no day (write it YYYY-MM-DD, or as "March 4, 2025"): left out${article.publishedAt ? `, the page's own ${article.publishedAt} used` : ''}`,
      });
    if (article.title === null)
      ctx.issues.push({
        code: 'clean/no-title',
        severity: 'info',
        articleId: raw.id,
        source: raw.source,
        message: 'no headline found',
      });
    // an article with no text is skipped by every later stage: say so once, as an error
    if (article.wordCount === 0 && !ctx.issues.some((i) => i.articleId === raw.id && i.severity === 'error'))
      ctx.issues.push({
        code: 'clean/empty',
        severity: 'error',
        articleId: raw.id,
        source: raw.source,
        message: `${raw.source}: no article text left after removing boilerplate`,
      });
    return article;
  };
}
