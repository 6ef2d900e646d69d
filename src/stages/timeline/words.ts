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
