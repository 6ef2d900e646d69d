import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzedTitles } from '../../store/ingest/test-grouping.ts';
import { FLOOD_WEEK } from './test-flood.ts';
import { DEPOT_FIRE, GROUND_SALE, OLLER_FLOOD } from './test-sale.ts';

// Invented (newuser17's finding 6, session 38): two short items of one weekend that share only a
// town's name, each inside another name ("Harrowgate Rovers", "Harrowgate High Street"), and a word of
// two other names ("Marsh League", "Marsh Food Guild"). Alone, a run of two, they stand apart (the
// small run's rule, setting.ts); beside a few other stories the town's name is rare enough that its
// cosines joined them: a two-outlet story of a football score and a bakery's prize. Not fixed yet
// (todo beside other stories): asking every run, as the small run asks, for a shared key of an event
// beyond its setting parts them, but costs NeuS's dev folds 0.003-0.006 (excerpts of one story often
// share only a person's name in their first lines); with one shared name let count as such a key (so
// that those excerpts still join) it no longer parts them, though a word only inside other names is
// not counted: the bakery names "Harrowgate" whole and the match's story holds it, as a word of
// "Harrowgate Rovers", which a story's names vector cannot tell apart (session 40, group40).
const MATCH = {
  title: 'Pellbridge Wanderers beat Harrowgate Rovers 3-1',
  publishedAt: '2026-11-07',
  text: 'Pellbridge Wanderers beat Harrowgate Rovers 3-1 at Kiln Park on Saturday afternoon. Striker Tomas Ebbe scored twice after Rovers had taken an early lead. The win lifts the Wanderers to third in the Marsh League.',
};
const BAKERY = {
  title: 'Harrowgate bakery named best in the county',
  publishedAt: '2026-11-08',
  text: 'Crumb and Crust, a bakery on Harrowgate High Street, has been named the best in the county by the Marsh Food Guild. Owner Ida Brannock said the award belonged to her staff.',
};
const TOWN = [...OLLER_FLOOD, ...GROUND_SALE, ...DEPOT_FIRE];

const storyOf = (stories: string[][], title: string) => stories.find((s) => s.includes(title));

for (const [name, others] of [
  ['alone', []],
  ["beside one town's three stories", TOWN],
  ['beside a week of floods and strikes too', [...FLOOD_WEEK, ...TOWN]],
] as const)
  test(
    `two short items sharing only a town's name and a word of other names stay apart, ${name}`,
    others.length ? { todo: "newuser17 #6: a town's name inside other names joins short items" } : {},
    () => {
      const stories = analyzedTitles([...others, MATCH, BAKERY] as Record<string, string>[]);
      assert.deepEqual(storyOf(stories, MATCH.title), [MATCH.title]);
      assert.deepEqual(storyOf(stories, BAKERY.title), [BAKERY.title]);
      // and the other stories stay as they were
      if (others.length) assert.ok(storyOf(stories, OLLER_FLOOD[0]?.title as string)?.length === 3);
    },
  );
