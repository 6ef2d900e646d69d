import type { Draft } from './draft.ts';
import type { Line } from './lines.ts';
import { TUNING } from './patterns.ts';

/** Where the article's text runs: from its first to its last prose line (`first > last` when none). */
export interface MainRun {
  readonly first: number;
  readonly last: number;
}

/** Trailers that end an article: comment boxes, legal lines, tags, references. */
const END_RULES: ReadonlySet<string> = new Set([
  'trailer-comment',
  'trailer-copyright',
  'trailer-tags',
  'trailer-dmca',
  'trailer-reference',
  'trailer-wire-signoff',
]);

interface Cluster {
  start: number;
  end: number;
  words: number;
  /** An end trailer or an aggregator line separates it from the cluster before. */
  hardBefore: boolean;
  /** A trailer came after an earlier substantial run of text. */
  afterTrailer: boolean;
}

/**
 * Find the article's main run of prose: prose lines split into runs wherever many short or boilerplate
 * lines, or a trailer (comment box, related list), come between; the run with the most words is the
 * article, and a neighbouring run joins it when it is nearly as large and no trailer separates them.
 */
export function findMainRun(lines: readonly Line[], drafts: readonly Draft[]): MainRun {
  const clusters: Cluster[] = [];
  let gap = 0;
  let hard = false;
  let box = false;
  // Once a trailer has followed a substantial run of text, every later run is after the article.
  let afterArticle = false;
  let largest = 0;
  lines.forEach((line, i) => {
    const draft = drafts[i] as Draft;
    const current = clusters[clusters.length - 1];
    if (draft.prose) {
      if (!current || gap >= TUNING.clusterGap || hard || box)
        clusters.push({
          start: i,
          end: i,
          words: 0,
          hardBefore: hard && current !== undefined,
          afterTrailer: afterArticle,
        });
      const cluster = clusters[clusters.length - 1] as Cluster;
      cluster.end = i;
      cluster.words += line.words;
      largest = Math.max(largest, cluster.words);
      gap = 0;
      hard = false;
      box = false;
    } else if (draft.kind === 'aggregator' || END_RULES.has(draft.rule)) {
      hard = true;
      if (largest >= TUNING.articleMinWords) afterArticle = true;
    } else if (draft.kind === 'trailer') {
      // A related-stories box may sit inside the article: it splits runs but does not end the article.
      box = true;
    } else if (draft.kind !== null || (!line.bullet && line.words <= TUNING.headlineMaxWords)) {
      gap++;
    }
  });
  if (clusters.length === 0) return { first: lines.length, last: lines.length - 1 };
  // Text right after a comment box or a related list is rarely the article, however long it is.
  const weight = (c: Cluster) => c.words * (c.afterTrailer ? TUNING.afterTrailerWeight : 1);
  let main = 0;
  clusters.forEach((c, k) => {
    if (weight(c) > weight(clusters[main] as Cluster)) main = k;
  });
  const size = (clusters[main] as Cluster).words;
  let lo = main;
  let hi = main;
  while (
    lo > 0 &&
    !(clusters[lo] as Cluster).hardBefore &&
    (clusters[lo - 1] as Cluster).words >= TUNING.clusterJoin * size
  )
    lo--;
  while (
    hi < clusters.length - 1 &&
    !(clusters[hi + 1] as Cluster).hardBefore &&
    (clusters[hi + 1] as Cluster).words >= TUNING.clusterJoin * size
  )
    hi++;
  return { first: (clusters[lo] as Cluster).start, last: (clusters[hi] as Cluster).end };
}
