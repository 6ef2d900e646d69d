import type { Framing, SegmentedArticle, Token } from '../../../model/index.ts';
import { quotedTokens } from '../../../text/quotes/tokens.ts';
import { isScareQuote } from '../../extract/index.ts';

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
    for (const { open, close } of quotedTokens(tokens, text)) {
      const inside = tokens.slice(open + 1, close);
      if (!isScareQuote(tokens.slice(0, open), inside, tokens.slice(close + 1))) continue;
      // the phrase from its first to its last word, without the punctuation inside the marks
      const words = inside.filter((t) => WORD.test(t.text));
      const span = { start: (words[0] as Token).start, end: (words[words.length - 1] as Token).end };
      out.push({
        articleId: id,
        text: text.slice(span.start, span.end),
        evidence: { articleId: id, span },
      });
    }
  return out;
}
