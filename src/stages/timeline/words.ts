import type { Sentence } from '../../model/index.ts';
import type { DateMention } from '../../text/dates/mentions.ts';
import { CONTENT_POS_NO_ADVERBS } from '../../text/normalise.ts';

/** Content words of a sentence outside its date expressions (mention spans are relative to the sentence). */
export function sentenceWords(sentence: Sentence, mentions: readonly DateMention[]): Set<string> {
  const ranges = mentions.map((m) => [sentence.start + m.start, sentence.start + m.end] as const);
  return new Set(
    sentence.tokens
      .filter(
        (t) =>
          CONTENT_POS_NO_ADVERBS.has(t.pos) && !t.stop && !ranges.some(([s, e]) => t.start < e && t.end > s),
      )
      .map((t) => t.norm),
  );
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
