// A chosen sentence as the summary writes it: standing alone, without its asides and its disputed tally.
import type { Entity, SegmentedArticle } from '../../model/index.ts';
import type { Candidate } from './candidates.ts';
import { CUT_KINDS, type Cut, compressSentence } from './compress.ts';
import { articleQuotes } from './quote-index.ts';
import { repairSentence } from './repair.ts';
import { wordCount } from './text.ts';

/**
 * A chosen sentence as the summary tells it: made to stand alone (`Candidate.standalone`) and without
 * its asides (`compressSentence`), and without the `forced` cuts (a disputed tally's) in any case. Its
 * evidence stays the sentence as written, and selection weighed it whole. A main clause told alone
 * (index -1) is told as it is.
 * @example
 * toldText(candidate, doc, entities) // 'The Orvik Ferry Authority cancelled the sailings on Monday.'
 */
export function toldText(
  candidate: Candidate,
  doc: SegmentedArticle,
  entities: readonly Entity[],
  forced: readonly Cut[] = [],
): string {
  const whole = candidate.standalone?.text ?? candidate.text;
  if (candidate.index < 0) return whole;
  const { text } = doc.article;
  const view = {
    text,
    start: candidate.evidence.span.start,
    end: candidate.evidence.span.end,
    tokens: candidate.tokens,
    quotedChars: articleQuotes(doc.article).quotedChars,
  };
  const told = compressSentence(view, CUT_KINDS, forced);
  if (told === candidate.text) return whole;
  const short = repairSentence(told, doc, candidate.sentenceIndex, entities);
  if (forced.length) return short?.text ?? told;
  return short && wordCount(short.text) < wordCount(whole) ? short.text : whole;
}
