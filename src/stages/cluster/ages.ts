// The ages an article gives its people ("a 38-year-old accountant", "Ilse Varga, 54,"): two stories
// that give two or more of the same are told of the same people (an office shooting and the gunman's
// charge: his age and a victim's), which look-alike events of one beat, told in the same words,
// seldom are.
import type { SegmentedArticle } from '../../model/index.ts';
import { ageFigure } from '../../text/ages.ts';
import { SHARED_AGES, SHARED_AGES_MERGE_BAR } from './merge-patterns.ts';

/**
 * The ages told in an article's sentences in digits, as the figure readers read them (`ageFigure`: no
 * range, no decade of life), with their unit (`38|age-year`), each once, sorted; none below 2.
 * @example
 * statedAges(doc) // ['38|age-year', '63|age-year']
 */
export function statedAges(doc: SegmentedArticle): string[] {
  const keys = new Set<string>();
  for (const { tokens } of doc.sentences)
    for (let i = 0; i < tokens.length; i++) {
      const code = tokens[i]?.text.charCodeAt(0) ?? 0;
      if (code < 0x30 || code > 0x39) continue;
      const age = ageFigure(tokens, i)?.figure;
      if (age && !age.worded && age.value >= 2) keys.add(`${age.value}|${age.unit}`);
    }
  return [...keys].sort();
}

/** Each article's ages (`Particulars.ages`; undefined when not read). */
type AgesOf = readonly (readonly string[] | undefined)[];

/** How many ages some article of `own` gives that some article of `theirs` gives too. */
export function sharedAges(own: AgesOf, theirs: AgesOf): number {
  const held = new Set(theirs.flatMap((a) => a ?? []));
  let n = 0;
  for (const key of new Set(own.flatMap((a) => a ?? []))) if (held.has(key)) n++;
  return n;
}

/**
 * The bar a story must pass, centroid and articles, to merge into another: `bar`, or at most
 * `SHARED_AGES_MERGE_BAR` when their articles give `SHARED_AGES` of the same ages or more.
 */
export function agesBar(own: AgesOf, theirs: AgesOf, bar: number): number {
  return sharedAges(own, theirs) >= SHARED_AGES ? Math.min(bar, SHARED_AGES_MERGE_BAR) : bar;
}
