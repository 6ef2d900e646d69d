import type { Draft } from './draft.ts';
import type { Line } from './lines.ts';
import { TUNING } from './patterns.ts';

/** Where the article's text runs: from its first to its last prose line (`first > last` when none). */
export interface MainRun {
  readonly first: number;
  readonly last: number;
  /** Small runs of prose inside it that are not the article (inline teasers with a summary). */
  readonly skipped: readonly { readonly start: number; readonly end: number }[];
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
  /** Distinct content words of its prose lines. */
  vocabulary: Set<string>;
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
          vocabulary: new Set(),
          hardBefore: hard && current !== undefined,
          afterTrailer: afterArticle,
        });
      const cluster = clusters[clusters.length - 1] as Cluster;
      cluster.end = i;
      cluster.words += line.words;
      for (const word of line.content) cluster.vocabulary.add(word);
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
  if (clusters.length === 0) return { first: lines.length, last: lines.length - 1, skipped: [] };
  // Text right after a comment box or a related list is rarely the article, however long it is.
  const weight = (c: Cluster) => c.words * (c.afterTrailer ? TUNING.afterTrailerWeight : 1);
  let main = 0;
  clusters.forEach((c, k) => {
    if (weight(c) > weight(clusters[main] as Cluster)) main = k;
  });
  const size = (clusters[main] as Cluster).words;
  const kept = [main];
  // Walk away from the main run in both directions, joining large runs; a small run between two
  // large ones (an inline teaser with its summary) is stepped over and left out.
  for (const step of [-1, 1]) {
    let at = main;
    for (;;) {
      const next = joinable(clusters, at, step, size);
      if (next === null) break;
      kept.push(next);
      at = next;
    }
  }
  kept.sort((a, b) => a - b);
  const runs = kept.map((k) => clusters[k] as Cluster);
  const keptSet = new Set(kept);
  const outside = clusters.filter((_, k) => !keptSet.has(k) && k > (kept[0] ?? 0) && k < (kept.at(-1) ?? 0));
  return {
    first: (runs[0] as Cluster).start,
    last: (runs[runs.length - 1] as Cluster).end,
    skipped: outside.map((c) => ({ start: c.start, end: c.end })),
  };
}

/** The next run to join from run `at` in direction `step`, stepping over at most one small run. */
function joinable(clusters: readonly Cluster[], at: number, step: number, size: number): number | null {
  const separated = (from: number, to: number) => {
    const later = clusters[Math.max(from, to)];
    return !later || later.hardBefore;
  };
  const near = clusters[at + step];
  if (!near || separated(at, at + step)) return null;
  if (near.words >= TUNING.clusterJoin * size) return at + step;
  // A smaller run about the same thing (sharing most of its words with the main run) is the article too.
  if (shared(near, clusters[at] as Cluster) >= TUNING.clusterSameTopic) return at + step;
  const far = clusters[at + 2 * step];
  if (!far || separated(at + step, at + 2 * step)) return null;
  if (near.words <= TUNING.clusterSkip * size && far.words >= TUNING.clusterJoin * size) return at + 2 * step;
  return null;
}

/** Share of a run's distinct content words that another run also uses. */
function shared(run: Cluster, other: Cluster): number {
  if (run.vocabulary.size === 0) return 0;
  let hits = 0;
  for (const word of run.vocabulary) if (other.vocabulary.has(word)) hits++;
  return hits / run.vocabulary.size;
}
