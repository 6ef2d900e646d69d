import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFeatures } from './features.ts';
import { createGrouper } from './grouper.ts';
import { segmented } from './test-articles.ts';
import { FLOOD } from './test-flood.ts';
import { DEPOT_FIRE, GROUND_SALE, OLLER_FLOOD } from './test-sale.ts';

// Every article put back into one story (as a store restores a stored story), then the split step:
// the titles of each story after it, sorted.
function splitTitles(records: readonly Record<string, string>[]): string[][] {
  const docs = segmented(records);
  const title = new Map(docs.map((d) => [d.article.id, d.article.title ?? '']));
  const features = docs.map(articleFeatures);
  const grouper = createGrouper();
  for (const f of features) grouper.observe(f);
  for (const f of features) grouper.restore(f, 0);
  grouper.splitStories();
  const stories = new Map<number, string[]>();
  for (const e of grouper.entries())
    stories.set(e.placement.story, [...(stories.get(e.placement.story) ?? []), title.get(e.id) ?? '']);
  return [...stories.values()]
    .map((s) => s.sort())
    .sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}

const titles = (records: readonly { title: string }[]) => records.map((r) => r.title).sort();

// Invented (test-sale.ts): a flood, a depot fire and a ground sale of one town in one story, as a
// store's polls left them; no article of one scores at the join bar against an article of another,
// and they share no trigger word and no day.
test('a story of three events of one town is parted into the three', () => {
  assert.deepEqual(
    splitTitles([...OLLER_FLOOD, ...GROUND_SALE, ...DEPOT_FIRE]),
    [titles(GROUND_SALE), titles(OLLER_FLOOD), titles(DEPOT_FIRE)].sort((a, b) =>
      (a[0] as string).localeCompare(b[0] as string),
    ),
  );
});

// Invented (test-flood.ts): a flood, the minister's visit the next day and the return home and the
// aid two days on, told in other words: one event, its follow-ups naming its Monday.
test("one event's reports and follow-ups on other angles stay one story", () => {
  assert.deepEqual(splitTitles(FLOOD), [titles(FLOOD)]);
});

// A lone article that links to neither group goes with the article it scores best against; a story of
// fewer than four articles is not asked.
test('a story of three stays whole; a lone article goes with its nearest group', () => {
  assert.deepEqual(splitTitles([OLLER_FLOOD[0], GROUND_SALE[0], DEPOT_FIRE[0]] as Record<string, string>[]), [
    titles([OLLER_FLOOD[0], GROUND_SALE[0], DEPOT_FIRE[0]] as { title: string }[]),
  ]);
  const pile = [...OLLER_FLOOD.slice(0, 2), ...GROUND_SALE, DEPOT_FIRE[0]] as Record<string, string>[];
  const parted = splitTitles(pile);
  assert.equal(parted.length, 2);
  assert.deepEqual(parted.flat().sort(), titles(pile as { title: string }[]));
});
