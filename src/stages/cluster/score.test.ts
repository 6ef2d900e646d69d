import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FAR_IN_TIME_FACTOR, LEAD_ALONE, TIME_WINDOW_DAYS } from './patterns.ts';
import {
  type ArticleVectors,
  anchorDay,
  DEFAULT_TUNING,
  emptyProfile,
  scoreAgainst,
  storyMatch,
  updateProfile,
} from './score.ts';
import type { Packed } from './vectors.ts';

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
  // other names: lead and body only (0.75), or the lead alone discounted (LEAD_ALONE) when more
  const other = Math.max(0.75, LEAD_ALONE);
  const cases: [string, ArticleVectors, number][] = [
    ['near in time, the same names: the full score', article(1, 130), 1],
    ['near in time, other names: lead and body only, or the lead alone', article(3, 130), other],
    ['undated: no time factor', article(3, null), other],
    // sharing the people is no exception: next year's budget vote has the same ministers
    ['a year later, the same names', article(1, 465), FAR_IN_TIME_FACTOR ** (365 / TIME_WINDOW_DAYS)],
    ['a year later, other names', article(3, 465), other * FAR_IN_TIME_FACTOR ** (365 / TIME_WINDOW_DAYS)],
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

  test("a date the headlines and leads name counts as their time when it is nearer the other's", () => {
    const naming = (day: number, times: [number, number][]): ArticleVectors => ({
      ...article(1, day),
      particulars: { triggers: [], when: [], times },
    });
    // a follow-up a year on that names its event's month (days 90-119) is as near as the event
    const followUp = naming(465, [[90, 119]]);
    assert.equal(scoreAgainst(followUp, story).gapDays, 0);
    assert.equal(scoreAgainst(followUp, story).gapNamed, true);
    assert.equal(scoreAgainst(article(1, 465), story).gapNamed, false);
    assert.ok(Math.abs(scoreAgainst(followUp, story).score - 1) < 1e-6);
    // a look-alike that names its own time stays a year off (never further than its own day)
    assert.equal(scoreAgainst(naming(465, [[440, 470]]), story).gapDays, 340);
    assert.equal(scoreAgainst(naming(465, [[800, 830]]), story).gapDays, 365);
    // the other way: a story of the follow-up names the time of an article on the event
    const later = emptyProfile();
    updateProfile(later, followUp, 1);
    assert.equal(scoreAgainst(article(1, 100), later).gapDays, 0);
    updateProfile(later, followUp, -1);
    assert.equal(later.times.size, 0);
  });

  test('a signal the whole story lacks is left out, not counted as a mismatch', () => {
    // a story of one headline-only article (no names, no body) against an article with all three
    const bare = emptyProfile();
    const none: Packed = { ids: new Int32Array(), weights: new Float32Array() };
    updateProfile(bare, { lead: unit(0), names: none, body: none, day: null }, 1);
    assert.ok(Math.abs(scoreAgainst(article(1, null), bare).score - 1) < 1e-6);
  });
});

describe('scoreAgainst: the lead alone, discounted, is a floor under the weighted sum', () => {
  // two-key leads: the story's lead holds keys 0 and 1; an article's names (5) and body (6) match none
  // of the story's (3 and 4), as a short excerpt naming no one of the story and telling other details
  const vector = (weights: Record<number, number>): Packed => {
    const ids = Object.keys(weights).map(Number);
    const norm = Math.hypot(...ids.map((id) => weights[id] as number));
    return {
      ids: Int32Array.from(ids),
      weights: Float32Array.from(ids, (id) => (weights[id] as number) / norm),
    };
  };
  const story = emptyProfile();
  updateProfile(
    story,
    { lead: vector({ 0: 1, 1: 1 }), names: vector({ 3: 1 }), body: vector({ 4: 1 }), day: null },
    1,
  );
  const excerpt = (lead: Record<number, number>): ArticleVectors => ({
    lead: vector(lead),
    names: vector({ 5: 1 }),
    body: vector({ 6: 1 }),
    day: null,
  });
  const without = { ...DEFAULT_TUNING, leadAlone: 0 };
  test('the same lead: LEAD_ALONE of it, where the weighted sum gives half', () => {
    assert.ok(Math.abs(scoreAgainst(excerpt({ 0: 1, 1: 1 }), story).score - LEAD_ALONE) < 1e-6);
    assert.ok(Math.abs(scoreAgainst(excerpt({ 0: 1, 1: 1 }), story, without).score - 0.5) < 1e-6);
  });
  test('half the lead shared: the floor scales with the lead cosine', () => {
    const half = scoreAgainst(excerpt({ 0: 1, 2: 1 }), story);
    assert.ok(Math.abs(half.lead - 0.5) < 1e-6);
    assert.ok(Math.abs(half.score - LEAD_ALONE * 0.5) < 1e-6);
  });
  test('when names and body match too, the weighted sum is above the floor and is the score', () => {
    const same: ArticleVectors = {
      lead: vector({ 0: 1, 1: 1 }),
      names: vector({ 3: 1 }),
      body: vector({ 4: 1 }),
      day: null,
    };
    assert.ok(Math.abs(scoreAgainst(same, story).score - 1) < 1e-6);
  });
});

describe('storyMatch: each article against the other story and against its best-matching article there', () => {
  // lead-only articles (no names, no body): a lead of one key id scores 1 against the same key, 0 else
  const none: Packed = { ids: new Int32Array(), weights: new Float32Array() };
  const lead = (id: number): ArticleVectors => ({
    lead: { ids: Int32Array.of(id), weights: Float32Array.of(1) },
    names: none,
    body: none,
    day: null,
  });
  const third = 1 / Math.sqrt(3);
  const cases: [string, number[], number[], number][] = [
    ['one story', [1], [1, 1], 1],
    // against the other story's three-key centroid each scores 1/sqrt(3); its twin there scores 1
    ['every article has its twin in the other story', [1, 2], [2, 1, 3], (1 + third) / 2],
    ['one of two has a twin', [1, 4], [1, 2, 3], (1 + third) / 4],
    ['no twin at all', [5], [1, 2], 0],
    ['an empty story', [], [1], 0],
  ];
  for (const [name, own, theirs, expected] of cases)
    test(name, () => {
      const target = emptyProfile();
      for (const id of theirs) updateProfile(target, lead(id), 1);
      const got = storyMatch(own.map(lead), target, theirs.map(lead));
      assert.ok(Math.abs(got - expected) < 1e-6, `${got} for ${expected}`);
    });
});
