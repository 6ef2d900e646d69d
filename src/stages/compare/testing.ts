import type { Article, RunContext, SegmentedArticle } from '../../model/index.ts';
import { segment } from '../segment/index.ts';

/** Fields of an article a test or evaluation may set; the rest get neutral defaults. */
export interface ArticleSeed {
  readonly title?: string | null;
  readonly outlet?: string | null;
  readonly url?: string | null;
  readonly syndicatedFrom?: string | null;
}

/**
 * Build a cleaned article straight from body text (paragraphs split at blank lines, or at single
 * newlines when there are no blank lines), for tests and evaluations that bypass ingest and clean.
 */
export function articleFromText(id: string, body: string, seed: ArticleSeed = {}): Article {
  const parts = (body.includes('\n\n') ? body.split(/\n\s*\n/) : body.split('\n'))
    .map((p) => p.trim())
    .filter(Boolean);
  const text = parts.join('\n\n');
  let at = 0;
  const paragraphs = parts.map((p) => {
    const span = { start: at, end: at + p.length };
    at += p.length + 2;
    return { kind: 'text' as const, span };
  });
  return {
    id,
    source: `${id}.txt`,
    title: seed.title ?? null,
    titleInferred: false,
    byline: null,
    outlet: seed.outlet ?? null,
    url: seed.url ?? null,
    publishedAt: null,
    modifiedAt: null,
    language: 'en',
    section: null,
    metadataSources: {},
    text,
    body: parts,
    paragraphs,
    removed: [],
    media: [],
    wordCount: text.split(/\s+/).filter(Boolean).length,
    syndicatedFrom: seed.syndicatedFrom ?? null,
    syndicationNote: seed.syndicatedFrom ? 'test copy' : null,
  };
}

/** Segment articles built with `articleFromText`. */
export function segmentAll(articles: readonly Article[], ctx: RunContext): SegmentedArticle[] {
  const run = segment();
  return articles.map((a) => run(a, ctx));
}
