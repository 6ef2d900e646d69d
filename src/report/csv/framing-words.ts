// How many words an outlet's articles give in their headlines, in their own voice and inside quotes:
// the framing CSV's denominators, so that a term's uses can become a rate and an outlet of two articles
// is not read as using a term twice as much as one of one.
import type { Article, Story } from '../../model/index.ts';
import { countWords, wordStarts } from '../../text/normalise.ts';
import { quotedRegions } from '../../text/quotes/regions.ts';

/** An outlet's words by where they stand, as the contested terms' uses are counted. */
export interface FramingWords {
  readonly headline: number;
  readonly ownVoice: number;
  readonly inQuotes: number;
}

/**
 * The words of `articles` (an outlet's) by where they stand: the headline (none for a title built from
 * the text, which the terms are not counted in either); the body inside quotes (the passages in
 * quotation marks and the story's direct quotes' occurrences, the regions the terms' `inQuotes` reads)
 * and outside them (own voice). Words as `countWords` reads them; a word belongs where it starts.
 */
export function framingWords(story: Story, articles: readonly Article[]): FramingWords {
  let headline = 0;
  let ownVoice = 0;
  let inQuotes = 0;
  for (const article of articles) {
    if (article.title && !article.titleInferred) headline += countWords(article.title);
    const regions = [
      ...quotedRegions(
        article.text,
        article.paragraphs.map((p) => p.span),
      ),
      ...story.quotes
        .filter((q) => q.kind !== 'indirect')
        .flatMap((q) => q.occurrences.filter((o) => o.articleId === article.id).map((o) => o.span)),
    ];
    for (const start of wordStarts(article.text))
      if (regions.some((r) => r.start <= start && start < r.end)) inQuotes++;
      else ownVoice++;
  }
  return { headline, ownVoice, inQuotes };
}
