/**
 * What `eval:summary` measures of a summary besides ROUGE: the contested terms it uses in its own
 * voice, counted plainly and in their contested sense only, and the lead baseline it is set against.
 */
import { createContext, type SegmentedArticle } from '../../src/model/index.ts';
import { readArticles } from '../../src/pipeline.ts';
import { segment } from '../../src/stages/segment/index.ts';
import { DEFAULT_CONTESTED_TERMS } from '../../src/stages/summarize/lexicon.ts';
import { senseCheck } from '../../src/stages/summarize/senses.ts';
import { contestedMatcher, inside, quoteRanges, wordCount } from '../../src/stages/summarize/text.ts';

const findContested = contestedMatcher(DEFAULT_CONTESTED_TERMS);
const inSense = senseCheck(DEFAULT_CONTESTED_TERMS);
const segmentOne = segment();

/** The contested terms in a text's own voice (outside quotation marks). */
export const contestedCount = (text: string): number => {
  const quotes = quoteRanges(text);
  return findContested(text).filter((m) => !inside(quotes, m.start, m.end)).length;
};

/**
 * The same, a term with a plain sense too counted only in its contested sense, as the compare stage's
 * framing and the summary's candidates count it ("the fourth wave" of an illness is no contested "wave").
 */
export const contestedInSense = (text: string): number => {
  const bytes = new TextEncoder().encode(JSON.stringify({ title: 'Summary', text }));
  const docs = readArticles([{ path: 'summary.json', bytes }], {}, createContext());
  const [doc] = docs.map((a) => segmentOne(a, createContext()));
  if (!doc) return 0;
  const quotes = quoteRanges(doc.article.text);
  return doc.sentences.reduce(
    (n, s) =>
      n +
      findContested(doc.article.text)
        .filter((m) => s.start <= m.start && m.end <= s.end && !inside(quotes, m.start, m.end))
        .filter((m) => inSense(m, s.tokens)).length,
    0,
  );
};

/** The lead baseline: the first sentence of each source, then the second of each, … while `budget` words hold. */
export function lead(docs: readonly SegmentedArticle[], budget: number): string {
  const out: string[] = [];
  let words = 0;
  for (let k = 0; k < 50; k++) {
    for (const doc of docs) {
      const s = doc.sentences[k];
      if (!s) continue;
      const text = doc.article.text.slice(s.start, s.end).replace(/\s+/g, ' ');
      const n = wordCount(text);
      if (out.length && words + n > budget) return out.join(' ');
      out.push(text);
      words += n;
    }
  }
  return out.join(' ');
}
