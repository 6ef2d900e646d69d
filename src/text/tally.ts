// A tally told as two counts: "passed by 31 votes to 24", "won 3 games to 1", "rose from 300 people
// to 410". The bare number after "to" or "against" counts what the number before it counts: the 24 are
// votes too, one vote told by both its counts, not a figure that counts nothing. Read by the extract
// stage's figures and by the claims' quantities (quantities.ts), so both list "24 votes".

/** The little of a token the reader needs. */
interface Word {
  readonly text: string;
  readonly norm: string;
  readonly pos: string;
}

// the words that join a tally's two counts
const TALLY_LINKS: ReadonlySet<string> = new Set(['to', 'against']);
// a number in digits ("31", "1,200"), the near count of a tally
const DIGITS = /^\d[\d,.]*$/;
// at most this many words between the near count and "to": "31 votes", "3,000 registered voters"
const MAX_COUNTED = 3;
// after the far count: what it counts ("to 10 families", "to 10 of them"), so it is no bare count
const OWN_COUNT_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * The token range [first, end) of what the near count of a tally counts, when the number at tokens
 * i..after (one past it) is the far count: "31 votes to 24" at "24" gives "votes". Null when no digits
 * and then nouns and then "to" or "against" stand right before it, or when what follows it is its own
 * (a noun, "of": "12 letters to 10 families", "to 10 of them").
 */
export function tallyCountedAt(tokens: readonly Word[], i: number, after: number): [number, number] | null {
  const [link, head, next] = [tokens[i - 1], tokens[i - 2], tokens[after]];
  if (!link || !TALLY_LINKS.has(link.norm) || head?.pos !== 'NOUN') return null;
  if (next && (next.norm === 'of' || OWN_COUNT_POS.has(next.pos))) return null;
  const end = i - 1;
  let first = end - 1;
  while (first > end - MAX_COUNTED && (tokens[first - 1]?.pos === 'NOUN' || tokens[first - 1]?.pos === 'ADJ'))
    first--;
  const near = tokens[first - 1];
  return near && DIGITS.test(near.text) ? [first, end] : null;
}
