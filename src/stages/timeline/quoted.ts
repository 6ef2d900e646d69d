import type { SegmentedArticle } from '../../model/index.ts';
import { quotedRegionsOf } from '../../text/dates/quoted-day.ts';

/**
 * Where a dated sentence's line starts: at the opening mark of a quotation the sentence split cut
 * ("“It is chaos, pure and simple. | Nobody told us anything,” said …"), else at the sentence.
 */
export function lineStart(doc: SegmentedArticle, sentenceStart: number): number {
  const open = quotedRegionsOf(doc).find((r) => r.start < sentenceStart && sentenceStart < r.end);
  return open ? open.start : sentenceStart;
}
