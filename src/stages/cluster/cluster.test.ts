import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { shuffled } from '../../../test/shuffled.ts';
import { createContext } from '../../model/index.ts';
import { articleFeatures } from './features.ts';
import { cluster, consolidate, createGrouper, dateOrder, storiesOf } from './index.ts';
import { SAME_STORY_THRESHOLD } from './patterns.ts';
import { ORCHARD, partition, STORM, segmented, strike } from './test-articles.ts';

describe('cluster', () => {
  test('articles on two unrelated events make two stories, with the larger first and their own topics', () => {
    const stories = cluster()(segmented([...STORM, ORCHARD]), createContext());
    assert.deepEqual(
      stories.map((s) => s.articleIds),
      [['a1', 'a2', 'a3'], ['a4']],
    );
    assert.equal(stories[0]?.id, 's1');
    assert.notEqual(stories[0]?.topicId, stories[1]?.topicId);
    assert.ok(stories[0]?.keywords.includes('pellham'), String(stories[0]?.keywords));
    assert.match(stories[0]?.title ?? '', /Storm closes Pellham harbour/);
  });

  test('look-alike events a year apart are two stories of one topic; without dates they merge', () => {
    const docs = segmented([strike(2023, 8), strike(2023, 9, 1), strike(2024, 13), strike(2024, 14, 1)]);
    const stories = cluster()(docs, createContext());
    assert.deepEqual(partition(stories), [
      ['a1', 'a2'],
      ['a3', 'a4'],
    ]);
    assert.equal(stories[0]?.topicId, stories[1]?.topicId);
    assert.equal(cluster({ ignoreDates: true })(docs, createContext()).length, 1);
  });

  test('a follow-up a year on joins its event when its headline or lead names the time', () => {
    // a court case over the 2023 strike, reported in September 2024, months after the 2024 look-alike
    const followUp = (when: string) => ({
      title: `Ostry ferry union leader fined over ${when} strike`,
      publishedAt: '2024-09-20',
      text: `A court fined union leader Maren Oduya over the ${when} strike of ferry crews on the Ostry crossing, when crews walked out over a 9 percent raise. Oduya told reporters at Kallin pier that the union would appeal.\n\nThe operator Brightwater Lines said the fine was fair.`,
    });
    const docs = (when: string) =>
      segmented([strike(2023, 8), strike(2023, 9, 1), strike(2024, 13), strike(2024, 14, 1), followUp(when)]);
    const stories = cluster({ explain: true })(docs('May 2023'), createContext());
    assert.deepEqual(partition(stories), [
      ['a1', 'a2', 'a5'],
      ['a3', 'a4'],
    ]);
    // its explanation says the gap came from the date it names
    const reason = stories.flatMap((s) => s.grouping ?? []).find((r) => r.articleId === 'a5');
    assert.deepEqual([reason?.gapDays, reason?.gapNamed], [0, true]);
    // not naming it, the follow-up lies a year from the event: a story of its own
    assert.deepEqual(partition(cluster()(docs('last'), createContext())), [
      ['a1', 'a2'],
      ['a3', 'a4'],
      ['a5'],
    ]);
  });

  test('the input order does not change the stories', () => {
    const docs = segmented([...STORM, ORCHARD, strike(2023, 8), strike(2024, 13)]);
    const expected = partition(cluster()(docs, createContext()));
    for (const seed of [1, 2, 3])
      assert.deepEqual(partition(cluster()(shuffled(docs, seed), createContext())), expected);
  });

  test('online: articles placed one at a time, then consolidated, give the batch stories', () => {
    const docs = segmented([...STORM, ORCHARD]);
    const grouper = createGrouper();
    for (const doc of [...docs].reverse()) {
      const f = articleFeatures(doc);
      grouper.observe(f);
      grouper.place(f);
    }
    consolidate(grouper);
    const stories = storiesOf(grouper, new Map(docs.map((d) => [d.article.id, d])));
    assert.deepEqual(partition(stories), partition(cluster()(docs, createContext())));
  });

  test('dateOrder puts dated articles first, by day, and keeps the input order otherwise', () => {
    const docs = segmented([
      { text: 'No date here about the Ostry ferry.' },
      strike(2024, 13),
      strike(2023, 8),
    ]);
    assert.deepEqual(
      dateOrder(docs.map(articleFeatures)).map((f) => f.id),
      ['a3', 'a2', 'a1'],
    );
  });

  test('explain: each article carries its score, shared names and lead terms, and its date source', () => {
    const docs = segmented([strike(2023, 8), strike(2023, 9, 1)]);
    const [story] = cluster({ explain: true })(docs, createContext());
    const reason = story?.grouping?.[1];
    assert.ok(reason && reason.score !== null && reason.score > SAME_STORY_THRESHOLD, JSON.stringify(reason));
    assert.ok(reason.sharedNames.length > 0);
    for (const name of reason.sharedNames)
      assert.ok(
        docs.every((d) => d.article.text.includes(name)),
        `${name} is not in both articles`,
      );
    assert.equal(reason.gapDays, 1);
    assert.equal(reason.dateSource, 'published:input');
    assert.equal(cluster()(docs, createContext())[0]?.grouping, undefined);
  });

  test('an article with only its headline to go on is found by it and joins its story', () => {
    const docs = segmented([
      ...STORM,
      ORCHARD,
      'Vennick orchards brace for a frost after the harvest\n\nGrowers in Vennick covered young trees.',
      // a stub body that shares no word with any other article
      { title: 'Pellham harbour stays closed as the storm lingers', text: 'More to follow.' },
    ]);
    const stories = cluster()(docs, createContext());
    const storm = stories.find((s) => s.articleIds.includes('a1'));
    assert.deepEqual(storm?.articleIds, ['a1', 'a2', 'a3', 'a6'], JSON.stringify(partition(stories)));
  });

  test('an empty batch gives no stories', () => {
    assert.deepEqual(cluster()([], createContext()), []);
  });
});
