import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type Signed, sameEventSignature, someSameEvent } from './event-signature.ts';
import type { ArticleFeatures } from './features.ts';
import { createGrouper } from './index.ts';
import { MERGE_THRESHOLD } from './patterns.ts';
import { featuresOf } from './test-articles.ts';

const signed = (
  triggers: string[],
  when: string[] = [],
  day: number | null = null,
  times: [number, number][] = [],
): Signed => ({ day, particulars: { triggers, when, times } });

describe('sameEventSignature: a trigger word and a time shared', () => {
  const cases: [string, Signed, Signed, boolean][] = [
    ['same verb, same day', signed(['shoot'], [], 100), signed(['shoot', 'kill'], [], 100), true],
    ['same verb, the next day', signed(['shoot'], [], 100), signed(['shoot'], [], 101), true],
    ['same verb, two days on', signed(['shoot'], [], 100), signed(['shoot'], [], 102), false],
    ['other verbs, same day', signed(['shoot'], [], 100), signed(['charg'], [], 100), false],
    ['a day named in the lead', signed(['charg'], [], 200, [[100, 100]]), signed(['charg'], [], 101), true],
    ['a year named is no time', signed(['charg'], [], null, [[0, 364]]), signed(['charg'], [], 100), false],
    ['undated, one weekday named', signed(['strike'], ['w:friday']), signed(['strike'], ['w:friday']), true],
    ['undated, other weekdays', signed(['strike'], ['w:friday']), signed(['strike'], ['w:monday']), false],
    ['undated, a month only', signed(['strike'], ['m:june']), signed(['strike'], ['m:june']), false],
    [
      'one dated, one by weekday',
      signed(['strike'], ['w:friday'], 100),
      signed(['strike'], ['w:friday']),
      false,
    ],
    ['no particulars read', { day: 100 }, signed(['strike'], [], 100), false],
  ];
  for (const [name, a, b, expected] of cases)
    test(name, () => {
      assert.equal(sameEventSignature(a, b), expected);
      assert.equal(sameEventSignature(b, a), expected);
    });
  test('someSameEvent: any pair of the two lists', () => {
    assert.equal(someSameEvent([signed(['a'], [], 1), signed(['b'], [], 9)], [signed(['b'], [], 9)]), true);
    assert.equal(someSameEvent([signed(['a'], [], 1)], [signed(['b'], [], 1)]), false);
  });
});

describe('mergeStories: pieces of one event told by its verb and weekday merge at the lower bars', () => {
  // a ferry strike told by three headline-only articles, and three more that each share one of its
  // details and add seven of their own: the centroid matches, the articles on average only between
  // SIGNATURE_MERGE_BAR and SAME_DAY_MERGE_BAR (undated: MERGE_THRESHOLD)
  const story = [
    ['strike', 'ferry', 'oduya'],
    ['strike', 'ferry', 'kallin'],
    ['strike', 'ferry', 'raise'],
  ];
  const extra = [
    ['ferrie', 'sennet', 'night', 'dark', 'rota', 'lamp', 'tide'],
    ['shift', 'quay', 'dusk', 'gull', 'buoy', 'pier', 'helm'],
    ['wharf', 'rope', 'sail', 'mast', 'keel', 'deck', 'hull'],
  ];
  const pieces = ['oduya', 'kallin', 'raise'].map((detail, i) => [
    'strike',
    'ferry',
    detail,
    ...(extra[i] ?? []),
  ]);
  const storiesAfterMerge = (own: string[], theirs: string[]) => {
    const grouper = createGrouper();
    const feat = (id: string, lead: string[], triggers: string[], when: string[]): ArticleFeatures => ({
      ...featuresOf(id, [], lead, []),
      particulars: { triggers, when, times: [] },
    });
    const ours = story.map((lead, i) => feat(`s${i}`, lead, ['strike'], own));
    const others = pieces.map((lead, i) => feat(`o${i}`, lead, ['strike'], theirs));
    for (const f of [...ours, ...others]) grouper.observe(f);
    grouper.observe(feat('seen', [...new Set([...story, ...pieces].flat())], [], []));
    for (const f of ours) grouper.restore(f, 0);
    for (const f of others) grouper.restore(f, 1);
    grouper.mergeStories(MERGE_THRESHOLD);
    return new Set(grouper.entries().map((e) => e.placement.story)).size;
  };
  test('the strike and the walkout both "on Friday": one story', () =>
    assert.equal(storiesAfterMerge(['w:friday'], ['w:friday']), 1));
  test('told on other weekdays: two stories', () =>
    assert.equal(storiesAfterMerge(['w:friday'], ['w:monday']), 2));
  test('no weekday named: two stories', () => assert.equal(storiesAfterMerge([], []), 2));
});
