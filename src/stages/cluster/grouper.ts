import { CandidateIndex, rareKeys } from './candidates.ts';
import { isClearWinner } from './clear-winner.ts';
import { packCounts, Vocabulary, weighted } from './counts.ts';
import { explainEntry } from './explain.ts';
import type { ArticleFeatures } from './features.ts';
import type { Entry, Grouper, GrouperOptions, Placement, ScoredCandidate } from './grouper-types.ts';
import { holdsEnough } from './held.ts';
import { type FollowUpJoin, mergeStories } from './merge-stories.ts';
import { OutletNames } from './outlet-names.ts';
import { RARE_MIN_DF, SAME_STORY_THRESHOLD } from './patterns.ts';
import { distinguishingNames } from './rarity.ts';
import {
  type ArticleVectors,
  DEFAULT_TUNING,
  emptyProfile,
  type ScoreParts,
  type StoryProfile,
  scoreAgainst,
  updateProfile,
} from './score.ts';
import { sharedEventKeys } from './setting.ts';
import { siteIds } from './sites.ts';
import { splitStories } from './split.ts';

export type * from './grouper-types.ts';

/**
 * Create an online grouper. Candidate stories come from an inverted index of the article's rarest
 * names and terms (document frequency at most `RARE_SHARE` of the articles, at least `RARE_MIN_DF`),
 * so an article costs its candidate set, not the corpus.
 * @example
 * const g = createGrouper(); for (const f of features) { g.observe(f); g.place(f); } g.refine();
 */
export function createGrouper(options: GrouperOptions = {}): Grouper {
  const threshold = options.threshold ?? SAME_STORY_THRESHOLD;
  const { tuning = DEFAULT_TUNING, trace } = options;
  const vocabulary = new Vocabulary();
  const stories = new Map<number, StoryProfile>();
  const sizes = new Map<number, number>();
  const index = new CandidateIndex();
  const alive = (story: number) => stories.has(story);
  const held: Entry[] = [];
  const followUps = new Map<number, FollowUpJoin[]>();
  const outletNames = new OutletNames();
  let nextStory = 0;

  // each signal's key ids, read when an article is observed (body, lead, names) and kept until it is placed
  const observed = new WeakMap<ArticleFeatures, Record<'names' | 'lead' | 'body', number[]>>();
  const idsOf = (features: ArticleFeatures) => ({
    body: vocabulary.ids(features.body.keys(), 't:'),
    lead: vocabulary.ids(features.lead.keys(), 't:'),
    names: vocabulary.ids(features.names.keys(), 'n:'),
  });
  const pairs = (counts: ReadonlyMap<string, number>, ids: readonly number[]) =>
    Array.from(counts.values(), (n, i) => [ids[i] as number, n] as const);

  const vectorsOf = (e: Pick<Entry, 'counts' | 'day' | 'particulars'>): ArticleVectors => {
    const [lead, names, body] = [
      weighted(e.counts, 'lead', vocabulary),
      weighted(e.counts, 'names', vocabulary, outletNames.scale),
      weighted(e.counts, 'body', vocabulary),
    ];
    const kept = { lead: lead.kept, names: names.kept, body: body.kept };
    const sites = e.particulars?.sites?.length ? siteIds(e.particulars.sites, vocabulary) : undefined;
    return { lead, names, body, day: e.day, particulars: e.particulars, kept, sites };
  };

  // The grouper's packed form of an article, not yet in any story.
  const entryOf = (features: ArticleFeatures): Entry => {
    // (an article not observed numbers its new keys names first, as it always has)
    const ids = observed.get(features) ?? {
      names: vocabulary.ids(features.names.keys(), 'n:'),
      lead: vocabulary.ids(features.lead.keys(), 't:'),
      body: vocabulary.ids(features.body.keys(), 't:'),
    };
    observed.delete(features);
    const counts = packCounts({
      names: pairs(features.names, ids.names),
      lead: pairs(features.lead, ids.lead),
      body: pairs(features.body, ids.body),
    });
    return {
      id: features.id,
      day: features.day,
      dateSource: features.dateSource,
      labels: features.labels,
      counts,
      particulars: features.particulars,
      ...(features.textHash ? { textHash: features.textHash } : {}),
      vectors: vectorsOf({ counts, day: features.day, particulars: features.particulars }),
      keys: rareKeys(counts, vocabulary),
      readAt: vocabulary.size,
      placement: { story: -1, parts: null, candidates: 0 },
    };
  };

  // in a small run, how many keys of an event beyond its setting an article shares with a story (the
  // article's side `own` articles, the story's its kept count)
  const eventKeysIn = (counts: Entry['counts'], story: StoryProfile, own = 1) =>
    vocabulary.size <= RARE_MIN_DF
      ? sharedEventKeys(counts, vocabulary, story, own + story.kept.n)
      : undefined;

  const put = (entry: Entry, bar = threshold, home?: number, known?: number, settling = false): Placement => {
    const { keys } = entry;
    // candidate stories by how many of the article's rare keys they hold; only the best are scored
    // (a restored article's story is known: no look-up)
    const candidates = known === undefined ? index.candidates([keys], alive, home) : [];
    let best: { story: number; parts: ScoreParts } | null = null;
    let runnerUp = 0;
    // names weighed by how few of the candidates hold them: one all hold tells none apart
    const profiles = candidates.map((story) => stories.get(story) as StoryProfile);
    const v = entry.vectors;
    const names = distinguishingNames(v.names, profiles);
    // (the same shape as vectorsOf's, so the score reads one kind of object)
    const vectors: ArticleVectors =
      names === v.names
        ? v
        : { lead: v.lead, names, body: v.body, day: v.day, particulars: v.particulars, sites: v.sites };
    const scored: ScoredCandidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const story = candidates[i] as number;
      const parts = scoreAgainst(vectors, profiles[i] as StoryProfile, tuning);
      if (trace)
        scored.push({ story, profile: profiles[i] as StoryProfile, size: sizes.get(story) ?? 0, parts });
      if (!best || parts.score > best.parts.score) {
        runnerUp = Math.max(runnerUp, best?.parts.score ?? 0);
        best = { story, parts };
      } else runnerUp = Math.max(runnerUp, parts.score);
    }
    trace?.(entry, scored);
    // when stories are settled, a clear winner joins below the bar too (not in a stricter pass): placed
    // on arrival, among the few stories of a young run, any story would be a clear winner; nor when the
    // days they name wholly disagree (the one word they share is a place's, not an event's)
    const clear = best !== null && settling && bar <= threshold && isClearWinner(best.parts, runnerUp);
    // and only when the two share enough of their whole weight (`heldShare`): a small run's cosines
    // see only the words its articles share, and weigh its setting (the town, the month) as its event
    const target = best && (stories.get(best.story) as StoryProfile);
    const joins =
      best !== null &&
      target !== null &&
      (best.parts.score > bar || clear) &&
      holdsEnough([entry.vectors], target, tuning, eventKeysIn(entry.counts, target));
    const story = known ?? (joins && best ? best.story : nextStory++);
    if (!stories.has(story)) stories.set(story, emptyProfile());
    updateProfile(stories.get(story) as StoryProfile, entry.vectors, 1);
    sizes.set(story, (sizes.get(story) ?? 0) + 1);
    for (const key of keys) index.post(key, story);
    // a key seen first here goes in too, so later articles find the story (once: no key is forgotten)
    if (entry.placement.story < 0) index.seed(entry.counts.ids, story);
    const below = joins && best !== null && !(best.parts.score > bar);
    entry.placement = {
      story,
      parts: joins && best ? best.parts : null,
      candidates: candidates.length,
      ...(below && known === undefined ? { clearWinner: true } : {}),
    };
    return entry.placement;
  };

  // Take a placed article out of its story (its key).
  const takeOut = (entry: Entry): number => {
    const { story } = entry.placement;
    updateProfile(stories.get(story) as StoryProfile, entry.vectors, -1);
    const left = (sizes.get(story) as number) - 1;
    sizes.set(story, left);
    if (left === 0) stories.delete(story);
    return story;
  };

  // Take a placed article out of its story and place it again among the settled stories; the size
  // of the story it is in after.
  const placeAgain = (entry: Entry, bar: number | undefined): number => {
    const story = takeOut(entry);
    // read again only when articles were observed since (online); a batch observes all first
    if (entry.readAt !== vocabulary.size) {
      entry.vectors = vectorsOf(entry);
      entry.keys = rareKeys(entry.counts, vocabulary);
      entry.readAt = vocabulary.size;
    }
    return sizes.get(put(entry, bar, story, undefined, true).story) as number;
  };

  return {
    observe(features) {
      const ids = idsOf(features);
      observed.set(features, ids);
      vocabulary.observe([...ids.body, ...ids.lead, ...ids.names]);
      outletNames.observe(ids.names, features.outlet);
    },
    place(features, bar) {
      const entry = entryOf(features);
      held.push(entry);
      return put(entry, bar);
    },
    restore(features, story) {
      const entry = entryOf(features);
      held.push(entry);
      nextStory = Math.max(nextStory, story + 1);
      return put(entry, threshold, undefined, story);
    },
    remember(story, days) {
      let profile = stories.get(story);
      if (!profile) {
        profile = emptyProfile();
        stories.set(story, profile);
        nextStory = Math.max(nextStory, story + 1);
      }
      for (const day of days) profile.days.push(day);
      profile.days.sort((a, b) => a - b);
    },
    refine(bar, only) {
      const joined: Entry[] = [];
      for (const entry of held)
        if ((!only || only.has(entry.id)) && placeAgain(entry, bar) > 1) joined.push(entry);
      // an article that joined another is placed again when that one left it alone later in the pass:
      // it chose the pair, not a story of its own (leaving its lone story strands no one else)
      for (const entry of joined) if (sizes.get(entry.placement.story) === 1) placeAgain(entry, bar);
    },
    followOriginals() {
      const first = new Map<string, Entry>();
      for (const entry of held) {
        if (entry.textHash === undefined) continue;
        const original = first.get(entry.textHash);
        if (!original) first.set(entry.textHash, entry);
        else if (original.placement.story !== entry.placement.story) {
          takeOut(entry);
          put(entry, threshold, undefined, original.placement.story);
        }
      }
    },
    splitStories(bar = threshold) {
      splitStories({ stories, sizes, index, held, tuning, newStory: () => nextStory++ }, bar);
    },
    mergeStories(bar = threshold) {
      mergeStories({ stories, sizes, index, held, tuning, eventKeysIn, followUps }, bar);
    },
    entries: () => held,
    key: (id) => vocabulary.key(id).slice(2),
    explain: (entry) => explainEntry({ stories, sizes, index, vocabulary, tuning, followUps }, entry),
  };
}
