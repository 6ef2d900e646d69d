import type { ArticleParts, Issue } from '../../model/index.ts';

/** The size budget of one article: past it, only its first part is analysed. */
export interface ArticleLimits {
  readonly maxChars: number;
  readonly maxParagraphs: number;
}

/**
 * The first part of an article's paragraphs that fits the budget: whole paragraphs while they fit, and
 * of a first paragraph longer than the whole budget, its start up to a space. Returns the parts
 * unchanged when they fit, else the cut parts and an issue saying how much was kept.
 */
export function limitParts(
  parts: ArticleParts,
  limits: ArticleLimits,
  articleId: string,
): { parts: ArticleParts; issue: Issue | null } {
  const total = parts.paragraphs.reduce((n, p) => n + p.text.length + 2, 0);
  if (total <= limits.maxChars && parts.paragraphs.length <= limits.maxParagraphs)
    return { parts, issue: null };
  const kept: ArticleParts['paragraphs'][number][] = [];
  let used = 0;
  for (const paragraph of parts.paragraphs) {
    if (kept.length >= limits.maxParagraphs) break;
    const room = limits.maxChars - used;
    if (paragraph.text.length > room) {
      // a paragraph larger than the whole budget (a page with no breaks) keeps its start
      if (!kept.length) {
        const space = paragraph.text.lastIndexOf(' ', room);
        kept.push({ ...paragraph, text: paragraph.text.slice(0, space > room / 2 ? space : room) });
      }
      break;
    }
    kept.push(paragraph);
    used += paragraph.text.length + 2;
  }
  const keptChars = kept.reduce((n, p) => n + p.text.length + 2, 0);
  return {
    parts: { ...parts, paragraphs: kept },
    issue: {
      code: 'clean/article-cut',
      severity: 'warning',
      articleId,
      message: `${articleId}: ${parts.paragraphs.length} paragraphs, ${total} characters: only the first ${kept.length} paragraphs (${keptChars} characters) are analysed (limits: ${limits.maxParagraphs} paragraphs, ${limits.maxChars} characters)`,
    },
  };
}
