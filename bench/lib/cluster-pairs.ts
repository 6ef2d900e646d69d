// `eval:cluster --dev --pairs`: the error analysis of the grouping as a printout. For every two final
// stories of a development half that come near each other (same gold topic on ECB+; any two on NeuS,
// whose topics are its stories), whether they are pieces of one gold event (a split) or two events
// (look-alikes kept apart), with the signals a rule could part them by. A new signal is worth trying
// only when its ranges for the two kinds do not overlap as these do.
import type { Entry, Grouper } from '../../src/stages/cluster/grouper.ts';
import {
  type ArticleVectors,
  anchorDay,
  emptyProfile,
  type StoryProfile,
  scoreAgainst,
  storyMatch,
  updateProfile,
} from '../../src/stages/cluster/score.ts';
import { dot, type Packed } from '../../src/stages/cluster/vectors.ts';
import type { ClusterSet } from './cluster-data.ts';

/** The signals between two final stories, as `pairSignals` reads them. */
export interface PairSignals {
  /** Pieces of one gold event (by each story's most common gold label), or two events. */
  readonly same: boolean;
  readonly sizes: string;
  /** The smaller story's centroid scored against the other (the merge's first test) and its parts. */
  readonly centroid: number;
  readonly lead: number;
  readonly names: number;
  readonly body: number;
  /** The merge's second test (`storyMatch`), and the mean article-to-article score across the two. */
  readonly match: number;
  readonly cross: number;
  /** The best single pair of articles by lead cosine and by names cosine. */
  readonly bestLead: number;
  readonly bestNames: number;
  /** Means over the smaller story's articles against the other's particulars. */
  readonly triggers: number;
  readonly whenConflict: number;
  readonly gapDays: number | null;
  readonly gold: string;
}

/** A story profile of the given articles' vectors. */
export const profileOf = (vectors: readonly ArticleVectors[]): StoryProfile => {
  const profile = emptyProfile();
  for (const v of vectors) updateProfile(profile, v, 1);
  return profile;
};
const cosine = (a: Packed, b: Packed) =>
  dot(a, new Map(Array.from(b.ids, (id, i) => [id, b.weights[i] as number])));
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

// The signals of `own` (the smaller story) against `other`.
function signals(
  own: readonly Entry[],
  other: readonly Entry[],
  profile: StoryProfile,
  ownProfile: StoryProfile,
) {
  const self: ArticleVectors = {
    lead: ownProfile.lead.unit(),
    names: ownProfile.names.unit(),
    body: ownProfile.body.unit(),
    day: anchorDay(ownProfile.days),
  };
  const parts = scoreAgainst(self, profile);
  const singles = other.map((e) => profileOf([e.vectors]));
  const cross = own.flatMap((e) => singles.map((p) => scoreAgainst(e.vectors, p).score));
  const pairs = own.flatMap((a) => other.map((b) => [a.vectors, b.vectors] as const));
  const read = own.flatMap((e) => (e.particulars ? [e.particulars] : []));
  return {
    centroid: parts.score,
    lead: parts.lead,
    names: parts.names,
    body: parts.body,
    gapDays: parts.gapDays,
    match: storyMatch(
      own.map((e) => e.vectors),
      profile,
      other.map((e) => e.vectors),
    ),
    cross: mean(cross),
    bestLead: Math.max(0, ...pairs.map(([a, b]) => cosine(a.lead, b.lead))),
    bestNames: Math.max(0, ...pairs.map(([a, b]) => cosine(a.names, b.names))),
    triggers: mean(read.map((p) => profile.particulars.triggerCosine(p))),
    whenConflict: mean(read.map((p) => profile.particulars.whenConflict(p))),
  };
}

/**
 * The signals between every two final stories of a grouper's articles that lie near each other: the
 * same gold topic (where the set has topics apart from events) and a centroid score of at least
 * `floor`, most alike first.
 */
export function pairSignals(grouper: Grouper, set: ClusterSet, floor = 0.25): PairSignals[] {
  const byStory = new Map<number, Entry[]>();
  for (const e of grouper.entries())
    byStory.set(e.placement.story, [...(byStory.get(e.placement.story) ?? []), e]);
  const stories = [...byStory.values()].map((entries) => {
    const counts = new Map<string, number>();
    for (const e of entries)
      counts.set(set.event.get(e.id) ?? '', (counts.get(set.event.get(e.id) ?? '') ?? 0) + 1);
    const gold = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
    return {
      entries,
      gold,
      topic: set.topic.get(entries[0]?.id ?? ''),
      profile: profileOf(entries.map((e) => e.vectors)),
    };
  });
  // a set whose topics are its events (NeuS) has no topic to keep pairs in: any two may be look-alikes
  const topical = [...set.topic].some(([id, topic]) => topic !== set.event.get(id));
  const rows: PairSignals[] = [];
  stories.forEach((a, i) => {
    for (const b of stories.slice(i + 1)) {
      if (topical && a.topic !== b.topic) continue;
      const [own, other] = a.entries.length <= b.entries.length ? [a, b] : [b, a];
      const s = signals(own.entries, other.entries, other.profile, own.profile);
      if (s.centroid < floor) continue;
      const same = a.gold === b.gold;
      rows.push({
        same,
        sizes: `${own.entries.length}+${other.entries.length}`,
        ...s,
        gold: same ? a.gold : `${own.gold} / ${other.gold}`,
      });
    }
  });
  return rows.sort((x, y) => y.centroid - x.centroid);
}

const SIGNALS = [
  'centroid',
  'lead',
  'names',
  'body',
  'match',
  'cross',
  'bestLead',
  'bestNames',
  'triggers',
  'whenConflict',
] as const;

/** The pairs as lines, then each signal's range for splits and for look-alikes. */
export function formatPairs(rows: readonly PairSignals[]): string {
  const f = (x: number) => x.toFixed(2);
  const lines = rows.map(
    (r) =>
      `  ${r.same ? 'split     ' : 'look-alike'} ${r.sizes.padEnd(6)} ${SIGNALS.map((k) => `${k} ${f(r[k])}`).join('  ')}  gap ${r.gapDays ?? '-'}  ${r.gold}`,
  );
  const range = (same: boolean, k: (typeof SIGNALS)[number]) => {
    const xs = rows.filter((r) => r.same === same).map((r) => r[k]);
    return xs.length ? `${f(Math.min(...xs))}–${f(Math.max(...xs))}` : '-';
  };
  const splits = rows.filter((r) => r.same).length;
  lines.push(`  ranges, ${splits} splits / ${rows.length - splits} look-alikes:`);
  for (const k of SIGNALS)
    lines.push(`    ${k.padEnd(13)} ${range(true, k).padEnd(10)} / ${range(false, k)}`);
  return `${lines.join('\n')}\n`;
}
