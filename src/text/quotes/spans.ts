import type { Doc } from '../annotated.ts';
import { TRANSCRIPT_LABEL } from '../patterns.ts';

/** A stretch of text between quote marks: the marks' positions and the trimmed content span. */
export interface QuoteSpan {
  readonly open: number;
  readonly close: number;
  readonly start: number;
  readonly end: number;
  /** True when the quote runs over more than one paragraph. */
  readonly multiParagraph: boolean;
}

const OPEN_CONTEXT = /[\s([{—–:;-]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isOpener(text: string, i: number, lineStart: number): boolean {
  return i === lineStart || OPEN_CONTEXT.test(text[i - 1] ?? ' ');
}

/**
 * True when a paragraph goes on with a quote left open before it, though it opens with no mark: its
 * first mark of the open quote's kind closes (“… the charm,” she said), or it holds an odd number of
 * straight marks, so that one of them closes ("… the charm," she said). Text split a sentence a line
 * reads so, where the quote runs on over the line break.
 */
function continuesOpenQuote(text: string, p: { start: number; end: number }, openMark: string): boolean {
  const body = text.slice(p.start, p.end);
  if (openMark === '"') return (body.match(/"/g)?.length ?? 0) % 2 === 1;
  const first = openMark === '`' ? /``|''/.exec(body) : /[“”]/.exec(body);
  return first !== null && (first[0] === '”' || first[0] === "''");
}

/** The mark that opens a paragraph, if any: its length. */
function openingMark(text: string, at: number): number {
  if (text.startsWith('``', at) || text.startsWith("''", at)) return 2;
  return text[at] === '“' || text[at] === '"' ? 1 : 0;
}

function trimmed(
  text: string,
  open: number,
  markLen: number,
  close: number,
  multi: boolean,
): QuoteSpan | null {
  let start = open + markLen;
  let end = close;
  while (start < end && /\s/u.test(text[start] as string)) start++;
  while (end > start && /[\s,]/u.test(text[end - 1] as string)) end--;
  if (end <= start || !WORD_CHAR.test(text.slice(start, end))) return null;
  return { open, close, start, end, multiParagraph: multi };
}

const SPANS = new WeakMap<Doc, readonly QuoteSpan[]>();

/**
 * Find the quoted stretches of an article: curly, straight and ``double-backtick'' marks, nested
 * single quotes kept inside, and quotes that run on into the next paragraph (which opens with a mark).
 */
export function findQuoteSpans(doc: Doc): readonly QuoteSpan[] {
  // read once per article: the quotes and the indirect speech of an article both need its quotes
  const known = SPANS.get(doc);
  if (known) return known;
  const spans = quoteSpansOf(doc);
  SPANS.set(doc, spans);
  return spans;
}

// The characters that may open or close a quote; the scan jumps from one to the next.
const MARK_CHARS = /[“”"`']/g;

// A search for the first quote mark character in text[from, end) (else end), for `from` that never
// goes back: the mark found past one paragraph's end is kept for the next, so that the text after
// the last mark is searched once, not once per paragraph.
function markFinder(text: string): (from: number, end: number) => number {
  let found = -1;
  return (from, end) => {
    if (found < from) {
      MARK_CHARS.lastIndex = from;
      found = MARK_CHARS.exec(text)?.index ?? text.length;
    }
    return Math.min(found, end);
  };
}

function quoteSpansOf(doc: Doc): QuoteSpan[] {
  const text = doc.text;
  const nextMark = markFinder(text);
  const out: QuoteSpan[] = [];
  let open = -1;
  let markLen = 0;
  let multi = false;
  doc.paragraphs.forEach((p, index) => {
    let i = p.start;
    if (open >= 0) i += openingMark(text, p.start);
    // only a mark character does anything below: the others are skipped by the search
    for (i = nextMark(i, p.end); i < p.end; i = nextMark(i + 1, p.end)) {
      const c = text[i] as string;
      if (c === '“' || (c === '`' && text[i + 1] === '`')) {
        if (open < 0) {
          open = i;
          markLen = c === '`' ? 2 : 1;
          multi = false;
        }
        if (c === '`') i++;
      } else if (c === "'" && text[i + 1] === "'" && open < 0 && isOpener(text, i, p.start)) {
        // ''…'' as some wires write quotes
        open = i;
        markLen = 2;
        multi = false;
        i++;
      } else if (c === '”' || (c === "'" && text[i + 1] === "'")) {
        if (open >= 0) {
          const q = trimmed(text, open, markLen, i, multi);
          if (q) out.push(q);
          open = -1;
        }
        if (c === "'") i++;
      } else if (c === '"') {
        if (open < 0 && isOpener(text, i, p.start)) {
          open = i;
          markLen = 1;
          multi = false;
        } else if (open >= 0) {
          const q = trimmed(text, open, markLen, i, multi);
          if (q) out.push(q);
          open = -1;
        }
      }
    }
    if (open < 0) return;
    const next = doc.paragraphs[index + 1];
    const mark = next ? openingMark(text, next.start) : 0;
    const newSpeaker = next && TRANSCRIPT_LABEL.test(text.slice(next.start + mark, next.end));
    if (next && mark && !newSpeaker && text.slice(open, p.end).split(/\s+/).length > 3) {
      multi = true;
      return;
    }
    if (next && !mark && !newSpeaker && continuesOpenQuote(text, next, text[open] as string)) {
      multi = true;
      return;
    }
    // an unclosed mark ends at its paragraph; straight marks may be inch signs, so only curly ones count
    if (text[open] !== '"' || newSpeaker) {
      const q = trimmed(text, open, markLen, p.end, multi);
      if (q) out.push(q);
    }
    open = -1;
  });
  return out;
}
