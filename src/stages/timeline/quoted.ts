import type { SegmentedArticle, Span } from '../../model/index.ts';
import { quotedRegions } from '../../text/quotes/regions.ts';

// Per article: its quoted regions (the shared reader), read once.
const REGIONS = new WeakMap<SegmentedArticle, Span[]>();

/**
 * Where a dated sentence's line starts: at the opening mark of a quotation the sentence split cut
 * ("“It is chaos, pure and simple. | Nobody told us anything,” said …"), else at the sentence.
 */
export function lineStart(doc: SegmentedArticle, sentenceStart: number): number {
  let regions = REGIONS.get(doc);
  if (!regions) {
    regions = quotedRegions(
      doc.article.text,
      doc.article.paragraphs.map((p) => p.span),
    );
    REGIONS.set(doc, regions);
  }
  const open = regions.find((r) => r.start < sentenceStart && sentenceStart < r.end);
  return open ? open.start : sentenceStart;
}
