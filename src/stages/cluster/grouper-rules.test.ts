import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ArticleFeatures } from './features.ts';
import { createGrouper } from './index.ts';
import { MERGE_THRESHOLD } from './merge-patterns.ts';
import { CLEAR_WINNER_FLOOR, SAME_STORY_THRESHOLD } from './patterns.ts';

// Invented features written directly: `words` are the article's lead and body, it names no one.
const features = (id: string, words: readonly string[]): ArticleFeatures => ({
  id,
  day: null,
  dateSource: null,
  labels: new Map(),
  names: new Map(),
  lead: new Map(words.map((w) => [w, 1])),
  body: new Map(words.map((w) => [w, 1])),
});

describe('createGrouper: when stories are settled, a clear winner joins below the threshold', () => {
  // the common words are in too many articles to find candidates
  const common = ['said', 'year', 'people', 'town', 'week', 'official'];
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

describe('createGrouper: a clear winner whose named days wholly disagree does not join below the bar', () => {
  // invented: a ferry strike on Monday; the probe shares two of its words but names Thursday
  const common = ['said', 'year', 'people', 'town', 'week', 'official'];
  const dated = (id: string, words: readonly string[], when: string[]): ArticleFeatures => ({
    ...features(id, words),
    particulars: { triggers: [], when },
  });
  const corpus = [
    dated('a1', ['ferry', 'strike', 'pier', 'crew', 'wage'], ['w:monday']),
    dated('a2', ['ferry', 'strike', 'pier', 'crew', 'timetable'], ['w:monday']),
    features('b1', ['orchard', 'harvest', 'apple', 'frost', 'grower']),
    features('b2', ['orchard', 'harvest', 'apple', 'frost', 'price']),
    ...[1, 2, 3, 4, 5, 6, 7].map((i) => features(`c${i}`, [...common, `topic${i}`, `other${i}`])),
  ];
  // a bar above the probe's score, so that only the clear-winner rule can join it
  const settled = (when: string[]) => {
    const grouper = createGrouper({ threshold: 0.5 });
    const probe = dated('x', ['ferry', 'strike', ...common], when);
    for (const f of [...corpus, probe]) grouper.observe(f);
    for (const f of corpus) grouper.place(f);
    grouper.place(probe);
    grouper.refine();
    const entry = grouper.entries().find((e) => e.id === 'x');
    const members = grouper
      .entries()
      .filter((e) => e.placement.story === entry?.placement.story)
      .map((e) => e.id);
    return { members, clearWinner: entry?.placement.clearWinner ?? false };
  };
  test('the same weekday: it joins as the clear winner, and its placement says so', () => {
    assert.deepEqual(settled(['w:monday']), { members: ['a1', 'a2', 'x'], clearWinner: true });
  });
  test('another weekday, wholly: it stays apart', () => {
    assert.deepEqual(settled(['w:thursday']), { members: ['x'], clearWinner: false });
  });
});

// A headline-only article: its lead's words, nothing else.
const feat = (id: string, lead: readonly string[]): ArticleFeatures => ({
  id,
  day: null,
  dateSource: null,
  names: new Map(),
  lead: new Map(lead.map((t) => [t, 1])),
  body: new Map(),
  labels: new Map(),
});

describe('mergeStories: a story merges when its centroid and its articles on average score above the threshold', () => {
  // headline-only articles on a ferry strike: the story, and two later groups placed as stories of their own
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
  // its centroid holds every detail of the story (0.56 against it, above the threshold); no article
  // of it matches the story or any one article of it that well: each tells five details of its own
  const own = [
    ['ferrie', 'sennet', 'night', 'dark', 'rota'],
    ['shift', 'quay', 'dusk', 'lamp', 'tide'],
    ['wharf', 'rope', 'sail', 'mast', 'keel'],
  ];
  test('a look-alike strike, each article sharing one detail and adding its own: two stories', () =>
    assert.equal(
      storiesAfterMerge(
        ['oduya', 'kallin', 'raise'].map((detail, i) => ['strike', 'ferry', detail, ...(own[i] ?? [])]),
      ),
      2,
    ));
});

describe('createGrouper: trace', () => {
  test('each placing reports the candidate stories scored, with the parts the article joined on', () => {
    const seen: { id: string; stories: number[]; sizes: number[]; scores: number[] }[] = [];
    const grouper = createGrouper({
      trace: (entry, scored) =>
        seen.push({
          id: entry.id,
          stories: scored.map((c) => c.story),
          sizes: scored.map((c) => c.size),
          scores: scored.map((c) => c.parts.score),
        }),
    });
    const corpus = [
      feat('a1', ['ferry', 'strike', 'pier']),
      feat('a2', ['ferry', 'strike', 'crew']),
      feat('b1', ['orchard', 'harvest', 'apple']),
      feat('b2', ['orchard', 'harvest', 'frost']),
    ];
    for (const f of corpus) grouper.observe(f);
    const placements = corpus.map((f) => grouper.place(f));
    assert.deepEqual(
      seen.map((s) => [s.id, s.stories, s.sizes]),
      [
        ['a1', [], []],
        ['a2', [0], [1]],
        ['b1', [], []],
        ['b2', [1], [1]],
      ],
    );
    assert.equal(seen[1]?.scores[0], placements[1]?.parts?.score);
    // re-placing: each article sees its own story too, without itself
    seen.length = 0;
    grouper.refine();
    assert.deepEqual(seen[0]?.stories, [0]);
    assert.deepEqual(seen[0]?.sizes, [1]);
  });
});

describe('createGrouper: refine places again an article left alone by the one it joined', () => {
  const strike = ['ferry', 'strike', 'pier', 'crew', 'wage'];
  test('its partner moves on to the larger story of its event later in the pass: it follows', () => {
    const grouper = createGrouper();
    // 'a' and 'b' start as a pair (both name the harbour); 'b' tells the strike in the story's words
    const corpus = [
      features('a', ['ferry', 'strike', 'harbour', 'gull']),
      features('b', [...strike, 'harbour']),
      ...['c1', 'c2', 'c3'].map((id) => features(id, strike)),
      ...[1, 2, 3, 4, 5, 6].map((i) => features(`o${i}`, ['orchard', 'harvest', 'town', `w${i}`])),
    ];
    for (const f of corpus) grouper.observe(f);
    for (const [i, f] of corpus.entries()) grouper.restore(f, f.id < 'c' ? 0 : f.id < 'o' ? 1 : 2 + i);
    grouper.refine();
    const storyOf = (id: string) => grouper.entries().find((e) => e.id === id)?.placement.story;
    // 'a' chose 'b' (its pair) first; 'b' then left for the strike's story, and 'a' is placed again
    assert.equal(storyOf('b'), storyOf('c1'));
    assert.equal(storyOf('a'), storyOf('c1'));
  });
});
