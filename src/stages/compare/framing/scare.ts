import type { Framing, SegmentedArticle, Token } from '../../../model/index.ts';
import { isScareQuote } from '../../extract/index.ts';

const OPEN = new Set(['“', '"']);
const CLOSE = new Set(['”', '"']);
const WORD = /[\p{L}\p{N}]/u;

/**
 * The scare quotes of an article: short phrases in double quotation marks in the outlet's own voice,
 * with no speech cue in their sentence (the extract stage's test, `isScareQuote`, so they are exactly
 * the quoted phrases it does not list as anyone's quote): so-called “sanctuary cities”.
 */
export function scareQuotes(doc: SegmentedArticle): Framing['scareQuotes'] {
  const out: Framing['scareQuotes'] = [];
  const { id, text } = doc.article;
  for (const { tokens } of doc.sentences)
    for (let open = 0; open < tokens.length; open++) {
      if (!OPEN.has((tokens[open] as Token).text)) continue;
      let close = open + 1;
      while (close < tokens.length && !CLOSE.has((tokens[close] as Token).text)) close++;
      if (close === tokens.length) break;
      const inside = tokens.slice(open + 1, close);
      // a mark stuck to a word opens no quote (key="value", 12" pipe)
      const opens = !/[\p{L}\p{N}=]/u.test(text[(tokens[open] as Token).start - 1] ?? ' ');
      if (opens && isScareQuote(tokens.slice(0, open), inside, tokens.slice(close + 1))) {
        // the phrase from its first to its last word, without the punctuation inside the marks
        const words = inside.filter((t) => WORD.test(t.text));
        const span = { start: (words[0] as Token).start, end: (words[words.length - 1] as Token).end };
        out.push({
          articleId: id,
          text: text.slice(span.start, span.end),
          evidence: { articleId: id, span },
        });
      }
      open = close;
    }
  return out;
}
