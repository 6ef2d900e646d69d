// For the stages' tests: invented articles (JSONL objects) read and segmented as the pipeline does,
// and the story they make (s1) run through extract and compare, as the pipeline hands it on to
// summarize and timeline.
import { createContext, type RunContext, type SegmentedArticle } from '../model/index.ts';
import { readArticles } from '../pipeline.ts';
import { compare } from './compare/index.ts';
import { extract } from './extract/index.ts';
import type { InputFile } from './ingest/index.ts';
import { segment } from './segment/index.ts';

/** Read files (default: `docs` as one JSONL file) and segment every article they hold. */
export function segmented(
  docs: readonly object[],
  ctx: RunContext = createContext(),
  files: readonly InputFile[] = [
    { path: 'story.jsonl', bytes: new TextEncoder().encode(docs.map((d) => JSON.stringify(d)).join('\n')) },
  ],
): SegmentedArticle[] {
  const segmentOne = segment();
  return readArticles(files, {}, ctx).map((a) => segmentOne(a, ctx));
}

/** The segmented articles as one story (s1), extracted and compared. */
export function comparedStory(articles: readonly SegmentedArticle[], ctx: RunContext) {
  const base = {
    story: {
      id: 's1',
      title: '',
      articleIds: articles.map((a) => a.article.id),
      keywords: [],
      topicId: 't1',
    },
    articles,
  };
  const input = { ...base, ...extract()(base, ctx) };
  return { input, comparison: compare()(input, ctx) };
}
