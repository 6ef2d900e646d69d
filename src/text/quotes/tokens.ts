import { CURLY_CLOSER, CURLY_OPENER, STRAIGHT_DOUBLE } from './marks.ts';

/** The parts of a token the token reader reads (segmented tokens and the annotated article's both have them). */
export interface MarkToken {
  readonly text: string;
  readonly start: number;
}

/** A quotation in a run of tokens: the indexes of its opening and closing marks. */
export interface TokenQuote {
  readonly open: number;
  readonly close: number;
}

const OPENS = new Set([CURLY_OPENER, STRAIGHT_DOUBLE]);
const CLOSES = new Set([CURLY_CLOSER, STRAIGHT_DOUBLE]);
const STUCK = /[\p{L}\p{N}=]/u;

/**
 * The double quotations of a run of tokens (one sentence): each opening mark, curly or straight,
 * paired with the next closing one. A pair whose opening mark is stuck to a word opens no quotation
 * (key="value", 12" pipe) and is passed over; a mark left open ends the reading. `text` is the text
 * the tokens' offsets point into.
 * @example quotedTokens(tokensOf('the “caravan” came'), text) // [{ open: 1, close: 3 }]
 */
export function quotedTokens(tokens: readonly MarkToken[], text: string): TokenQuote[] {
  const out: TokenQuote[] = [];
  for (let open = 0; open < tokens.length; open++) {
    if (!OPENS.has((tokens[open] as MarkToken).text)) continue;
    let close = open + 1;
    while (close < tokens.length && !CLOSES.has((tokens[close] as MarkToken).text)) close++;
    if (close === tokens.length) break;
    if (!STUCK.test(text[(tokens[open] as MarkToken).start - 1] ?? ' ')) out.push({ open, close });
    open = close;
  }
  return out;
}
