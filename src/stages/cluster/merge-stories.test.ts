import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ArticleFeatures } from './features.ts';
import { createGrouper } from './index.ts';
import { MERGE_THRESHOLD, SAME_DAY_GAP, SAME_DAY_MERGE_BAR } from './merge-patterns.ts';
import { articlesBar } from './merge-stories.ts';
import { emptyProfile } from './score.ts';
import { featuresOf } from './test-articles.ts';

// A headline-only article on a given day: its lead's words, nothing else.
const feat = (id: string, lead: readonly string[], day: number | null): ArticleFeatures => ({
  ...featuresOf(id, [], lead, []),
  day,
});

describe('articlesBar: stories of one day merge at a lower articles match', () => {
  const target = emptyProfile();
  target.days.push(100);
  test('both dated, at most SAME_DAY_GAP apart: SAME_DAY_MERGE_BAR', () => {
    assert.equal(articlesBar(100, target, MERGE_THRESHOLD), SAME_DAY_MERGE_BAR);
    assert.equal(articlesBar(100 + SAME_DAY_GAP, target, MERGE_THRESHOLD), SAME_DAY_MERGE_BAR);
  });
  test('further apart, or either undated: the bar as given', () => {
    assert.equal(articlesBar(100 + SAME_DAY_GAP + 1, target, MERGE_THRESHOLD), MERGE_THRESHOLD);
    assert.equal(articlesBar(null, target, MERGE_THRESHOLD), MERGE_THRESHOLD);
    assert.equal(articlesBar(100, emptyProfile(), MERGE_THRESHOLD), MERGE_THRESHOLD);
  });
  test('never above a lower bar given', () => assert.equal(articlesBar(100, target, 0.2), 0.2));
});

describe('mergeStories: other outlets’ pieces of one event, told the same day', () => {
  // a ferry strike told by three headline-only articles, and three more that each share one of its
  // details and add five of their own: the centroid matches (0.56), the articles on average do so
  // only between SAME_DAY_MERGE_BAR and MERGE_THRESHOLD (0.40–0.44)
  const story = [
    ['strike', 'ferry', 'oduya'],
    ['strike', 'ferry', 'kallin'],
    ['strike', 'ferry', 'raise'],
  ];
  const extra = [
    ['ferrie', 'sennet', 'night', 'dark', 'rota'],
    ['shift', 'quay', 'dusk', 'lamp', 'tide'],
    ['wharf', 'rope', 'sail', 'mast', 'keel'],
  ];
  const pieces = ['oduya', 'kallin', 'raise'].map((detail, i) => [
    'strike',
    'ferry',
    detail,
    ...(extra[i] ?? []),
  ]);
  const storiesAfterMerge = (day: number | null, ages: readonly string[][] = [[], []]) => {
    const grouper = createGrouper();
    const told = (f: ArticleFeatures, of: readonly string[] = []) => ({
      ...f,
      particulars: { triggers: [], when: [], times: [], ages: of },
    });
    const own = story.map((lead, i) => told(feat(`s${i}`, lead, 100), i === 0 ? ages[0] : []));
    const others = pieces.map((lead, i) => told(feat(`o${i}`, lead, day), i === 2 ? ages[1] : []));
    for (const f of [...own, ...others]) grouper.observe(f);
    // every word seen twice at least, so that each weighs in
    grouper.observe(feat('seen', [...new Set([...story, ...pieces].flat())], null));
    for (const f of own) grouper.restore(f, 0);
    for (const f of others) grouper.restore(f, 1);
    grouper.mergeStories(MERGE_THRESHOLD);
    return new Set(grouper.entries().map((e) => e.placement.story)).size;
  };
  test('the same day: one story', () => assert.equal(storiesAfterMerge(100), 1));
  test('the next day: one story', () => assert.equal(storiesAfterMerge(101), 1));
  test('five days apart: two stories', () => assert.equal(storiesAfterMerge(105), 2));
  test('undated: two stories (the words alone do not reach MERGE_THRESHOLD)', () =>
    assert.equal(storiesAfterMerge(null), 2));
  // the same people, by their ages (`SHARED_AGES`): a deckhand of 41 and a skipper of 58 in both
  test('undated, two ages given in both: one story', () =>
    assert.equal(
      storiesAfterMerge(null, [
        ['41|age-year', '58|age-year', '7|age-year'],
        ['41|age-year', '58|age-year'],
      ]),
      1,
    ));
  test('undated, one age given in both, or two in one story only: two stories', () => {
    assert.equal(
      storiesAfterMerge(null, [
        ['41|age-year', '30|age-year'],
        ['41|age-year', '58|age-year'],
      ]),
      2,
    );
    assert.equal(storiesAfterMerge(null, [['41|age-year', '58|age-year'], []]), 2);
  });
});
