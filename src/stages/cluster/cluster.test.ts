import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { bcubed } from '../../../bench/lib/bcubed.ts';
import { ecbSet, neusSet, shuffled } from '../../../bench/lib/cluster-data.ts';
import { needsShared, sharedPath } from '../../../test/shared.ts';
import { createContext, type SegmentedArticle, type StoryGroup } from '../../model/index.ts';
import { readArticles } from '../../pipeline.ts';
import { segment } from '../segment/index.ts';
import { type ArticleFeatures, articleFeatures } from './features.ts';
import {
  cluster,
  consolidate,
  createGrouper,
  dateOrder,
  articleFeatures as exported,
  storiesOf,
} from './index.ts';
import {
  CLEAR_WINNER_FLOOR,
  FAR_IN_TIME_FACTOR,
  MERGE_THRESHOLD,
  SAME_STORY_THRESHOLD,
  TIME_WINDOW_DAYS,
} from './patterns.ts';
import { type ArticleVectors, anchorDay, emptyProfile, scoreAgainst, updateProfile } from './score.ts';
import type { Packed } from './vectors.ts';

function segmented(records: readonly (string | Record<string, string>)[]): SegmentedArticle[] {
  const ctx = createContext();
  const files = records.map((r, i) =>
    typeof r === 'string'
      ? { path: `doc${i}.txt`, bytes: new TextEncoder().encode(r) }
      : { path: `doc${i}.json`, bytes: new TextEncoder().encode(JSON.stringify(r)) },
  );
  const segmentOne = segment();
  return readArticles(files, {}, ctx).map((a) => segmentOne(a, ctx));
}

const partition = (stories: readonly StoryGroup[]) =>
  stories.map((s) => [...s.articleIds].sort()).sort((a, b) => (a[0] as string).localeCompare(b[0] as string));

// Invented articles: a harbour storm, an orchard harvest, and two look-alike ferry strikes a year apart.
const STORM = [
  'Storm closes Pellham harbour\n\nA winter storm closed Pellham harbour on Sunday, and the coast guard moved fishing boats inland.',
  'The coast guard said the storm that shut Pellham harbour would pass by Tuesday; fishing boats stay inland until then.',
  'Pellham fishing crews wait out the storm as the harbour stays closed, the coast guard said on Monday.',
];
const ORCHARD =
  'Orchard growers in Vennick expect a record apple harvest after a warm spring and a dry September.';
// Two ferry strikes on one crossing a year apart: the same beat, told in the same words, but other
// people, other demands and another pier.
const STRIKES: Record<number, readonly [string, string, string]> = {
  2023: [
    'Ferry crews strike on the Ostry crossing over pay',
    'Union leader Maren Oduya said crews wanted a 9 percent raise, and passengers queued at Kallin pier.',
    'Oduya told reporters at Kallin pier that the walkout over the 9 percent raise would go on.',
  ],
  2024: [
    'Ostry ferry crews walk out again, this time over night shifts',
    'This time the dispute is over night shifts; organiser Tomas Ferrie said crews at Sennet quay would not sail after dark.',
    'Ferrie said the night-shift walkout at Sennet quay would end only with a new rota.',
  ],
};
const strike = (year: number, day: number, variant = 0) => ({
  title: STRIKES[year]?.[0] ?? '',
  publishedAt: `${year}-05-${String(day).padStart(2, '0')}`,
  text: `Ferry crews on the Ostry crossing walked out on Monday, stranding passengers. ${STRIKES[year]?.[variant + 1] ?? ''}\n\nThe operator Brightwater Lines said it would run a reduced timetable.`,
});

describe('articleFeatures', () => {
  test('names are runs of proper nouns plus their words; lead terms include the headline', () => {
    const [doc] = segmented([
      {
        title: 'Mayor Ilse Varga opens Dorrin bridge',
        text: 'Ilse Varga opened the bridge at Dorrin on Friday.',
      },
    ]);
    const f = articleFeatures(doc as SegmentedArticle);
    assert.ok(
      f.names.has('ilse varga') && f.names.has('varga') && f.names.has('dorrin'),
      String([...f.names.keys()]),
    );
    assert.ok(f.lead.has('bridg') && f.lead.has('open'), String([...f.lead.keys()]));
    // the shared stemmer meets "opens" (the headline, counted twice) and "opened" in one key
    assert.equal(f.lead.get('open'), 3);
    assert.equal(exported, articleFeatures);
  });

  const headlines: [string, string, boolean][] = [
    ['a headline in sentence case gives its names', 'A storm shuts Pellham harbour for a week', true],
    [
      'a headline in Title Case gives none (its capitals are no names)',
      'A Storm Shuts Pellham Harbour For A Week',
      false,
    ],
  ];
  for (const [name, title, found] of headlines)
    test(name, () => {
      const [doc] = segmented([{ title, text: 'The coast guard moved the fishing boats inland on Sunday.' }]);
      const f = articleFeatures(doc as SegmentedArticle);
      assert.equal(f.names.has('pellham'), found, String([...f.names.keys()]));
      assert.ok(!f.names.has('storm'), String([...f.names.keys()]));
    });

  const dated: [string, Record<string, string>, string | null, string | null][] = [
    [
      'a given publication date wins',
      { publishedAt: '2024-02-03', text: 'On March 9, 2021 the mill shut.' },
      '2024-02-03',
      'published',
    ],
    [
      'else the first full date of the opening',
      { text: 'KALLIN, March 9, 2021 — The mill shut on Tuesday.' },
      '2021-03-09',
      null,
    ],
    [
      'a date without a year does not date it',
      { text: 'The mill shut on March 9 after a fire.' },
      null,
      null,
    ],
  ];
  for (const [name, record, iso, kind] of dated)
    test(name, () => {
      const f = articleFeatures(segmented([record])[0] as SegmentedArticle);
      const day = f.day === null ? null : new Date(f.day * 86_400_000).toISOString().slice(0, 10);
      assert.equal(day, iso);
      if (kind) assert.equal(f.dateSource?.kind, kind);
      else if (iso) assert.ok(f.dateSource !== null);
    });
});

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

describe('createGrouper: when stories are settled, a clear winner joins below the threshold', () => {
  // features written directly: the common words are in too many articles to find candidates
  const common = ['said', 'year', 'people', 'town', 'week', 'official'];
  const features = (id: string, words: readonly string[]): ArticleFeatures => ({
    id,
    day: null,
    dateSource: null,
    labels: new Map(),
    names: new Map(),
    lead: new Map(words.map((w) => [w, 1])),
    body: new Map(words.map((w) => [w, 1])),
  });
  const corpus = [
    features('a1', ['ferry', 'strike', 'pier', 'crew', 'wage']),
    features('a2', ['ferry', 'strike', 'pier', 'crew', 'timetable']),
    features('b1', ['orchard', 'harvest', 'apple', 'frost', 'grower']),
    features('b2', ['orchard', 'harvest', 'apple', 'frost', 'price']),
    ...[1, 2, 3, 4, 5, 6, 7].map((i) => features(`c${i}`, [...common, `topic${i}`, `other${i}`])),
  ];
  const place = (words: readonly string[]) => {
    const grouper = createGrouper();
    const probe = features('x', [...words, ...common]);
    for (const f of [...corpus, probe]) grouper.observe(f);
    for (const f of corpus) grouper.place(f);
    const storyOf = (story: number) =>
      grouper
        .entries()
        .filter((e) => e.placement.story === story)
        .map((e) => e.id);
    const arrival = storyOf(grouper.place(probe).story);
    grouper.refine();
    const entry = grouper.entries().find((e) => e.id === 'x');
    return {
      arrival,
      settled: storyOf(entry?.placement.story ?? -1),
      score: entry?.placement.parts?.score ?? null,
    };
  };
  test('one story shares a rare word and no other comes close: it joins once stories are settled', () => {
    const placed = place(['ferry']);
    assert.deepEqual(placed.arrival, ['x']);
    assert.deepEqual(placed.settled, ['a1', 'a2', 'x']);
    assert.ok(
      placed.score !== null && placed.score < SAME_STORY_THRESHOLD && placed.score > CLEAR_WINNER_FLOOR,
    );
  });
  test('two stories share one rare word each: neither is a clear winner', () => {
    assert.deepEqual(place(['ferry', 'orchard']).settled, ['x']);
  });
});

describe('mergeStories: a story merges when its centroid and its articles on average score above the threshold', () => {
  // headline-only articles on a ferry strike: the story, and two later groups placed as stories of their own
  const feat = (id: string, lead: readonly string[]): ArticleFeatures => ({
    id,
    day: null,
    dateSource: null,
    names: new Map(),
    lead: new Map(lead.map((t) => [t, 1])),
    body: new Map(),
    labels: new Map(),
  });
  const story = [
    ['strike', 'ferry', 'oduya'],
    ['strike', 'ferry', 'kallin'],
    ['strike', 'ferry', 'raise'],
  ];
  const storiesAfterMerge = (other: readonly (readonly string[])[]) => {
    const grouper = createGrouper();
    const own = story.map((lead, i) => feat(`s${i}`, lead));
    const others = other.map((lead, i) => feat(`o${i}`, lead));
    for (const f of [...own, ...others]) grouper.observe(f);
    // every word seen twice at least, so that each weighs in
    grouper.observe(feat('seen', [...new Set([...story, ...other].flat())]));
    for (const f of own) grouper.restore(f, 0);
    for (const f of others) grouper.restore(f, 1);
    grouper.mergeStories(MERGE_THRESHOLD);
    return new Set(grouper.entries().map((e) => e.placement.story)).size;
  };
  test('a follow-up, each article sharing the details of the story: one story', () =>
    assert.equal(
      storiesAfterMerge([
        ['strike', 'ferry', 'oduya', 'kallin'],
        ['strike', 'ferry', 'kallin', 'raise'],
      ]),
      1,
    ));
  // its centroid holds every detail of the story (above the threshold); no article of it does
  test('a look-alike strike, each article sharing one detail and adding its own: two stories', () =>
    assert.equal(
      storiesAfterMerge(
        ['oduya', 'kallin', 'raise'].map((detail) => [
          'strike',
          'ferry',
          detail,
          'ferrie',
          'sennet',
          'night',
          'dark',
          'rota',
        ]),
      ),
      2,
    ));
});

describe("scoreAgainst: far from the story's anchor day, the score is multiplied by FAR_IN_TIME_FACTOR per window", () => {
  // one-key unit vectors: a lead term, a name, a body term (ids 0, 1, 2 and 3 for another name)
  const unit = (id: number): Packed => ({ ids: Int32Array.of(id), weights: Float32Array.of(1) });
  const article = (name: number, day: number | null): ArticleVectors => ({
    lead: unit(0),
    names: unit(name),
    body: unit(2),
    day,
  });
  const story = emptyProfile();
  updateProfile(story, article(1, 100), 1);
  const cases: [string, ArticleVectors, number][] = [
    ['near in time, the same names: the full score', article(1, 130), 1],
    ['near in time, other names: lead and body only', article(3, 130), 0.75],
    ['undated: no time factor', article(3, null), 0.75],
    // sharing the people is no exception: next year's budget vote has the same ministers
    ['a year later, the same names', article(1, 465), FAR_IN_TIME_FACTOR ** (365 / TIME_WINDOW_DAYS)],
    ['a year later, other names', article(3, 465), 0.75 * FAR_IN_TIME_FACTOR ** (365 / TIME_WINDOW_DAYS)],
    ['just past the window', article(1, 100 + TIME_WINDOW_DAYS + 1), FAR_IN_TIME_FACTOR ** (61 / 60)],
  ];
  for (const [name, a, expected] of cases)
    test(name, () => assert.ok(Math.abs(scoreAgainst(a, story).score - expected) < 1e-6));

  test("the anchor is the day a quarter of the story's dated articles precede, not its latest", () => {
    const long = emptyProfile();
    for (const day of [100, 110, 150, 200, 400]) updateProfile(long, article(1, day), 1);
    assert.equal(anchorDay(long.days), 110);
    assert.equal(scoreAgainst(article(1, 430), long).gapDays, 320);
    assert.equal(anchorDay([]), null);
  });

  test('a signal the whole story lacks is left out, not counted as a mismatch', () => {
    // a story of one headline-only article (no names, no body) against an article with all three
    const bare = emptyProfile();
    const none: Packed = { ids: new Int32Array(), weights: new Float32Array() };
    updateProfile(bare, { lead: unit(0), names: none, body: none, day: null }, 1);
    assert.ok(Math.abs(scoreAgainst(article(1, null), bare).score - 1) < 1e-6);
  });
});

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
    assert.ok(f1 >= 0.84, `NeuS B-cubed F1 ${f1.toFixed(3)} under the 0.84 floor`);
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
