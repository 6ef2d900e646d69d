import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleParts, RawArticle, RunContext } from '../../../model/index.ts';

/** Options of the HTML extractor. */
export type HtmlOptions = Record<string, never>;

/** Extract the main text of an HTML page with Readability over linkedom (first version). */
export function extractHtml(_options: HtmlOptions = {}): (raw: RawArticle, ctx: RunContext) => ArticleParts {
  return (raw) => {
    const { document } = parseHTML(raw.content);
    const parsed = new Readability(document as never).parse();
    const text = parsed?.textContent ?? '';
    return {
      title: parsed?.title ?? null,
      titleInferred: false,
      byline: parsed?.byline ?? null,
      paragraphs: text
        .split(/\n+/)
        .filter((line) => line.trim())
        .map((line) => ({ kind: 'text' as const, text: line })),
      removed: [],
      media: [],
      meta: {},
      metadataSources: {},
    };
  };
}
