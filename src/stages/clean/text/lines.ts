import { TITLE_SMALL_WORDS } from '../../../text/data/title-case.ts';
import { stem } from '../../../text/normalise.ts';
import { STOPWORDS } from './data/lexicon.ts';
import {
  AGE_BETWEEN_COMMAS,
  BULLET,
  BY_PREFIX,
  QUOTED_SENTENCE,
  TERMINAL,
  TUNING,
  WORD,
} from './patterns.ts';

const LETTER = /^\p{L}/u;
const UPPER = /^\p{Lu}/u;

/** Whitespace other than a single space. */
const ODD_SPACE = /[^\S ]|\u200b| {2}/;

/** One logical line of the input with the features the classifier scores. */
export interface Line {
  /** Position among the logical lines. */
  readonly index: number;
  /** 1-based number of its first physical line in the input. */
  readonly lineNo: number;
  /** Trimmed text (hard-wrapped lines of a block joined by a space). */
  readonly text: string;
  /** Index of its block (lines between blank lines). */
  readonly block: number;
  /** True when the previous logical line is in the same block (no blank line between). */
  readonly joinedToPrev: boolean;
  readonly words: number;
  /** Ends a sentence (terminal punctuation or a closing quote). */
  readonly terminal: boolean;
  /** Share of capitalised words among the non-function words. */
  readonly capRatio: number;
  readonly startsUpper: boolean;
  readonly bullet: boolean;
  /** Reads as a quoted sentence: opens with a quote mark, or a closing quote runs on into lower case. */
  readonly quoted: boolean;
  /** Content words (no function words, at least three letters), stemmed by the one stemmer (src/text). */
  readonly content: readonly string[];
  /** Lower-cased letters and digits only, for repetition checks. */
  readonly norm: string;
}

/** Split text into logical lines; blocks whose lines look hard-wrapped are joined into one line. */
export function splitLines(content: string): Line[] {
  const physical = content.split('\n');
  const blocks: { lineNo: number; text: string }[][] = [];
  let current: { lineNo: number; text: string }[] = [];
  physical.forEach((raw, i) => {
    // Collapse whitespace only where needed: replacing every single space is slow on huge lines.
    const text = (ODD_SPACE.test(raw) ? raw.replace(/[\s\u200b]+/g, ' ') : raw).trim();
    if (!text) {
      if (current.length) blocks.push(current);
      current = [];
      return;
    }
    current.push({ lineNo: i + 1, text });
  });
  if (current.length) blocks.push(current);
  const lines: Line[] = [];
  blocks.forEach((block, b) => {
    const parts = looksWrapped(block) ? [{ lineNo: block[0]?.lineNo ?? 1, text: joinWrapped(block) }] : block;
    parts.forEach((part, i) => {
      lines.push(describeLine(part.text, lines.length, part.lineNo, b, i > 0));
    });
  });
  return lines;
}

/** A block is hard-wrapped when every line but the last has a similar width and runs into the next. */
function looksWrapped(block: readonly { text: string }[]): boolean {
  if (block.length < 2) return false;
  let runOn = 0;
  for (let i = 0; i < block.length - 1; i++) {
    const text = block[i]?.text ?? '';
    if (text.length < TUNING.wrapMinChars || text.length > TUNING.wrapMaxChars) return false;
    if (!TERMINAL.test(text)) runOn++;
  }
  return runOn > 0;
}

function joinWrapped(block: readonly { text: string }[]): string {
  return block
    .map((part) => part.text)
    .join(' ')
    .replace(/(\p{L})- (\p{Ll})/gu, '$1$2');
}

/** Compute the features of one line of text. */
export function describeLine(text: string, index = 0, lineNo = 1, block = 0, joinedToPrev = false): Line {
  // A very long line is prose whatever its details: its features are read from its opening only.
  const long = text.length > TUNING.longLineChars;
  const head = long ? text.slice(0, TUNING.longLineChars) : text;
  const tokens = head.match(WORD) ?? [];
  let capitalised = 0;
  let counted = 0;
  const content: string[] = [];
  for (const token of tokens) {
    const lower = token.toLowerCase();
    if (STOPWORDS.has(lower)) continue;
    const code = token.charCodeAt(0);
    // ASCII letters are told apart without a regex; other scripts go through the Unicode classes.
    const letter = code < 128 ? (code | 32) >= 97 && (code | 32) <= 122 : LETTER.test(token);
    if (letter) {
      counted++;
      if (code < 128 ? code <= 90 : UPPER.test(token)) capitalised++;
      if (lower.length >= 3) content.push(stem(lower));
    }
  }
  return {
    index,
    lineNo,
    text,
    block,
    joinedToPrev,
    words: long ? countSpaces(text) + 1 : tokens.length,
    terminal: TERMINAL.test(text.slice(-16)),
    capRatio: counted ? capitalised / counted : 0,
    startsUpper: /^[\p{Lu}\p{N}“"‘'(`]/u.test(text),
    bullet: BULLET.test(text),
    quoted: QUOTED_SENTENCE.test(head),
    content,
    norm: head.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''),
  };
}

/** How much a line reads as prose: ending punctuation, length and lower case (see `TUNING.proseMin`). */
export function proseScore(line: Line): number {
  let score = 0;
  if (line.terminal) score += /:$/.test(line.text) ? 1 : 2;
  if (line.words >= 8) score += 1;
  if (line.words >= 14) score += 1;
  if (line.capRatio < 0.5) score += 0.5;
  if (line.words < 4) score -= 1;
  // the text's first line in title case with a full stop ("Crews to Strike at Gullport Ferry Terminal.")
  // is its headline, not prose
  if (line.index === 0 && titleCasedStop(line)) score -= 1;
  return score;
}

/**
 * A line in title case that ends in one full stop, as some sources write their headlines ("Crews to
 * Strike at Gullport Ferry Terminal."): every word capitalised but the small ones of
 * `TITLE_SMALL_WORDS`, no stop inside, within a headline's length.
 */
export function titleCasedStop(line: Line): boolean {
  if (line.words < 4 || line.words > TUNING.headlineMaxWords || !/[^.]\.$/u.test(line.text)) return false;
  if (/[.!?]["”’]?\s/u.test(line.text) || notAHeadline(line.text)) return false;
  const words = line.text.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  return words.every((w) => UPPER.test(w) || TITLE_SMALL_WORDS.has(w));
}

// Title-case lines with a stop that are no headline: a byline ("By Ilse Varga and Oren Palk."), a
// person's age and town ("Ilse Varga, 54, of Marrowby."); a credit ("All Photos by Oren Palk.") is a
// line rule's (data/rules.ts credit-photo-by).
const notAHeadline = (text: string): boolean => BY_PREFIX.test(text) || AGE_BETWEEN_COMMAS.test(text);

/** A line shaped like a headline: no sentence ending, a few words, starting with a capital. */
export function headlineLike(line: Line): boolean {
  const question = /[?!][”"’]?$/u.test(line.text) && line.words <= 12;
  return (
    (!line.terminal || question) &&
    !line.quoted &&
    line.words >= 2 &&
    line.words <= TUNING.headlineMaxWords &&
    line.startsUpper &&
    !line.bullet &&
    /\p{L}/u.test(line.text)
  );
}

/** Number of spaces in a text (its words, once whitespace is collapsed, minus one). */
function countSpaces(text: string): number {
  let count = 0;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) count++;
  return count;
}
