import type { Evidence, Quote } from '../../model/index.ts';
import { quoteSpeakers } from '../compare/quote-speakers.ts';
import type { Candidate } from './candidates.ts';
import { candidatesAt, groupByArticle } from './spans.ts';

// The kinds of quote whose speaker makes a sentence someone's words: quoted or reported.
const SPEECH_KINDS = ['direct', 'partial', 'indirect'];

/**
 * Whether the sentence at a span of evidence reports someone's words rather than stating them in the
 * outlet's own voice: it names a source ("said", "according to": `Candidate.attributed`), or the
 * extract stage gives a quotation or reported speech in it a named speaker ("Dolan warned that …").
 * A summary sentence in its own voice cites no such sentence: "the cuts would close the pools, the
 * opposition leader said" tells a claim, not that the pools will close.
 * @example
 * voicedAt(candidates, quotes)({ articleId: 'a1', span }) // true for "… , the mayor said."
 */
export function voicedAt(
  candidates: readonly Candidate[],
  quotes: readonly Quote[],
): (evidence: Evidence) => boolean {
  const at = candidatesAt(groupByArticle(candidates));
  const speaker = quoteSpeakers(quotes);
  return (e) =>
    at(e).some((c) => c.attributed) || speaker(e.articleId, e.span.start, e.span.end, SPEECH_KINDS) !== null;
}
