import type { GroupingReason, SegmentedArticle, Stage, StoryGroup } from '../../model/index.ts';
import { isoOf } from '../../text/dates/days.ts';
import { dateSourceLabel } from './article-day.ts';
import { type BatchOptions, batchGrouper } from './batch.ts';
import { type ArticleFeatures, runFeatures } from './features.ts';
import type { Entry, Grouper } from './grouper.ts';
import { SAME_TOPIC_THRESHOLD } from './label-patterns.ts';
import { keywordsOf, storyTitle, type TitleSource } from './labels.ts';
import { namedDayWord } from './named-days.ts';
import { centroidOf, topicsOf, topicVector } from './topics.ts';
import { undatedIssue } from './undated.ts';

export { batchGrouper, batchGroupOf, consolidate, type SettlingStep, settlingSteps } from './batch.ts';
export type { BatchInput } from './consensus.ts';
export { type ArticleFeatures, articleFeatures } from './features.ts';
export { createGrouper, type Grouper, type GrouperOptions } from './grouper.ts';
export type { TitleSource } from './labels.ts';

/** Options of the cluster stage: the batch grouping's (`threshold`, `ignoreDates`, `refinePasses`) and these. */
export interface ClusterOptions extends BatchOptions {
  /** Topic-vector cosine from which two stories are close (default `SAME_TOPIC_THRESHOLD`); topics join when most pairs across them are. */
  readonly topicThreshold?: number;
  /** Record, per story, why each article joined it (`StoryGroup.grouping`). */
  readonly explain?: boolean;
}

/** Articles by day, undated last, then as given (the order an online store's tests feed them). */
export function dateOrder(features: readonly ArticleFeatures[]): ArticleFeatures[] {
  return features
    .map((f, i) => [f, i] as const)
    .sort(
      (a, b) =>
        (a[0].day ?? Number.POSITIVE_INFINITY) - (b[0].day ?? Number.POSITIVE_INFINITY) || a[1] - b[1],
    )
    .map(([f]) => f);
}

/**
 * Turn a grouper's final state into stories, largest first (ids `s1`, `s2`, ...), each with its topic
 * (`t1`, ... numbered in story order) and, when asked, why each article joined.
 */
export function storiesOf(
  grouper: Grouper,
  docs: ReadonlyMap<string, TitleSource>,
  options: Pick<ClusterOptions, 'topicThreshold' | 'explain'> & StoriesOfOptions = {},
): StoryGroup[] {
  const byStory = new Map<number, Entry[]>();
  for (const entry of grouper.entries()) {
    const list = byStory.get(entry.placement.story) ?? [];
    list.push(entry);
    byStory.set(entry.placement.story, list);
  }
  // an article id's number, read once per id (not once per comparison)
  const numbers = new Map<string, number>();
  const order = (id: string) => {
    let n = numbers.get(id);
    if (n === undefined) {
      n = Number(id.replace(/\D/g, '')) || 0;
      numbers.set(id, n);
    }
    return n;
  };
  const groups = [...byStory.values()].map((g) =>
    g.sort((a, b) => order(a.id) - order(b.id) || (a.id < b.id ? -1 : 1)),
  );
  groups.sort((x, y) => y.length - x.length || order(x[0]?.id ?? '') - order(y[0]?.id ?? ''));
  // each story's title and keywords are read from its body centroid, then the centroid is let go:
  // only the topic vectors are held for every story at once
  const read = groups.map((group) => {
    const centroid = centroidOf(group.map((e) => e.vectors.body));
    return {
      title: storyTitle(group, docs, centroid),
      keywords: options.keywords === false ? [] : keywordsOf(grouper, group, docs, centroid),
      topic: topicVector(centroidOf([centroid, centroidOf(group.map((e) => e.vectors.names))])),
    };
  });
  // each story's id by its grouper key (the story an article comes nearest to, when explained)
  const idOfKey = new Map(groups.map((g, i) => [g[0]?.placement.story as number, `s${i + 1}`]));
  const topics = topicsOf(
    read.map((r) => r.topic),
    options.topicThreshold ?? SAME_TOPIC_THRESHOLD,
  );
  return groups.map((group, index) => ({
    id: `s${index + 1}`,
    title: read[index]?.title as string,
    articleIds: group.map((e) => e.id),
    keywords: read[index]?.keywords as string[],
    topicId: `t${(topics[index] as number) + 1}`,
    ...(options.explain ? { grouping: group.map((e) => reasonOf(grouper, e, idOfKey, group)) } : {}),
  }));
}

/** Options of `storiesOf` beyond the cluster stage's. */
export interface StoriesOfOptions {
  /** Read each story's keywords (default true); the store's grouping step saves none. */
  readonly keywords?: boolean;
}

// Why one article is in its story (`group`), as plain report data (`idOfKey`: story ids by grouper key).
function reasonOf(
  grouper: Grouper,
  entry: Entry,
  idOfKey: ReadonlyMap<number, string>,
  group: readonly Entry[],
): GroupingReason {
  const { parts, names, lead, triggers, sites, nearest, followUp } = grouper.explain(entry);
  const round = (x: number | undefined) => (x === undefined ? null : Math.round(x * 1000) / 1000);
  const source = entry.dateSource;
  return {
    articleId: entry.id,
    score: round(parts?.score),
    lead: round(parts?.lead),
    names: round(parts?.names),
    body: round(parts?.body),
    sharedNames: names,
    sharedLead: lead,
    triggers: round(parts?.triggers),
    sharedTriggers: triggers,
    whenConflict: round(parts?.whenConflict),
    sites: [...sites],
    siteConflict: parts?.siteConflict ?? false,
    nearest:
      nearest && idOfKey.has(nearest.story)
        ? {
            storyId: idOfKey.get(nearest.story) as string,
            score: round(nearest.parts.score) as number,
            siteConflict: nearest.parts.siteConflict,
            sites: [...nearest.sites],
          }
        : null,
    namedDays: [...new Set((entry.particulars?.when ?? []).map(namedDayWord))],
    gapDays: parts?.gapDays ?? null,
    gapNamed: parts?.gapNamed ?? false,
    date: entry.day === null ? null : isoOf(entry.day),
    dateSource: source === null ? null : dateSourceLabel(source),
    ...(entry.placement.clearWinner ? { clearWinner: true } : {}),
    // (said only while the article naming the day is still in the story)
    followUp:
      followUp && group.some((e) => e.id === followUp.namedBy)
        ? { day: isoOf(followUp.day), articleId: followUp.namedBy }
        : null,
  };
}

/**
 * Group articles into stories and stories into topics. Each article is scored against candidate
 * stories on its headline and lead, its names (weighted by rarity) and its body, within a time window
 * (see `scoreAgainst`); batch runs feed the online grouper in date order (ties by a seeded hash of the
 * content, so the result does not depend on the input's order) with a strict first pass and settle
 * the stories (`consolidate`); with `runs` above one, in that many orders, keeping the run most like
 * the others (`batchGroupOf`). When no article gives a day, says so (`cluster/undated`).
 * @example
 * const stories = cluster()(segmentedArticles, ctx); // [{ id: 's1', articleIds: ['a1', 'a3'], topicId: 't1', ... }]
 */
export function cluster(options: ClusterOptions = {}): Stage<readonly SegmentedArticle[], StoryGroup[]> {
  return (docs, ctx) => {
    const features = runFeatures(docs);
    const undated = undatedIssue(features);
    if (undated) ctx.issues.push(undated);
    return groupFeatures(features, docs, options);
  };
}

/**
 * The cluster stage after its per-article reading: group the features as a batch (`batchGrouper`) and
 * build the stories (for evaluations that read the articles once and group them many ways).
 */
export function groupFeatures(
  features: readonly ArticleFeatures[],
  docs: readonly SegmentedArticle[],
  options: ClusterOptions = {},
): StoryGroup[] {
  return storiesOf(batchGrouper(features, options), new Map(docs.map((d) => [d.article.id, d])), options);
}
