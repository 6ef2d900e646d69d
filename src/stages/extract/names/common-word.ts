// A capitalised first word that is a common word of its article (names/runs.ts `canStart`).
import type { Doc } from '../../../text/annotated.ts';

// Per article: the words it writes in lower case, and those it capitalises inside running text.
const WRITTEN = new WeakMap<Doc, { lower: Set<string>; inside: Set<string> }>();

/**
 * Whether the article writes `word` in lower case somewhere and never capitalises it inside a
 * sentence (after a token of `openers`, a quote mark or a bracket, a word is capitalised as a
 * sentence's first): "Residents may return …" of an article that "told residents", not "Banks said"
 * of one that writes "said Dana Banks" and "burst its banks".
 */
export function commonWord(doc: Doc, word: string, openers: ReadonlySet<string>): boolean {
  let seen = WRITTEN.get(doc);
  if (!seen) {
    seen = { lower: new Set(), inside: new Set() };
    doc.tokens.forEach((t, k) => {
      const sentence = doc.sentences[t.sentence];
      if (/^\p{Ll}+$/u.test(t.text)) seen?.lower.add(t.text);
      else if (
        /^\p{Lu}/u.test(t.text) &&
        sentence &&
        !sentence.titleCase &&
        k !== sentence.first &&
        !openers.has(doc.tokens[k - 1]?.text ?? '')
      )
        seen?.inside.add(t.text.toLowerCase());
    });
    WRITTEN.set(doc, seen);
  }
  const lower = word.toLowerCase();
  return seen.lower.has(lower) && !seen.inside.has(lower);
}
