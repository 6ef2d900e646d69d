// How many words an outlet's articles give in their headlines, in their own voice and inside quotes:
// the framing CSV's denominators, so that a term's uses can become a rate and an outlet of two articles
// is not read as using a term twice as much as one of one.
import type { Article, Story } from '../../model/index.ts';
import { countWords, wordStarts } from '../../text/normalise.ts';
import { articleQuoteRegions, wordedOccurrences } from '../../text/quotes/article-regions.ts';

/** An outlet's words by where they stand, as the contested terms' uses are counted. */
export interface FramingWords {
  readonly headline: number;
  readonly ownVoice: number;
  readonly inQuotes: number;
}

/**
 * The words of `articles` (an outlet's) by where they stand: the headline (none for a title built from
 * the text, which the terms are not counted in either); the body inside quotes (`articleQuoteRegions`: the passages in
 * quotation marks and the story's direct quotes' occurrences, the regions the terms' `inQuotes` reads)
 * and outside them (own voice). Words as `countWords` reads them; a word belongs where it starts.
 */
export function framingWords(story: Story, articles: readonly Article[]): FramingWords {
  let headline = 0;
  let ownVoice = 0;
  let inQuotes = 0;
  const worded = wordedOccurrences(story.quotes);
  for (const article of articles) {
    if (article.title && !article.titleInferred) headline += countWords(article.title);
    const regions = articleQuoteRegions(article, worded);
    for (const start of wordStarts(article.text))
      if (regions.some((r) => r.start <= start && start < r.end)) inQuotes++;
      else ownVoice++;
  }
  return { headline, ownVoice, inQuotes };
}
