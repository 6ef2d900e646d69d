import type { Article, RunContext, SegmentedArticle, StoryInput } from '../../model/index.ts';
import { segment } from '../segment/index.ts';

/** Fields of an article a test or evaluation may set; the rest get neutral defaults. */
export interface ArticleSeed {
  readonly title?: string | null;
  readonly outlet?: string | null;
  readonly url?: string | null;
  readonly syndicatedFrom?: string | null;
}

/**
 * An article made straight from plain text, every non-empty line a paragraph, so that spans into it are
 * offsets into the given text (for evaluations on labelled data and for tests that bypass ingest and clean).
 */
export function articleFromText(id: string, text: string, seed: ArticleSeed = {}): Article {
  const paragraphs: Article['paragraphs'] = [];
  const body: string[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const line = m[0];
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    paragraphs.push({ kind: 'text', span: { start, end: start + trimmed.length } });
    body.push(trimmed);
  }
  return {
    id,
    source: id,
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
    body,
    paragraphs,
    removed: [],
    media: [],
    wordCount: text.split(/\s+/).filter(Boolean).length,
    syndicatedFrom: seed.syndicatedFrom ?? null,
    syndicationNote: seed.syndicatedFrom ? 'test copy' : null,
  };
}

/** A one-story input built from plain texts: `{ story, articles }` segmented with the segment stage. */
export function storyFromTexts(texts: readonly { id: string; text: string }[], storyId = 's1'): StoryInput {
  const ctx = { issues: [], now: new Date(0), log: () => {} };
  const articles = segmentAll(
    texts.map((t) => articleFromText(t.id, t.text)),
    ctx,
  );
  return {
    story: { id: storyId, title: '', articleIds: articles.map((a) => a.article.id), keywords: [] },
    articles,
  };
}

/** Segment articles built with `articleFromText`. */
export function segmentAll(articles: readonly Article[], ctx: RunContext): SegmentedArticle[] {
  const run = segment();
  return articles.map((a) => run(a, ctx));
}
