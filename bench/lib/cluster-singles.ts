// `eval-cluster-folds --singles`: could a second pass put back the articles a grouping leaves alone?
// For each article alone in its story while other articles of its gold story are in the run, it ranks
// the best-scoring story holding one of them among all the run's other stories, by each signal of
// the score (`scoreAgainst`: the whole score, its lead, names and body cosines; names as the article
// holds them, where placing it weighs them by how few candidates hold them) and by `storyMatch` (the
// mean of the score against the story and against its best-matching article). A signal that ranks
// that story first for most of them could attach them; one that ranks it first for few would attach
// them to look-alikes.

import { type Entry, membersByStory } from '../../src/stages/cluster/grouper-types.ts';
import { type StoryProfile, scoreAgainst, storyMatch } from '../../src/stages/cluster/score.ts';
import { profileOf } from './cluster-pairs.ts';

/** The signals an article alone is ranked by. */
export const SINGLE_SIGNALS = ['score', 'lead', 'names', 'body', 'match'] as const;
export type SingleSignal = (typeof SINGLE_SIGNALS)[number];

/**
 * How many articles are alone with their gold story elsewhere, and per signal the rank of that story
 * for each (the best of the stories holding one of its articles; 1: no other story scores as high).
 */
export interface SingleRanks {
  readonly alone: number;
  readonly ranks: Record<SingleSignal, number[]>;
}

/** Rank, for every article alone whose gold story has articles elsewhere in `entries`, that story. */
export function singleRanks(entries: readonly Entry[], gold: ReadonlyMap<string, string>): SingleRanks {
  const members = membersByStory(entries);
  const profiles = new Map(
    [...members].map(([story, list]) => [story, profileOf(list.map((e) => e.vectors))]),
  );
  const ranks = Object.fromEntries(SINGLE_SIGNALS.map((s) => [s, [] as number[]])) as SingleRanks['ranks'];
  let alone = 0;
  for (const [story, list] of members) {
    if (list.length !== 1) continue;
    const single = list[0] as Entry;
    const homes = homesOf(single, story, members, gold);
    if (!homes.size) continue;
    alone++;
    const scored = [...members.keys()]
      .filter((other) => other !== story)
      .map((other) => ({
        other,
        values: signals(single, profiles.get(other) as StoryProfile, members, other),
      }));
    for (const signal of SINGLE_SIGNALS) {
      // (the best of its gold story's stories; a tie is no first place: 1 + the other stories
      // scoring at least as high)
      const own = Math.max(...scored.filter((s) => homes.has(s.other)).map((s) => s.values[signal]));
      ranks[signal].push(1 + scored.filter((s) => !homes.has(s.other) && s.values[signal] >= own).length);
    }
  }
  return { alone, ranks };
}

// The other stories holding an article of the article's gold story.
function homesOf(
  single: Entry,
  story: number,
  members: Map<number, Entry[]>,
  gold: ReadonlyMap<string, string>,
) {
  const event = gold.get(single.id);
  const homes = new Set<number>();
  for (const [other, list] of members)
    if (other !== story && list.some((e) => gold.get(e.id) === event)) homes.add(other);
  return homes;
}

function signals(single: Entry, profile: StoryProfile, members: Map<number, Entry[]>, other: number) {
  const parts = scoreAgainst(single.vectors, profile);
  const theirs = (members.get(other) ?? []).map((e) => e.vectors);
  return { ...parts, match: storyMatch([single.vectors], profile, theirs) } as Record<SingleSignal, number>;
}

/** One line: per signal, for how many articles alone it ranks the gold story first, in the top 3; median. */
export function formatSingles(name: string, { alone, ranks }: SingleRanks): string {
  const cells = SINGLE_SIGNALS.map((signal) => {
    const r = [...ranks[signal]].sort((a, b) => a - b);
    const median = r.length ? r[r.length >> 1] : '-';
    return `${signal} ${r.filter((x) => x === 1).length} / ${r.filter((x) => x <= 3).length} / ${median}`;
  });
  const head = `${name}: ${alone} alone with their gold story elsewhere`;
  return `  ${head}; that story ranked first / top 3 / median: ${cells.join(', ')}\n`;
}
