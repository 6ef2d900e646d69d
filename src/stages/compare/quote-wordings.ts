import type { Conflict, Quote } from '../../model/index.ts';
import type { WordingsDiffer } from '../../text/quotes/differing.ts';
import { otherRemark, type QuoteWords, quoteWords } from '../../text/quotes/wording.ts';

// Two quotations of one speaker that share most of their words but differ by a word that changes what
// is said ("This budget protects …" / "This budget cuts …"): not one quote paraphrased, but a wording to
// check before it is repeated.

/** Two quotes (by number) of one speaker in other words that say something else, and the words that differ. */
export interface OtherRemark {
  readonly k: number;
  readonly n: number;
  readonly words: WordingsDiffer;
}

// whether two quotes are not given to two named speakers
const oneSpeaker = (a: Quote, b: Quote): boolean =>
  !a.speaker || !b.speaker || a.speaker.name.toLowerCase() === b.speaker.name.toLowerCase();

/**
 * Whether an article carries both quotes: it quotes two remarks ("… protects services", she said, and
 * later "… protects jobs"), not one in two wordings, so neither is a wording of the other to check.
 */
export const carriedTogether = (a: Quote, b: Quote): boolean =>
  a.occurrences.some((o) => b.occurrences.some((p) => p.articleId === o.articleId));

/** The pairs of quotes in quotation marks of one speaker whose wordings differ in what they say (`otherRemark`). */
export function otherRemarks(quotes: readonly Quote[], words: readonly QuoteWords[]): OtherRemark[] {
  const direct = [...quotes.keys()].filter((k) => (quotes[k] as Quote).kind !== 'indirect');
  const out: OtherRemark[] = [];
  for (const [x, k] of direct.entries())
    for (const n of direct.slice(x + 1)) {
      const [a, b] = [quotes[k] as Quote, quotes[n] as Quote];
      if (!oneSpeaker(a, b)) continue;
      const differ = otherRemark(words[k] as QuoteWords, words[n] as QuoteWords);
      if (differ) out.push({ k, n, words: differ });
    }
  return out;
}

// a side's words in the difference's title ("—" for none: a negation one leaves out)
const said = (w: string): string => w || '—';

/**
 * Each such pair no article carries both of (`carriedTogether`) as a difference to check: "wordings
 * differ: protects / cuts", each wording with the articles that carry it.
 */
export function wordingDifferences(
  quotes: readonly Quote[],
  pairs: readonly OtherRemark[],
): Omit<Conflict, 'id'>[] {
  return pairs
    .filter(({ k, n }) => !carriedTogether(quotes[k] as Quote, quotes[n] as Quote))
    .map(({ k, n, words }) => ({
      kind: 'other',
      about: `wordings differ: ${said(words.one)} / ${said(words.other)}`,
      sides: [quotes[k] as Quote, quotes[n] as Quote].map((q) => ({
        claim: `“${q.text}”${q.speaker ? ` — ${q.speaker.name}` : ''}`,
        evidence: q.occurrences.map((o) => ({ articleId: o.articleId, span: { ...o.span } })),
      })),
    }));
}

/** A story's quotes read once for their wordings: each quote's words, and its pairs that say different things. */
export interface QuoteWordings {
  /** Each quote's word stems and words in order (`quoteWords`), by quote number. */
  readonly words: readonly QuoteWords[];
  readonly remarks: readonly OtherRemark[];
}

/** Read a story's quotes for their wordings (the quote matrix and the differences share it). */
export function readQuoteWordings(quotes: readonly Quote[]): QuoteWordings {
  const words = quotes.map((q) => quoteWords(q.text));
  return { words, remarks: otherRemarks(quotes, words) };
}

/** The story's quotations of one speaker whose wordings say different things, as differences to check. */
export const quoteWordingDifferences = (
  quotes: readonly Quote[],
  wordings: QuoteWordings = readQuoteWordings(quotes),
): Omit<Conflict, 'id'>[] => wordingDifferences(quotes, wordings.remarks);
