import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FAR_IN_TIME_FACTOR, TIME_WINDOW_DAYS } from './patterns.ts';
import { type ArticleVectors, anchorDay, emptyProfile, scoreAgainst, updateProfile } from './score.ts';
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
