import type { Article, Evidence, Span } from '../../model/index.ts';

const OPEN_CLOSE: Readonly<Record<string, string>> = { '“': '”', '«': '»', '„': '“', '``': "''", "''": "''" };
// ``…'' and ''…'' as wires and tokenised corpora (ECB+) write double quotes
const OPENERS = /[“«„"‘]|``|''/g;

/**
 * The passages of an article inside quotation marks: curly and guillemet pairs, straight double
 * quotes paired within a paragraph, ``…'' and ''…'' pairs (as wires and ECB+ write them), single
 * curly quotes that open at a word start (so apostrophes are not taken for quotes), plus the extract stage's quote occurrences when there are any. An
 * unclosed quote ends with its paragraph. Sorted, disjoint spans into `article.text`.
 */
export function quoteRegions(article: Article, occurrences: readonly Evidence[] = []): Span[] {
  const regions: Span[] = [];
  const { text } = article;
  for (const paragraph of article.paragraphs) {
    // within the paragraph's own text, jump from one opening mark to the next and on to its closing one
    const { start, end } = paragraph.span;
    const para = text.slice(start, end);
    for (let i = 0; i < para.length; ) {
      OPENERS.lastIndex = i;
      const open = OPENERS.exec(para)?.index;
      if (open === undefined) break;
      const c =
        para.startsWith('``', open) || para.startsWith("''", open)
          ? para.slice(open, open + 2)
          : (para[open] as string);
      // a single quote after a letter or digit is an apostrophe, '' after one or after punctuation a closer
      const before = text[start + open - 1] ?? ' ';
      if ((c === '‘' && /[\p{L}\p{N}]/u.test(before)) || (c === "''" && /[\p{L}\p{N}\p{P}]/u.test(before))) {
        i = open + c.length;
        continue;
      }
      const closer = OPEN_CLOSE[c] ?? (c === '‘' ? '’' : '"');
      let close = para.indexOf(closer, open + c.length);
      // a closing single quote before a letter is an apostrophe ("‘the people’s choice’")
      while (closer === '’' && close >= 0 && /\p{L}/u.test(text[start + close + 1] ?? ' '))
        close = para.indexOf(closer, close + 1);
      if (close < 0) {
        // an unclosed quote ends with its paragraph
        regions.push({ start: start + open, end });
        break;
      }
      regions.push({ start: start + open, end: start + close + closer.length });
      i = close + closer.length;
    }
  }
  for (const o of occurrences) if (o.articleId === article.id) regions.push({ ...o.span });
  return mergeSpans(regions);
}

/** Sort spans and merge the overlapping ones. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end)
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else merged.push({ ...s });
  }
  return merged;
}
