import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ArticleFeatures } from './features.ts';
import { consolidate, createGrouper, dateOrder } from './index.ts';
import { FIRST_PASS_THRESHOLD } from './patterns.ts';

describe('no chaining: look-alike stories a few weeks apart do not join into one that grows with the feed', () => {
  // twelve look-alike articles 45 days apart (the same names and words: a recurring event), among
  // unrelated ones that make their words rare enough to find candidates by
  const lookAlike = (k: number): ArticleFeatures => ({
    id: `a${k}`,
    day: 20_000 + 45 * k,
    dateSource: { kind: 'published', from: 'input' },
    names: new Map([
      ['ostry', 1],
      ['brightwater lines', 1],
    ]),
    lead: new Map([
      ['ferry', 2],
      ['strike', 2],
    ]),
    body: new Map([
      ['ferry', 3],
      ['crew', 2],
      ['timetable', 1],
    ]),
    labels: new Map(),
  });
  const filler = (i: number): ArticleFeatures => ({
    id: `f${i}`,
    day: 20_000 + i,
    dateSource: { kind: 'published', from: 'input' },
    names: new Map([[`name${i}`, 1]]),
    lead: new Map([[`lead${i}`, 1]]),
    body: new Map([[`body${i}`, 1]]),
    labels: new Map(),
  });
  const feed = [
    ...Array.from({ length: 12 }, (_, k) => lookAlike(k)),
    ...Array.from({ length: 300 }, (_, i) => filler(i)),
  ];
  const largest = (grouper: ReturnType<typeof createGrouper>) => {
    const sizes = new Map<number, number>();
    for (const e of grouper.entries())
      if (e.id.startsWith('a')) sizes.set(e.placement.story, (sizes.get(e.placement.story) ?? 0) + 1);
    return Math.max(...sizes.values());
  };

  // identical look-alikes score 1, so the time factor alone parts them: it falls under the threshold
  // 140 days from a story's anchor (under the clear-winner floor 180 days on, when stories are settled)
  test('placed online in date order, a story holds at most four of them (135 days)', () => {
    const grouper = createGrouper();
    for (const f of feed) grouper.observe(f);
    for (const f of dateOrder(feed)) grouper.place(f);
    assert.ok(largest(grouper) <= 4, `a story of ${largest(grouper)} look-alikes`);
    assert.ok(largest(grouper) >= 2, 'the next one, 45 days on, is within the window');
  });

  test('batch grouping too', () => {
    const grouper = createGrouper();
    for (const f of feed) grouper.observe(f);
    for (const f of dateOrder(feed)) grouper.place(f, FIRST_PASS_THRESHOLD);
    consolidate(grouper);
    assert.ok(largest(grouper) <= 5, `a story of ${largest(grouper)} look-alikes`);
  });

  test("remember: a restored story's older days keep its anchor at its start", () => {
    const restored = (remember: boolean) => {
      const grouper = createGrouper();
      for (const f of feed) grouper.observe(f);
      // the story held a0, a1 and a2 (days 0, 45, 90), now out of the window; a3 (day 135) is restored
      grouper.restore(lookAlike(3), 0);
      if (remember)
        grouper.remember(
          0,
          [0, 45, 90].map((d) => 20_000 + d),
        );
      return grouper.place(lookAlike(4)).story;
    };
    assert.equal(restored(false), 0, 'seen through the window alone, the story starts at day 135');
    assert.notEqual(restored(true), 0);
  });
});
