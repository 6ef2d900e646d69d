import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { bcubed } from '../../bench/lib/bcubed.ts';
import { ecbSet, neusSet } from '../../bench/lib/cluster-data.ts';
import { createContext, type StoryGroup } from '../../src/model/index.ts';
import { readArticles } from '../../src/pipeline.ts';
import { cluster } from '../../src/stages/cluster/index.ts';
import { segment } from '../../src/stages/segment/index.ts';
import { needsShared, sharedPath } from '../shared.ts';

describe('cluster on real data (floors below the figures npm run eval:cluster prints)', () => {
  const score = (stories: readonly StoryGroup[], gold: ReadonlyMap<string, string>) => {
    const predicted = new Map<string, string>();
    for (const story of stories) for (const id of story.articleIds) predicted.set(id, story.id);
    return bcubed(predicted, gold).f1;
  };

  test('ECB+: event-level and topic-level B-cubed F1', { skip: needsShared('datasets/ecbplus') }, () => {
    const set = ecbSet();
    const stories = cluster()(set.docs, createContext());
    const f1 = score(stories, set.event);
    assert.ok(f1 >= 0.89, `event B-cubed F1 ${f1.toFixed(3)} under the 0.89 floor`);
    const topics = new Map<string, string>();
    for (const story of stories) for (const id of story.articleIds) topics.set(id, story.topicId as string);
    const topicF1 = bcubed(topics, set.topic).f1;
    assert.ok(topicF1 >= 0.86, `topic B-cubed F1 ${topicF1.toFixed(3)} under the 0.86 floor`);
  });

  test('NeuS/AllSides validation: every excerpt in one run, B-cubed F1', {
    skip: needsShared('datasets/neus_allsides'),
  }, () => {
    const set = neusSet();
    assert.ok(set);
    const f1 = score(cluster()(set.docs, createContext()), set.event);
    assert.ok(f1 >= 0.85, `NeuS B-cubed F1 ${f1.toFixed(3)} under the 0.85 floor`);
  });

  test('the border-talks corpus is one story', { skip: needsShared('corpus/border-talks-2023') }, () => {
    const dir = sharedPath('corpus', 'border-talks-2023');
    const files = readdirSync(dir)
      .sort()
      .map((name) => ({ path: name, bytes: readFileSync(join(dir, name)) }));
    const ctx = createContext();
    const segmentOne = segment();
    const docs = readArticles(files, {}, ctx).map((a) => segmentOne(a, ctx));
    assert.equal(cluster()(docs, createContext()).length, 1);
  });
});
