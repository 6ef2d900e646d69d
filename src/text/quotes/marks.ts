import { dict } from '../data/dict.ts';

// The quotation marks every stage reads, by what they do. wink-nlp gives each mark character its own
// token (``…'' as four tokens "`", "`", "'", "'"); the doubled texts are kept for readers of other
// tokenisers and for the plain-text readers, which see them as written.

/** The curly double opening mark. */
export const CURLY_OPENER = '“';

/** The curly double closing mark. */
export const CURLY_CLOSER = '”';

/** Token texts that open a double quotation and never close one: curly, guillemet, `` as wires write it. */
export const DOUBLE_OPENERS: ReadonlySet<string> = new Set([CURLY_OPENER, '«', '``']);

/** Token texts that close a double quotation and never open one: curly, guillemet, '' as wires write it. */
export const DOUBLE_CLOSERS: ReadonlySet<string> = new Set([CURLY_CLOSER, '»', "''"]);

/** The straight double quote: it opens or closes by what is open (and may be an inch sign: 12" pipe). */
export const STRAIGHT_DOUBLE = '"';

/** The single curly opening mark: a quote within a quote, or a headline's quote ('‘Fine’, mayor says'). */
export const SINGLE_OPENER = '‘';

/** The single curly closing mark, which is as often an apostrophe (it’s, the mayor’s). */
export const SINGLE_CLOSER = '’';

/** The straight single quote: an apostrophe (don't, the victims' families) as often as a mark. */
export const STRAIGHT_SINGLE = "'";

/** A backtick, half of a `` opening mark as the tokenizer splits it. */
export const BACKTICK = '`';

/** Double quote marks as written in plain text: curly, straight, and `` and '' as wires write them. */
export const DOUBLE_MARK_TEXT = /[“”"]|``|''/g;

/**
 * Token texts that may open a quotation in running prose (curly, straight or wire-style, double or
 * single; a straight single one is as often an apostrophe, which its reader tells by spacing).
 */
export const OPENING_TOKENS: ReadonlySet<string> = new Set([
  CURLY_OPENER,
  STRAIGHT_DOUBLE,
  '``',
  SINGLE_OPENER,
  STRAIGHT_SINGLE,
]);

/** Token texts that may close a quotation in running prose: the closing counterparts of `OPENING_TOKENS`. */
export const CLOSING_TOKENS: ReadonlySet<string> = new Set([
  CURLY_CLOSER,
  STRAIGHT_DOUBLE,
  "''",
  SINGLE_CLOSER,
  STRAIGHT_SINGLE,
]);

/**
 * The closing mark of each opening mark in plain text: curly and guillemet pairs, the German low
 * mark („…“), `` and '' as wires and tokenised corpora write double quotes, single curly quotes and
 * straight double ones.
 */
export const CLOSER_OF: Readonly<Record<string, string>> = dict({
  '“': '”',
  '«': '»',
  '„': '“',
  '``': "''",
  "''": "''",
  '‘': '’',
  '"': '"',
});

/** The opening marks of `CLOSER_OF` in plain text, longest first where two share a character. */
export const OPENER_TEXT = /[“«„"‘]|``|''/g;

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether the single mark at `text[at]` is an apostrophe rather than a quotation mark: an opening
 * mark right after a letter or digit (Ngũgĩ‘s, as some scrapes write it), a closing or straight one
 * before a letter or digit (it’s, don't, the people’s choice, ’90s).
 * @example isApostrophe("don't", 3) // true
 */
export function isApostrophe(text: string, at: number): boolean {
  const c = text[at];
  if (c === SINGLE_OPENER) return WORD_CHAR.test(text[at - 1] ?? ' ');
  return (c === SINGLE_CLOSER || c === STRAIGHT_SINGLE) && WORD_CHAR.test(text[at + 1] ?? ' ');
}

/**
 * The text with its straight double quotes written as curly ones, for a sentence shown beside others
 * that curl theirs ('said it was "a betrayal"' → 'said it was “a betrayal”'): each mark after a space,
 * a bracket or the start opens, any other closes. Left as written unless they pair up, open then
 * close, and none follows a digit (an inch sign: a 12" pipe).
 * @example
 * curledDoubles('She called it "a betrayal".') // 'She called it “a betrayal”.'
 */
export function curledDoubles(text: string): string {
  if (!text.includes(STRAIGHT_DOUBLE)) return text;
  let open = false;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c !== STRAIGHT_DOUBLE) {
      out += c;
      continue;
    }
    const before = text.charAt(i - 1);
    if (/\p{N}/u.test(before)) return text;
    const opens = i === 0 || /[\s([{—–-]/u.test(before);
    if (opens === open) return text;
    open = opens;
    out += opens ? CURLY_OPENER : CURLY_CLOSER;
  }
  return open ? text : out;
}

/**
 * The text with its quotation marks written one way (double ones as ", single ones and apostrophes as
 * '): two copies of a wording that differ only by their marks, a text file's straight quotes against a
 * web page's curly ones, read as one wording.
 * @example
 * foldedMarks('She said: “It’s done.”') // 'She said: "It\'s done."'
 */
export const foldedMarks = (text: string): string =>
  text.replace(DOUBLE_MARK_TEXT, '"').replace(/[‘’]/g, "'");
