import type { Signal } from './counts.ts';
import { HELD_FLOOR, ONE_EVENT_KEY_FLOOR } from './patterns.ts';
import type { ArticleVectors, ScoreTuning, StoryProfile } from './score.ts';
import type { Centroid, Packed } from './vectors.ts';

/**
 * How much of an article's weight a story holds, and, when the story is one article, how much of that
 * article's the first holds (the smaller of the two): for each signal, the share (L2) of the signal's
 * weight, its keys no other document holds counted in, on keys the other side holds, averaged with
 * the score's weights over the signals the score reads. The score's cosines leave those keys
 * out (`weighted`), so in a run of two articles each vector is only the words the two share, and a
 * bridge closure and a festival in one town, month and year read as near-identical; this share stays
 * as small as their overlap. 1 when the article's kept shares are not known.
 */
export function heldShare(article: ArticleVectors, story: StoryProfile, tuning: ScoreTuning): number {
  const { kept } = article;
  if (!kept) return 1;
  const signals: Signal[] = ['lead'];
  if (article.names.ids.length > 0 && story.names.size > 0) signals.push('names');
  if (article.body.ids.length > 0 && story.body.size > 0) signals.push('body');
  const mean = (share: (signal: Signal) => number) => {
    let [sum, total] = [0, 0];
    for (const signal of signals) {
      sum += tuning.weights[signal] * share(signal);
      total += tuning.weights[signal];
    }
    return sum / total;
  };
  const own = mean((signal) => kept[signal] * shareHeld(article[signal], story[signal]));
  if (story.kept.n !== 1) return own;
  const theirs = mean((signal) => story.kept[signal] * shareOn(story[signal].unit(), article[signal]));
  return Math.min(own, theirs);
}

/**
 * Whether articles (one to join a story, or a story's to merge into it) share enough of their weight
 * with a story to be one story: their `heldShare`, on average, at least `HELD_FLOOR`. In a small run,
 * `eventKeys` tells how many keys of an event beyond its setting they share with it
 * (`sharedEventKeys`, the most any of them does): with none they are not one story, with one only
 * their shares must reach `ONE_EVENT_KEY_FLOOR`.
 */
export function holdsEnough(
  articles: readonly ArticleVectors[],
  story: StoryProfile,
  tuning: ScoreTuning,
  eventKeys?: number,
): boolean {
  if (eventKeys === 0) return false;
  let sum = 0;
  for (const article of articles) sum += heldShare(article, story, tuning);
  const floor = eventKeys === 1 ? ONE_EVENT_KEY_FLOOR : HELD_FLOOR;
  return sum >= floor * articles.length;
}

// The norm of the unit vector `v` on keys the centroid holds.
const shareHeld = (v: Packed, centroid: Centroid): number => Math.sqrt(centroid.heldSquares(v));

// The norm of the unit vector `v` on keys `other` holds (both ids ascending).
function shareOn(v: Packed, other: Packed): number {
  let [held, j] = [0, 0];
  for (let i = 0; i < v.ids.length; i++) {
    const id = v.ids[i] as number;
    while (j < other.ids.length && (other.ids[j] as number) < id) j++;
    if (other.ids[j] === id) held += (v.weights[i] as number) ** 2;
  }
  return Math.sqrt(held);
}
