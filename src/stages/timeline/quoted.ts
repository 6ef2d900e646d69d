import type { SegmentedArticle, Span } from '../../model/index.ts';
import type { DateMention } from '../../text/dates/mentions.ts';
import { DEICTIC } from '../../text/dates/patterns.ts';
import { resolveDate } from '../../text/dates/resolve.ts';
import { quotedRegions } from '../../text/quotes/regions.ts';
import { reportWeekday } from './plans.ts';

// Per article: its quoted regions (the shared reader), read once.
const REGIONS = new WeakMap<SegmentedArticle, Span[]>();

function regionsOf(doc: SegmentedArticle): Span[] {
  let regions = REGIONS.get(doc);
  if (!regions) {
    regions = quotedRegions(
      doc.article.text,
      doc.article.paragraphs.map((p) => p.span),
    );
    REGIONS.set(doc, regions);
  }
  return regions;
}

/**
 * Where a dated sentence's line starts: at the opening mark of a quotation the sentence split cut
 * ("“It is chaos, pure and simple. | Nobody told us anything,” said …"), else at the sentence.
 */
export function lineStart(doc: SegmentedArticle, sentenceStart: number): number {
  const open = regionsOf(doc).find((r) => r.start < sentenceStart && sentenceStart < r.end);
  return open ? open.start : sentenceStart;
}

/**
 * The day a "today", "tonight", "yesterday" or "this morning" inside quotation marks is counted from:
 * it is the speaker's, told on the day they spoke, not the writer's ("“… low tonight,” the chief said"
 * repeated in a next-day follow-up is not that next day's night). The saying's own weekday in the
 * sentence ("…,” the chief said on Tuesday") gives that day; with none the day is unknown and the
 * words date nothing (null). Undefined for any other mention. `sentence` is the sentence's text, at
 * `sentenceStart` in the article; the mentions' offsets are into it.
 */
export function quotedDeicticBase(
  doc: SegmentedArticle,
  sentenceStart: number,
  sentence: string,
  m: DateMention,
  mentions: readonly DateMention[],
  referenceDay: number | null,
): number | null | undefined {
  DEICTIC.lastIndex = 0;
  if (m.value.kind !== 'offset' || !DEICTIC.test(m.text)) return undefined;
  const at = sentenceStart + m.start;
  if (!regionsOf(doc).some((r) => r.start <= at && at < r.end)) return undefined;
  const report = referenceDay === null ? null : reportWeekday(sentence, mentions);
  return report && referenceDay !== null ? (resolveDate(report, referenceDay)?.day ?? null) : null;
}
