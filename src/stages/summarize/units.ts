import type { SegmentedArticle, Sentence } from '../../model/index.ts';

/** A sentence as the summary reads it: one or more of the segmenter's sentences that make one whole. */
export interface Unit extends Sentence {
  /** Index of its first sentence in the article. */
  readonly first: number;
  /** Index of its last sentence in the article. */
  readonly last: number;
  /** True when it still goes on from the unit before (a run longer than a unit joins). */
  readonly continues: boolean;
}

// The segmenter cuts after an abbreviation that does not end the sentence: the next piece goes on in
// lower case ("Speaker Ada Varga (D-Vsm.)" | "asked President Holm …") or opens with the rest
// of a cut initialism ("… Ola Brandt, R-S." | "C., told the Gazette …").
const CONTINUES = /^(?:\p{Ll}|\p{Lu}\.,)/u;

/** How many pieces one unit joins at most (a run longer than that is a list, not a cut sentence). */
const MAX_PIECES = 3;

/**
 * An article's sentences as the summary reads them: a sentence the segmenter cut short at an
 * abbreviation is joined with the piece that continues it in the same paragraph.
 * @example
 * sentenceUnits(doc) // [{ start: 0, end: 120, first: 0, last: 1, tokens: […], paragraph: 0 }, …]
 */
export function sentenceUnits(doc: SegmentedArticle): Unit[] {
  const { sentences } = doc;
  const text = doc.article.text;
  // whether sentence k goes on from sentence k - 1
  const goesOn = (k: number): boolean => {
    const [before, here] = [sentences[k - 1], sentences[k]];
    return (
      !!before &&
      !!here &&
      before.paragraph === here.paragraph &&
      CONTINUES.test(text.slice(here.start, here.end))
    );
  };
  const out: Unit[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const first = sentences[i] as Sentence;
    const continues = goesOn(i);
    let last = i;
    while (last - i + 1 < MAX_PIECES && goesOn(last + 1)) last++;
    if (last === i) {
      out.push({ ...first, first: i, last: i, continues });
      continue;
    }
    const pieces = sentences.slice(i, last + 1);
    out.push({
      start: first.start,
      end: (pieces[pieces.length - 1] as Sentence).end,
      paragraph: first.paragraph,
      tokens: pieces.flatMap((s) => s.tokens),
      first: i,
      last,
      continues,
    });
    i = last;
  }
  return out;
}
