// Why an article is in its story (`Grouper.explain`): its score against the rest of the story and
// what they share, and the other story it comes nearest to, with what kept it out (a site of another
// name, named days that disagree, a gap in time).
import type { CandidateIndex } from './candidates.ts';
import type { Vocabulary } from './counts.ts';
import type { Entry, Explanation } from './grouper-types.ts';
import { EXPLAIN_TERMS } from './label-patterns.ts';
import type { FollowUpJoin } from './merge-stories.ts';
import {
  type ScoreParts,
  type ScoreTuning,
  type StoryProfile,
  scoreAgainst,
  updateProfile,
} from './score.ts';
import type { SiteKind, StorySites } from './sites.ts';
import { sharedIds } from './vectors.ts';

/** The grouper's state an explanation reads (see `createGrouper`). */
export interface ExplainState {
  readonly stories: ReadonlyMap<number, StoryProfile>;
  readonly sizes: ReadonlyMap<number, number>;
  readonly index: CandidateIndex;
  readonly vocabulary: Vocabulary;
  readonly tuning: ScoreTuning;
  readonly followUps: ReadonlyMap<number, readonly FollowUpJoin[]>;
}

const KIND_NAMES: Record<SiteKind, string> = { b: 'building', s: 'street' };

/** Why `entry` is in its story, and the candidate story it scores best against besides its own. */
export function explainEntry(state: ExplainState, entry: Entry): Explanation {
  const { stories, sizes, vocabulary, tuning } = state;
  const { story } = entry.placement;
  const own = entry.particulars?.sites ?? [];
  const sites = own.map((s) => `${s.slice(2)} (${KIND_NAMES[s[0] as SiteKind]})`);
  const nearest = nearestOther(state, entry);
  // the join of its part of the story at the follow-up bar, when that let it in
  const join = state.followUps.get(story)?.find((j) => j.joined.includes(entry.id));
  const followUp = join ? { day: join.day, namedBy: join.namedBy } : null;
  if ((sizes.get(story) ?? 0) < 2)
    return { parts: null, names: [], lead: [], triggers: [], sites, nearest, followUp };
  const profile = stories.get(story) as StoryProfile;
  updateProfile(profile, entry.vectors, -1);
  const result = {
    parts: scoreAgainst(entry.vectors, profile, tuning),
    names: wholeNames(
      sharedIds(entry.vectors.names, profile.names.sum, Number.POSITIVE_INFINITY).map((id) => {
        const key = vocabulary.key(id).slice(2);
        return entry.labels.get(key) ?? key;
      }),
    ).slice(0, EXPLAIN_TERMS),
    lead: sharedIds(entry.vectors.lead, profile.lead.sum, EXPLAIN_TERMS).map((id) =>
      vocabulary.key(id).slice(2),
    ),
    triggers: entry.particulars ? profile.particulars.sharedTriggers(entry.particulars) : [],
    sites,
    nearest,
    followUp,
  };
  updateProfile(profile, entry.vectors, 1);
  return result;
}

// The candidate story other than its own that the article scores best against (as `put` finds
// candidates, its names not weighed by the candidates' rarity), with the words of that story's sites.
function nearestOther(state: ExplainState, entry: Entry): Explanation['nearest'] {
  const { stories, index, tuning } = state;
  const alive = (story: number) => stories.has(story);
  let best: { story: number; parts: ScoreParts } | null = null;
  for (const story of index.candidates([entry.keys], alive, undefined, entry.placement.story)) {
    const parts = scoreAgainst(entry.vectors, stories.get(story) as StoryProfile, tuning);
    if (!best || parts.score > best.parts.score) best = { story, parts };
  }
  if (!best) return null;
  const profile = stories.get(best.story) as StoryProfile;
  return { ...best, sites: siteWords(profile.sites, state.vocabulary) };
}

// A story's sites as words with their kind ("fenwick (building)").
function siteWords(sites: StorySites, vocabulary: Vocabulary): string[] {
  return (['b', 's'] as const).flatMap((kind) =>
    [...sites[kind].keys()].map((id) => `${vocabulary.key(id).slice(2)} (${KIND_NAMES[kind]})`),
  );
}

/**
 * "Port Selwick, Port, Selwick": the grouping reads each word of a longer name as a name too (features.ts),
 * but the list a reader sees names each name once: a word of a longer shared name is left out.
 */
export function wholeNames(labels: readonly string[]): string[] {
  const words = new Set(labels.flatMap((l) => (/\s/.test(l) ? l.toLowerCase().split(/\s+/) : [])));
  return labels.filter((l) => /\s/.test(l) || !words.has(l.toLowerCase()));
}
