import type { SegmentedArticle, Stage, StoryGroup } from '../../model/index.ts';
import { agglomerate } from './agglomerate.ts';
import { KEYWORDS, SAME_STORY_THRESHOLD } from './patterns.ts';
import { cosine, similarityMatrix, termCounts, tfidfVectors } from './vectors.ts';

/** Options of the cluster stage. */
export interface ClusterOptions {
  /** Average-linkage cosine similarity above which articles tell the same story. */
  readonly threshold?: number;
}

/**
 * Group articles into stories: TF-IDF cosine over content words and shared multi-word proper names,
 * merged by average linkage. Stories come largest first; ids are `s1`, `s2`, ...
 * @example
 * const stories = cluster()(segmentedArticles, ctx); // [{ id: 's1', articleIds: ['a1', 'a3'], ... }]
 */
export function cluster(options: ClusterOptions = {}): Stage<readonly SegmentedArticle[], StoryGroup[]> {
  const threshold = options.threshold ?? SAME_STORY_THRESHOLD;
  return (docs) => {
    const vectors = tfidfVectors(docs.map(termCounts));
    const groups = agglomerate(similarityMatrix(vectors), docs.length, threshold);
    groups.sort((x, y) => y.length - x.length || (x[0] as number) - (y[0] as number));
    return groups.map((group, index) => {
      const centroid = new Map<string, number>();
      for (const i of group)
        for (const [term, w] of vectors[i] ?? []) centroid.set(term, (centroid.get(term) ?? 0) + w);
      const keywords = [...centroid]
        .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
        .slice(0, KEYWORDS)
        .map(([term]) => term.replace(/^name:/, ''));
      return {
        id: `s${index + 1}`,
        title: storyTitle(
          group.map((i) => docs[i] as SegmentedArticle),
          group.map((i) => vectors[i] as Map<string, number>),
          centroid,
        ),
        articleIds: group.map((i) => (docs[i] as SegmentedArticle).article.id),
        keywords,
      };
    });
  };
}

// The headline of the article closest to the story's centroid; an untitled story takes its first sentence.
function storyTitle(
  docs: SegmentedArticle[],
  vectors: Map<string, number>[],
  centroid: Map<string, number>,
): string {
  let bestTitle: string | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  docs.forEach((doc, i) => {
    if (!doc.article.title || doc.article.titleInferred) return;
    const score = cosine(vectors[i] as Map<string, number>, centroid) + (doc.article.syndicatedFrom ? -1 : 0);
    if (score > bestScore) {
      bestScore = score;
      bestTitle = doc.article.title;
    }
  });
  if (bestTitle) return bestTitle;
  const first = docs[0];
  const sentence = first?.sentences[0];
  return first && sentence ? first.article.text.slice(sentence.start, sentence.end) : 'Untitled story';
}
