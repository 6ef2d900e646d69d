import type { ArticleParts, RawArticle, RunContext } from '../../../model/index.ts';

/** Options of the plain-text cleaner. */
export type TextOptions = Record<string, never>;

/** Split plain text into paragraphs (first version: every non-empty line). */
export function cleanText(_options: TextOptions = {}): (raw: RawArticle, ctx: RunContext) => ArticleParts {
  return (raw) => ({
    title: null,
    titleInferred: false,
    byline: null,
    paragraphs: raw.content
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => ({ kind: 'text' as const, text: line })),
    removed: [],
    media: [],
    meta: {},
    metadataSources: {},
  });
}
