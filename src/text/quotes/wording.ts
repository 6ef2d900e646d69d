import { fold, stem } from '../normalise.ts';
import { type WordingsDiffer, wordingsDiffer } from './differing.ts';

/**
 * When two quotes in quotation marks are one quote in two wordings, read alike by the compare stage
 * (which article carried which quote) and the report (to whom an outlet gives the words) and the
 * timeline (whether an earlier article carried a quotation).
 */

/** Share of the longer quote's words two quotes in quotation marks must share to be one quote in two wordings. */
export const QUOTE_VARIANT_MIN_SHARE = 0.8;

/** Word stems of a text, as claims store them. */
export const wordsOf = (text: string): string[] => (text.match(/[\p{L}\p{N}'’]+/gu) ?? []).map(stem);

/**
 * The words of a text in order, folded (case, accents, curly apostrophes), punctuation left out.
 * @example
 * wordRun('“Ongoing efforts,” she said.') // ['ongoing', 'efforts', 'she', 'said']
 */
export const wordRun = (text: string): string[] => (text.match(/[\p{L}\p{N}]+/gu) ?? []).map(fold);

/** A word run as one string with a space at each end, for `holdsRun`. */
export const joinedRun = (words: readonly string[]): string => ` ${words.join(' ')} `;

/** Whether two quotes' word stems (`wordsOf`) share QUOTE_VARIANT_MIN_SHARE of the longer's: one quote in two wordings. */
export function oneQuote(words: ReadonlySet<string>, other: ReadonlySet<string>): boolean {
  const least = QUOTE_VARIANT_MIN_SHARE * Math.max(words.size, other.size);
  // (they share at most the smaller's words)
  if (Math.min(words.size, other.size) < least) return false;
  let shared = 0;
  for (const w of words) if (other.has(w)) shared++;
  return shared >= least;
}

/** Whether one of two joined word runs (`joinedRun`) holds the other: a part of the quote, word for word. */
export const wordForWord = (run: string, other: string): boolean =>
  other.includes(run) || run.includes(other);

/** An ellipsis where a quote is trimmed: "…", "...", or either in square brackets. */
const TRIMMED = /\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\./;

/**
 * The joined word runs (`joinedRun`) of a quote's pieces between the ellipses it is trimmed with, or
 * null when it is not trimmed (fewer than two pieces with words).
 * @example
 * trimmedPieces('We will rebuild this pier … whatever it costs') // [' we will rebuild this pier ', ' whatever it costs ']
 */
export function trimmedPieces(text: string): string[] | null {
  const pieces = text
    .split(TRIMMED)
    .map(wordRun)
    .filter((w) => w.length > 0)
    .map(joinedRun);
  return pieces.length > 1 ? pieces : null;
}

/**
 * Whether a quote trimmed with ellipses (its `trimmedPieces`) runs word for word in another joined word
 * run, each piece after the one before: "We will rebuild this pier … whatever it costs" in "We will
 * rebuild this pier by the spring, whatever it costs"; not its pieces in another order.
 */
export function trimmedWordForWord(pieces: readonly string[] | null, other: string): boolean {
  if (!pieces) return false;
  let from = 0;
  for (const piece of pieces) {
    const at = other.indexOf(piece, from);
    if (at < 0) return false;
    // (the piece's closing space may open the next one)
    from = at + piece.length - 1;
  }
  return true;
}

/** A quote's words, read once for `wordingOf`: its word stems (`wordsOf`) and its joined word run (`joinedRun`). */
export interface QuoteWords {
  readonly stems: ReadonlySet<string>;
  readonly run: string;
  readonly text: string;
}

/** Read a quote's words for `wordingOf`, once per quote however many quotes it is weighed against. */
export const quoteWords = (text: string): QuoteWords => ({
  stems: new Set(wordsOf(text)),
  run: joinedRun(wordRun(text)),
  text,
});

/**
 * How a quote in quotation marks carries another's words, as the compare stage's quote matrix marks it:
 * `quoted` when one's words run unbroken in the other, `paraphrased` when they are one quote in two
 * wordings that say the same (`otherRemark` finds none of the words that differ to change it), else
 * null. The same either way round.
 * @example
 * wordingOf(quoteWords('We will help every owner rebuild'), quoteWords('We will help every owner rebuild now')) // 'quoted'
 * wordingOf(quoteWords('We will help every owner rebuild'), quoteWords('We will help every single owner rebuild')) // 'paraphrased'
 */
export function wordingOf(words: QuoteWords, other: QuoteWords): 'quoted' | 'paraphrased' | null {
  if (!oneQuote(words.stems, other.stems)) return null;
  if (wordForWord(words.run, other.run)) return 'quoted';
  return wordingsDiffer(words.text, other.text) ? null : 'paraphrased';
}

/**
 * The words by which two quotes in quotation marks that share most of their words (`oneQuote`) say
 * different things ("protects" / "cuts", a negation added: `wordingsDiffer`), or null: they are one
 * quote (or no quote) of each other. Such a pair is not a paraphrase but a quotation to check.
 * @example
 * otherRemark(quoteWords('This budget protects the services'), quoteWords('This budget cuts the services')) // { one: 'protects', other: 'cuts' }
 */
export function otherRemark(words: QuoteWords, other: QuoteWords): WordingsDiffer | null {
  if (!oneQuote(words.stems, other.stems) || wordForWord(words.run, other.run)) return null;
  return wordingsDiffer(words.text, other.text);
}
