import type { Sentence, Token } from '../../model/index.ts';
import { DOUBLE_CLOSERS, DOUBLE_OPENERS, STRAIGHT_DOUBLE } from '../../text/quotes/marks.ts';
import { MAX_QUOTE_SENTENCES } from './patterns.ts';

// Double quote marks as tokens (the shared classes): curly and guillemet pairs, ``…'' as wires write
// them, and the straight double quote, which opens or closes by what is open.
const STOPS = new Set(['.', '!', '?']);
const LOWER = /^\p{Ll}/u;

/** How a sentence's quote marks leave a quotation, read from whether one is open at its start. */
interface QuoteMarks {
  /** Open at the sentence's end. */
  readonly open: boolean;
  /** The token that opened the quotation open at the end (-1 when it was open at the start). */
  readonly openedAt: number;
  /** A mark in the sentence closes a quotation open at its start. */
  readonly closes: boolean;
}

function quoteMarks(tokens: readonly Token[], openAtStart: boolean): QuoteMarks {
  let open = openAtStart;
  let openedAt = -1;
  let closes = false;
  tokens.forEach((t, i) => {
    if (open ? !closing(t) : !(DOUBLE_OPENERS.has(t.text) || t.text === STRAIGHT_DOUBLE)) return;
    if (open && openedAt < 0) closes = true;
    open = !open;
    openedAt = open ? i : -1;
  });
  return { open, openedAt, closes };
}

const closing = (t: Token | undefined): boolean =>
  t !== undefined && (DOUBLE_CLOSERS.has(t.text) || t.text === STRAIGHT_DOUBLE);

// How many sentences after `i` to join to it, 0 for none: the ones up to the one that closes a
// quotation `marks` leaves open, in its paragraph and within MAX_QUOTE_SENTENCES.
function closedWithin(sentences: readonly Sentence[], i: number, marks: QuoteMarks): number {
  const paragraph = (sentences[i] as Sentence).paragraph;
  let open = marks.open;
  for (let k = i + 1; k <= i + MAX_QUOTE_SENTENCES && k < sentences.length; k++) {
    const s = sentences[k] as Sentence;
    if (s.paragraph !== paragraph) return 0;
    const next = quoteMarks(s.tokens, open);
    if (next.closes) return k - i;
    open = next.open;
  }
  return 0;
}

// How many sentences after sentence `i` (whose marks are `marks`) belong to it.
function joinedAfter(sentences: readonly Sentence[], i: number, marks: QuoteMarks): number {
  const s = sentences[i] as Sentence;
  const next = sentences[i + 1];
  if (next?.paragraph !== s.paragraph) return 0;
  // a quotation opened after the sentence's own words ('The mayor said the city "will not stop.' |
  // 'It will keep going" until …'): one sentence up to where it closes
  if (marks.open && marks.openedAt > 0) return closedWithin(sentences, i, marks);
  // a closing mark split from what it closes ('… buddy?' | '” she said.')
  if (marks.open && closing(next.tokens[0])) return 1;
  // a quoted question or exclamation the sentence goes on after ('"Why now?"' | 'asked the mayor.')
  const last = s.tokens.length;
  if (
    !marks.open &&
    closing(s.tokens[last - 1]) &&
    STOPS.has(s.tokens[last - 2]?.text ?? '') &&
    LOWER.test(next.tokens[0]?.text ?? '')
  )
    return 1;
  return 0;
}

/**
 * Join the sentences of one paragraph (from index `from` of `sentences` on) that wink-nlp split inside
 * a quotation: a quotation opened after a sentence's own words stays in that sentence up to where it
 * closes (within MAX_QUOTE_SENTENCES), a closing mark stays with what it closes, and a quoted question
 * or exclamation with the words that go on after it in lower case ('"Why now?" asked the mayor.'). A
 * quotation that opens its sentence keeps wink's splits: each of its sentences is one claim, and the
 * quote reading spans them. Joined sentences stay within `maxTokens`. Works in place.
 */
export function joinQuoteSplits(sentences: Sentence[], from: number, maxTokens: number): void {
  let open = false;
  for (let i = from; i < sentences.length; ) {
    const s = sentences[i] as Sentence;
    const marks = quoteMarks(s.tokens, open);
    const n = joinedAfter(sentences, i, marks);
    const parts = n > 0 ? sentences.slice(i, i + n + 1) : [];
    if (n > 0 && parts.reduce((sum, p) => sum + p.tokens.length, 0) <= maxTokens) {
      const last = parts[parts.length - 1] as Sentence;
      const tokens = parts.flatMap((p) => p.tokens);
      sentences.splice(i, n + 1, { start: s.start, end: last.end, paragraph: s.paragraph, tokens });
      continue; // read the joined sentence again, from the same state
    }
    open = marks.open;
    i++;
  }
}
