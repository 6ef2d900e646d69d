import type { Article, SegmentedArticle, StoryInput } from '../../model/index.ts';
import { segment } from '../segment/index.ts';

/**
 * An article made straight from plain text, every non-empty line a paragraph, so that spans into it are
 * offsets into the given text (for evaluations on labelled data and for tests).
 */
export function articleFromText(id: string, text: string): Article {
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
    title: null,
    titleInferred: false,
    byline: null,
    outlet: null,
    url: null,
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
    syndicatedFrom: null,
    syndicationNote: null,
  };
}

/** A one-story input built from plain texts: `{ story, articles }` segmented with the segment stage. */
export function storyFromTexts(texts: readonly { id: string; text: string }[], storyId = 's1'): StoryInput {
  const seg = segment();
  const ctx = { issues: [], now: new Date(0), log: () => {} };
  const articles: SegmentedArticle[] = texts.map((t) => seg(articleFromText(t.id, t.text), ctx));
  return {
    story: { id: storyId, title: '', articleIds: articles.map((a) => a.article.id), keywords: [] },
    articles,
  };
}
