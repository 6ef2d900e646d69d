import type { Article, Evidence, Span } from '../../model/index.ts';

const OPEN_CLOSE: Readonly<Record<string, string>> = { '“': '”', '«': '»', '„': '“' };

/**
 * The passages of an article inside quotation marks: curly and guillemet pairs, straight double
 * quotes paired within a paragraph, single curly quotes that open at a word start (so apostrophes
 * are not taken for quotes), plus the extract stage's quote occurrences when there are any. An
 * unclosed quote ends with its paragraph. Sorted, disjoint spans into `article.text`.
 */
export function quoteRegions(article: Article, occurrences: readonly Evidence[] = []): Span[] {
  const regions: Span[] = [];
  const { text } = article;
  for (const paragraph of article.paragraphs) {
    let open = -1;
    let closer = '';
    for (let i = paragraph.span.start; i < paragraph.span.end; i++) {
      const c = text[i] as string;
      if (open < 0) {
        const close = OPEN_CLOSE[c];
        if (close) [open, closer] = [i, close];
        else if (c === '"') [open, closer] = [i, '"'];
        else if (c === '‘' && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ')) [open, closer] = [i, '’'];
        continue;
      }
      if (c !== closer) continue;
      if (closer === '’' && /\p{L}/u.test(text[i + 1] ?? ' ')) continue;
      regions.push({ start: open, end: i + 1 });
      open = -1;
    }
    if (open >= 0) regions.push({ start: open, end: paragraph.span.end });
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
