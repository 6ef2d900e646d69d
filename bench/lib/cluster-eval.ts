// `eval:cluster`'s runs and lines: a labelled set's articles grouped (batch, online, in arrival order,
// with made-up days) and scored against its gold events and topics, one printed line per run.

import { performance } from 'node:perf_hooks';
import type { StoryGroup } from '../../src/model/index.ts';
import {
  type ArticleFeatures,
  articleFeatures,
  type ClusterOptions,
  consolidate,
  createGrouper,
  groupFeatures,
  storiesOf,
} from '../../src/stages/cluster/index.ts';
import { FIRST_PASS_THRESHOLD } from '../../src/stages/cluster/patterns.ts';
import { dayOf } from '../../src/text/dates/days.ts';
import { bcubed } from './bcubed.ts';
import { type ClusterSet, pairwise } from './cluster-data.ts';

/** A labelled set with its articles' grouping features, read once. */
export interface Prepared {
  readonly set: ClusterSet;
  readonly features: ArticleFeatures[];
}

const fmt = (x: number) => x.toFixed(3);

/** Precision / recall / F1, three decimals each. */
export const prf = (s: { precision: number; recall: number; f1: number }): string =>
  `${fmt(s.precision)} / ${fmt(s.recall)} / ${fmt(s.f1)}`;

/**
 * The mean, min and max of a run's figures in several orders, then each order's (in seed order): an
 * outlier names its seed, to be run again alone.
 */
export const spread = (values: number[]): string =>
  `mean ${fmt(values.reduce((a, b) => a + b, 0) / values.length)}, min ${fmt(Math.min(...values))}, max ${fmt(Math.max(...values))} (${values.map(fmt).join(' ')})`;

/** The labels of a run: story and topic of each article. */
export function labels(stories: readonly StoryGroup[]): {
  story: Map<string, string>;
  topic: Map<string, string>;
} {
  const story = new Map<string, string>();
  const topic = new Map<string, string>();
  for (const s of stories)
    for (const id of s.articleIds) {
      story.set(id, s.id);
      topic.set(id, s.topicId ?? s.id);
    }
  return { story, topic };
}

function restrict(gold: ReadonlyMap<string, string>, ids: ReadonlySet<string>) {
  return new Map([...gold].filter(([id]) => ids.has(id)));
}

/** The articles of one half of the set (all when no half is given). */
export function subset(p: Prepared, half?: 'dev' | 'held-out'): Prepared {
  if (!half) return p;
  const keep = (id: string) => p.set.half.get(id) === half;
  return {
    set: { ...p.set, docs: p.set.docs.filter((d) => keep(d.article.id)) },
    features: p.features.filter((f) => keep(f.id)),
  };
}

/** Stories and topics of a run scored by B-cubed and pairs against the gold events and topics. */
export function score(p: Prepared, stories: readonly StoryGroup[]) {
  const ids = new Set(p.features.map((f) => f.id));
  const { story, topic } = labels(stories);
  const event = restrict(p.set.event, ids);
  const gtopic = restrict(p.set.topic, ids);
  return {
    stories: stories.length,
    topics: new Set(stories.map((s) => s.topicId)).size,
    event: bcubed(story, event),
    eventPairs: pairwise(story, event),
    topic: bcubed(topic, gtopic),
    topicPairs: pairwise(topic, gtopic),
  };
}

/** A batch run of the set, scored. */
export const run = (p: Prepared, options: ClusterOptions = {}): ReturnType<typeof score> =>
  score(p, groupFeatures(p.features, p.set.docs, options));

/** Online: each article observed and placed as it arrives (in the given order), then `consolidate`. */
export function online(p: Prepared, order: readonly ArticleFeatures[]): ReturnType<typeof score> {
  const grouper = createGrouper();
  for (const f of order) {
    grouper.observe(f);
    grouper.place(f);
  }
  consolidate(grouper);
  return score(p, storiesOf(grouper, new Map(p.set.docs.map((d) => [d.article.id, d]))));
}

/** Batch, but fed in the given order instead of date order (dates still in the score): what the order costs. */
export function inArrivalOrder(p: Prepared, order: readonly ArticleFeatures[]): ReturnType<typeof score> {
  const grouper = createGrouper();
  for (const f of order) grouper.observe(f);
  for (const f of order) grouper.place(f, FIRST_PASS_THRESHOLD);
  consolidate(grouper);
  return score(p, storiesOf(grouper, new Map(p.set.docs.map((d) => [d.article.id, d]))));
}

/**
 * Every article of a gold story dated one made-up day, spread over `days` days from 2016-01-01 by a
 * hash of the story (default four years, 1461 days; 7 packs the stories into one busy week, where
 * stories of one beat share their days and only their words part them).
 */
export function withMadeUpDays(p: Prepared, days = 1461): Prepared {
  const hash = (text: string) => [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);
  const first = dayOf(2016, 1, 1) as number;
  const features = p.features.map((f) => ({
    ...f,
    day: first + (hash(p.set.event.get(f.id) as string) % days),
    dateSource: { kind: 'published', from: 'made-up' } as const,
  }));
  return { ...p, features };
}

/** Read the set's features, printing how long that took. */
export function prepare(set: ClusterSet): Prepared {
  const start = performance.now();
  const features = set.docs.map(articleFeatures);
  const ms = performance.now() - start;
  process.stdout.write(
    `  (read ${features.length} articles' names, lead, body and dates in ${(ms / 1000).toFixed(1)} s)\n`,
  );
  return { set, features };
}

/** One printed line of a run's figures, under `HEAD`. */
export function line(name: string, r: ReturnType<typeof score>): void {
  process.stdout.write(
    `${name.padEnd(26)} ${String(r.stories).padStart(4)} ${String(r.topics).padStart(4)}   ${prf(r.event)}   ${prf(r.eventPairs)}   ${prf(r.topic)}   ${prf(r.topicPairs)}\n`,
  );
}

/** The column heads of `line`. */
export const HEAD = `${''.padEnd(26)} stor topc   event B3 P / R / F1       event pairs P / R / F1    topic B3 P / R / F1       topic pairs P / R / F1\n`;
