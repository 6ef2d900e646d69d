import type { SignalCounts, Vocabulary } from './counts.ts';
import {
  CANDIDATE_KEYS,
  FEW_RARE_KEYS,
  MAX_CANDIDATES,
  MAX_POSTINGS,
  RARE_MIN_DF,
  RARE_SHARE,
} from './patterns.ts';

/**
 * The article's rarest name, body and lead key ids that other articles share (document frequency at
 * most `RARE_SHARE` of the articles observed, at least `RARE_MIN_DF`), at most `CANDIDATE_KEYS`, rarest
 * first: the keys that look up its candidate stories. An article with fewer than `FEW_RARE_KEYS` rare
 * keys takes its least common other names after them, up to `CANDIDATE_KEYS` in all: when one story is told by most articles of a run, none of
 * its names is rare, and without them its tellings would find no candidate at all. Names only: words
 * every article uses (said, people, week) would make every story a candidate of every other. Each key's
 * postings are capped at `MAX_POSTINGS`, so the look-up stays bounded.
 */
export function rareKeys(counts: SignalCounts, vocabulary: Vocabulary): Int32Array {
  const limit = Math.max(RARE_MIN_DF, RARE_SHARE * vocabulary.size);
  // each key as one number, df × KEY_SLOTS + id, so that a numeric sort orders by df, then id
  const rare = new Float64Array(counts.ids.length);
  const common = new Float64Array(counts.leadAt);
  let [nRare, nCommon] = [0, 0];
  // names, then the lead's terms and the body's (a headline-only article is found by its headline)
  for (let i = 0; i < counts.ids.length; i++) {
    const id = counts.ids[i] as number;
    const df = vocabulary.df(id);
    if (df <= 1) continue;
    if (df <= limit) rare[nRare++] = df * KEY_SLOTS + id;
    else if (i < counts.leadAt) common[nCommon++] = df * KEY_SLOTS + id;
  }
  const keys: number[] = [];
  // a term in both the lead and the body is one key: its two entries are equal, so side by side
  const take = (sorted: Float64Array) => {
    for (let k = 0; k < sorted.length && keys.length < CANDIDATE_KEYS; k++)
      if (k === 0 || sorted[k] !== sorted[k - 1]) keys.push((sorted[k] as number) % KEY_SLOTS);
  };
  take(rare.subarray(0, nRare).sort());
  // (names only: a name's id is never a term's, so the two lists share no key)
  if (keys.length < FEW_RARE_KEYS) take(common.subarray(0, nCommon).sort());
  return Int32Array.from(keys);
}

// Room for every key id (an Int32) below each document frequency, exact in a double up to 2^22 documents.
const KEY_SLOTS = 2 ** 31;

/**
 * The inverted index of candidate stories: key id → the stories that hold it, most recently joined
 * last, at most `MAX_POSTINGS` of them (fed in date order, those nearest in time), so looking up an
 * article's candidates costs its keys, not the corpus.
 */
export class CandidateIndex {
  // key id → its stories: an array, not a map, as key ids are small and dense (the vocabulary's)
  readonly #postings: (number[] | undefined)[] = [];

  /** Record that `story` holds `key` (moved to the end of the key's list when already there). */
  post(key: number, story: number): void {
    const list = this.#postings[key];
    if (!list) {
      this.#start(key, story);
      return;
    }
    const at = list.lastIndexOf(story);
    if (at === list.length - 1) return;
    if (at >= 0) list.splice(at, 1);
    list.push(story);
    if (list.length > MAX_POSTINGS) list.shift();
  }

  /** Point every key of `ids` not seen before at `story`, so that later articles sharing it find the story. */
  seed(ids: Int32Array, story: number): void {
    for (const id of ids) if (this.#postings[id] === undefined) this.#start(id, story);
  }

  // A key's first story (the array grown slot by slot up to it, so that it stays a packed array).
  #start(key: number, story: number): void {
    const postings = this.#postings;
    while (postings.length <= key) postings.push(undefined);
    postings[key] = [story];
  }

  /**
   * The stories holding most of `keys` (each list of keys counted; `alive` ones only, never `exclude`,
   * `home` always first in rank), at most `MAX_CANDIDATES`, by ascending story key. Ties in the count
   * go to the lower story key.
   */
  candidates(
    keys: readonly Int32Array[],
    alive: (story: number) => boolean,
    home?: number,
    exclude?: number,
  ): number[] {
    // hits per story key in a reused array (-1: not a candidate), the stories touched listed to reset it
    const touched = this.#touched;
    const postings = this.#postings;
    let counts: Int32Array = this.#hits;
    touched.length = 0;
    for (const list of keys)
      for (const key of list) {
        const stories = postings[key];
        if (stories === undefined) continue;
        for (let k = 0; k < stories.length; k++) {
          const story = stories[k] as number;
          if (story >= counts.length) counts = this.#grow(story);
          const hits = counts[story] as number;
          if (hits > 0) counts[story] = hits + 1;
          else if (hits === 0) {
            touched.push(story);
            counts[story] = story === exclude || story === home || !alive(story) ? -1 : 1;
          }
        }
      }
    // the best MAX_CANDIDATES, kept in rank order by insertion (most hits first, then lower key)
    const best: number[] = home !== undefined && alive(home) ? [home] : [];
    const bestHits: number[] = best.map(() => Number.POSITIVE_INFINITY);
    for (const story of touched) {
      const hits = counts[story] as number;
      counts[story] = 0;
      if (hits < 0) continue;
      let at = best.length;
      while (
        at > 0 &&
        (hits > (bestHits[at - 1] as number) ||
          (hits === bestHits[at - 1] && story < (best[at - 1] as number)))
      )
        at--;
      if (at >= MAX_CANDIDATES) continue;
      best.splice(at, 0, story);
      bestHits.splice(at, 0, hits);
      if (best.length > MAX_CANDIDATES) {
        best.pop();
        bestHits.pop();
      }
    }
    return best.sort((a, b) => a - b);
  }

  readonly #touched: number[] = [];
  #hits = new Int32Array(1024);

  #grow(story: number): Int32Array {
    const grown = new Int32Array(Math.max(story + 1, this.#hits.length * 2));
    grown.set(this.#hits);
    this.#hits = grown;
    return grown;
  }
}
