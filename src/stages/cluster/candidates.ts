import type { Entry } from './grouper-types.ts';
import { CANDIDATE_KEYS, MAX_CANDIDATES, MAX_POSTINGS, RARE_MIN_DF, RARE_SHARE } from './patterns.ts';
import type { Vocabulary } from './vectors.ts';

/**
 * The article's rarest name, body and lead key ids that other articles share (document frequency at
 * most `RARE_SHARE` of the articles observed, at least `RARE_MIN_DF`), at most `CANDIDATE_KEYS`, rarest
 * first: the keys that look up its candidate stories.
 */
export function rareKeys(counts: Entry['counts'], vocabulary: Vocabulary): Int32Array {
  const limit = Math.max(RARE_MIN_DF, RARE_SHARE * vocabulary.size);
  const keys: [number, number][] = [];
  const seen = new Set<number>();
  // the lead's terms too: a headline-only article (no body) is found by its headline
  for (const ids of [counts.names.ids, counts.body.ids, counts.lead.ids])
    for (const id of ids) {
      const df = vocabulary.df(id);
      if (df > 1 && df <= limit && !seen.has(id)) {
        seen.add(id);
        keys.push([id, df]);
      }
    }
  keys.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  return Int32Array.from(keys.slice(0, CANDIDATE_KEYS), ([id]) => id);
}

/**
 * The inverted index of candidate stories: key id → the stories that hold it, most recently joined
 * last, at most `MAX_POSTINGS` of them (fed in date order, those nearest in time), so looking up an
 * article's candidates costs its keys, not the corpus.
 */
export class CandidateIndex {
  readonly #postings = new Map<number, number[]>();

  /** Record that `story` holds `key` (moved to the end of the key's list when already there). */
  post(key: number, story: number): void {
    const list = this.#postings.get(key);
    if (!list) {
      this.#postings.set(key, [story]);
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
    for (const id of ids) if (!this.#postings.has(id)) this.#postings.set(id, [story]);
  }

  /**
   * The stories holding most of `keys` (each list of keys counted; `alive` ones only, never `exclude`,
   * `home` always first in rank), at most `MAX_CANDIDATES`, by ascending story key.
   */
  candidates(
    keys: readonly Int32Array[],
    alive: (story: number) => boolean,
    home?: number,
    exclude?: number,
  ): number[] {
    const hits = new Map<number, number>();
    if (home !== undefined && alive(home)) hits.set(home, Number.POSITIVE_INFINITY);
    for (const list of keys)
      for (const key of list)
        for (const story of this.#postings.get(key) ?? [])
          if (story !== exclude && alive(story)) hits.set(story, (hits.get(story) ?? 0) + 1);
    return [...hits]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, MAX_CANDIDATES)
      .map(([story]) => story)
      .sort((a, b) => a - b);
  }
}
