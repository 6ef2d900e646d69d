// The counts an article's lead gives with what they count ("340 people were detained", "some 340
// migrants"): two stories of the same days whose articles give the same count of the same kind of
// thing are one event told from other angles (the border chief's, the families'), whose words and
// names the centroids hardly share.
import type { SegmentedArticle } from '../../model/index.ts';
import { sameCounted, sentenceFigures } from '../../text/quantities.ts';
import { COUNTED_FIGURE_MIN } from './merge-patterns.ts';
import { LEAD_SENTENCES } from './patterns.ts';

const DIGIT = /^\d/;

/**
 * The counts the lead's sentences give in digits with the stem of what they count, as
 * `value|stem` (`340|migrant`), each once, sorted: plain counts (no unit, rate or time frame) of at
 * least `COUNTED_FIGURE_MIN`.
 * @example
 * leadCounts(doc) // ['340|person']
 */
export function leadCounts(doc: SegmentedArticle): string[] {
  const keys = new Set<string>();
  for (const sentence of doc.sentences.slice(0, LEAD_SENTENCES)) {
    // (figures in words are left out: a sentence without a digit gives none)
    if (!sentence.tokens.some((t) => DIGIT.test(t.text))) continue;
    for (const f of sentenceFigures(sentence)) {
      if (f.worded || f.counts === null || f.unit !== null || f.rate !== null || f.frame !== null) continue;
      if (f.value >= COUNTED_FIGURE_MIN) keys.add(`${f.value}|${f.counts}`);
    }
  }
  return [...keys].sort();
}

/** Each article's lead counts (`Particulars.counted`; undefined when not read). */
type CountsOf = readonly (readonly string[] | undefined)[];

// value and counted stem of a `value|stem` key
const split = (key: string) => {
  const at = key.indexOf('|');
  return [key.slice(0, at), key.slice(at + 1)] as const;
};

/** Whether some article of `own` gives a count (the same value, of one kind of thing) that some article of `theirs` does. */
export function shareCount(own: CountsOf, theirs: CountsOf): boolean {
  const held = theirs.flatMap((c) => c ?? []).map(split);
  for (const key of own.flatMap((c) => c ?? [])) {
    const [value, counts] = split(key);
    if (held.some(([v, c]) => v === value && sameCounted(counts, c))) return true;
  }
  return false;
}
