import assert from 'node:assert/strict';
import { test } from 'node:test';
import { shuffled } from '../../../test/shuffled.ts';
import { createContext } from '../../model/index.ts';
import { FLOOD_WEEK } from '../../stages/cluster/test-flood.ts';
import { DEPOT_FIRE, GROUND_SALE, OLLER_FLOOD, TOWN_POLLS } from '../../stages/cluster/test-sale.ts';
import { openStore } from '../index.ts';
import { splitNote, splitParts } from '../story-moves.ts';
import { ingestInto } from './index.ts';
import { analyzedTitles, byTitle, polledTitles } from './test-grouping.ts';

const EXPECTED = byTitle([OLLER_FLOOD, GROUND_SALE, DEPOT_FIRE].map((s) => s.map((a) => a.title)));
const NOW = '2026-11-20T00:00:00Z';

// Invented (cluster/test-sale.ts): a first poll of three articles of three events of one town, then one
// article a poll. The first poll's three made one story (a run of three reads the town as their event)
// and each later article joined it, its mates already there; placing them again never parted them.
// When the ingest settles, the story's articles fall into three groups that score below the join bar
// against each other and share no trigger word and no day: the store parts them as `analyze` groups
// the pile.
test("a feed's polls of three events of one town: parted when the store settles, as analyze groups them", async () => {
  const pile = TOWN_POLLS.flat();
  assert.deepEqual(analyzedTitles(pile), EXPECTED);
  assert.deepEqual(await polledTitles(TOWN_POLLS, NOW), EXPECTED);
});

// The flood's clean-up two days on shares the flood's words and its Friday: one story in any order of
// the polls.
test("the flood's reports and its clean-up stay one story however the polls bring them", async () => {
  const polls = [
    [OLLER_FLOOD[2], GROUND_SALE[0]],
    [OLLER_FLOOD[0]],
    [GROUND_SALE[1], GROUND_SALE[2]],
    [OLLER_FLOOD[1]],
  ] as Record<string, string>[][];
  const stories = await polledTitles(polls, NOW);
  const flood = OLLER_FLOOD.map((a) => a.title).sort();
  assert.ok(
    stories.some((s) => flood.every((t) => s.includes(t))),
    JSON.stringify(stories),
  );
});

// The same polls: the story the settling parts keeps its id for its largest part, and each other part
// is recorded as split off it, so the id a reader kept tells where every article went.
test('a story parted when the store settles records each part split off it', async (t) => {
  const store = await openStore(':memory:');
  t.after(() => store.close());
  let n = 0;
  for (const poll of TOWN_POLLS) {
    const files = poll.map((r) => ({
      path: `f${n++}.json`,
      bytes: new TextEncoder().encode(JSON.stringify(r)),
    }));
    await ingestInto(store, files, {}, createContext({ now: new Date(NOW) }));
  }
  const events = await store.storyEvents({ limit: 100 });
  const splits = events.filter((e) => e.kind === 'split');
  assert.ok(splits.length >= 1, JSON.stringify(events));
  const stories = new Set((await store.stories()).map((s) => s.id));
  for (const split of splits) {
    const parts = await splitParts(store, split.otherId);
    const part = parts.find((p) => p.storyId === split.storyId);
    assert.ok(part?.liveId && stories.has(part.liveId), JSON.stringify(parts));
    if (part.liveId !== split.otherId)
      assert.match(
        splitNote(split.otherId, parts, (id) => id),
        new RegExp(
          `went to story ${part.storyId}${part.liveId === part.storyId ? '' : `[^;]*, now part of story ${part.liveId}`}`,
        ),
      );
  }
  // every article is in one of the stories the notes and the kept ids name
  assert.equal(
    (await store.stories()).reduce((sum, s) => sum + s.articleCount, 0),
    TOWN_POLLS.flat().length,
  );
});

// Invented (cluster/test-flood.ts): a flood told over three days, a look-alike flood in another town
// four days on that names the first, and two other stories, brought one article a poll in six seeded
// orders. Placed as they came, the look-alike's first report joined the flood's story and its second
// followed it, and re-placing them one by one never parted them (before the settle's re-pile, 3 of
// these 6 orders made one story of both floods; of 40 orders, 30); placed again with the stories they
// joined, as a pile, they part as `analyze` groups the week.
test('a look-alike flood polled one article at a time is parted from the flood, as analyze parts them', async () => {
  const expected = analyzedTitles(FLOOD_WEEK);
  for (let seed = 1; seed <= 6; seed++) {
    const order = shuffled(
      FLOOD_WEEK.map((_, i) => i),
      seed,
    );
    const polls = order.map((i) => [FLOOD_WEEK[i] as Record<string, string>]);
    assert.deepEqual(await polledTitles(polls, '2026-10-20T00:00:00Z'), expected, `seed ${seed}`);
  }
});
