import type { Sentence } from '../../model/index.ts';
import type { DateMention } from '../../text/dates/mentions.ts';
import { CONTENT_POS_NO_ADVERBS } from '../../text/normalise.ts';

/** Content words of a sentence outside its date expressions (mention spans are relative to the sentence). */
export function sentenceWords(
  sentence: Sentence,
  mentions: readonly DateMention[],
  pos: ReadonlySet<string> = CONTENT_POS_NO_ADVERBS,
): Set<string> {
  const ranges = mentions.map((m) => [sentence.start + m.start, sentence.start + m.end] as const);
  return new Set(
    sentence.tokens
      .filter((t) => pos.has(t.pos) && !t.stop && !ranges.some(([s, e]) => t.start < e && t.end > s))
      .map((t) => t.norm),
  );
}

/** Parts of speech that name who or what takes part in an event. */
export const PARTICIPANT_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/** What two dated sentences tell happened, for `samePredicate`. */
export interface Told {
  readonly words: ReadonlySet<string>;
  /** The stem of the verb the date belongs to (see `predicateAt`). */
  readonly predicate?: string;
  /** Nouns and names of the sentence outside its date expressions. */
  readonly participants?: ReadonlySet<string>;
}

/**
 * Whether two dated sentences tell the same event by a shorter telling than `sameEvent` needs: the
 * same verb for what happened on the date ("reopened" / "The water board reopened the pool"), at least
 * one participant (a noun or name) in common, and their content words overlapping by `minOverlap`
 * (the shared verb counted once, however each article inflects it).
 */
export function samePredicate(a: Told, b: Told, minOverlap: number): boolean {
  if (!a.predicate || a.predicate !== b.predicate || !a.participants || !b.participants) return false;
  const nouns = overlap(a.participants, b.participants).shared;
  return nouns >= 1 && (nouns + 1) / Math.min(a.words.size, b.words.size) >= minOverlap;
}

/** Shared words of two sets and the overlap coefficient (shared / size of the smaller set). */
export function overlap(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
): { shared: number; coefficient: number } {
  let shared = 0;
  // the smaller set is walked, the larger looked up: the same count
  const [walked, looked] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of walked) if (looked.has(w)) shared++;
  const smaller = Math.min(a.size, b.size);
  return { shared, coefficient: smaller ? shared / smaller : 0 };
}

/** Whether two sentences tell the same event, by their content words. */
export function sameEvent(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  minOverlap: number,
  minShared: number,
): boolean {
  const o = overlap(a, b);
  return o.shared >= minShared && o.coefficient >= minOverlap;
}

/**
 * An index of sentences' word sets: for a sentence, the positions (ascending) of those that share a word
 * with it, which are the only ones that can tell the same event when `minShared` is at least 1 (else all).
 */
export function sharedWordIndex(
  sets: readonly (ReadonlySet<string> | undefined)[],
): (words: ReadonlySet<string>, minShared: number) => number[] {
  const byWord = new Map<string, number[]>();
  sets.forEach((set, k) => {
    for (const word of set ?? []) {
      const holders = byWord.get(word);
      if (holders) holders.push(k);
      else byWord.set(word, [k]);
    }
  });
  return (words, minShared) => {
    if (minShared < 1) return sets.map((_, k) => k);
    const found = new Set<number>();
    for (const word of words) for (const k of byWord.get(word) ?? []) found.add(k);
    return [...found].sort((a, b) => a - b);
  };
}
