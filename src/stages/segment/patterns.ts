/**
 * Longest run of characters without white space handed to wink-nlp as one piece: wink's tokenizer
 * is quadratic in the length of a run (16,000 letters take seconds), and no word or ordinary URL
 * is longer. A longer run is split into pieces of this length.
 */
export const MAX_TOKEN_CHARS = 64;

/**
 * Most tokens in one sentence: the per-sentence rules of later stages (speakers, figures, quotes)
 * look around each token within its sentence, so a sentence without end (a scraped table, a run
 * of numbers) is cut into pieces of this many tokens. News sentences stay far below it.
 */
export const MAX_SENTENCE_TOKENS = 200;

/**
 * Most sentences after the one where a quotation opens after its own words that are joined to it
 * when wink-nlp split inside the quotation (segment/quotes.ts); a longer quotation keeps its splits.
 */
export const MAX_QUOTE_SENTENCES = 3;

/**
 * Most sentences after the one where a bracket opens that are joined to it when wink-nlp split at a
 * stop inside the bracket ("(D-N." | "Y.), hours after …", segment/brackets.ts).
 */
export const MAX_BRACKET_SENTENCES = 2;
