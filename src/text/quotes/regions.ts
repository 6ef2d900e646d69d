import type { Span } from '../../model/index.ts';
import { CLOSER_OF, isApostrophe, OPENER_TEXT, SINGLE_OPENER } from './marks.ts';

const AFTER_WORD_OR_MARK = /[\p{L}\p{N}\p{P}]/u;
// scrapes mix curly and straight double marks (“…" and "…”): either closes a quotation either opened
const MIXED = new Set(['“', '"']);
const DOUBLE_CLOSE = /[”"]/g;

function nextDoubleCloser(para: string, from: number): number {
  DOUBLE_CLOSE.lastIndex = from;
  return DOUBLE_CLOSE.exec(para)?.index ?? -1;
}

/**
 * The passages of a text inside quotation marks, read paragraph by paragraph: curly and guillemet
 * pairs, straight double quotes paired within a paragraph, a curly and a straight one closing each other (as scrapes mix them), ``…'' and ''…'' pairs (as wires and ECB+
 * write them), single curly quotes that open at a word start (an apostrophe opens and closes
 * nothing). An unclosed quote ends with its paragraph. Sorted, disjoint spans into `text`, each from
 * its opening mark to the end of its closing one.
 * @example quotedRegions('He said “yes” then.', [{ start: 0, end: 19 }]) // [{ start: 8, end: 13 }]
 */
export function quotedRegions(text: string, paragraphs: readonly Span[]): Span[] {
  const regions: Span[] = [];
  for (const { start, end } of paragraphs) {
    // within the paragraph's own text, jump from one opening mark to the next and on to its closing one
    const para = text.slice(start, end);
    for (let i = 0; i < para.length; ) {
      OPENER_TEXT.lastIndex = i;
      const open = OPENER_TEXT.exec(para)?.index;
      if (open === undefined) break;
      const c =
        para.startsWith('``', open) || para.startsWith("''", open)
          ? para.slice(open, open + 2)
          : (para[open] as string);
      // '' after a letter, a digit or punctuation closes what nothing opened (an inch sign, a stray closer)
      if (
        (c === SINGLE_OPENER && isApostrophe(text, start + open)) ||
        (c === "''" && AFTER_WORD_OR_MARK.test(text[start + open - 1] ?? ' '))
      ) {
        i = open + c.length;
        continue;
      }
      const closer = CLOSER_OF[c] as string;
      let close = MIXED.has(c) ? nextDoubleCloser(para, open + 1) : para.indexOf(closer, open + c.length);
      // a closing single quote before a word is an apostrophe ("‘the people’s choice’")
      while (closer === '’' && close >= 0 && isApostrophe(text, start + close))
        close = para.indexOf(closer, close + 1);
      if (close < 0) {
        // an unclosed quote ends with its paragraph
        regions.push({ start: start + open, end });
        break;
      }
      const after = close + (MIXED.has(c) ? 1 : closer.length);
      regions.push({ start: start + open, end: start + after });
      i = after;
    }
  }
  return regions;
}
