// A capitalised first word that is a common word of its article (names/runs.ts `canStart`).
import type { Doc } from '../../../text/annotated.ts';

// Per article: the words it writes in lower case, those it capitalises inside running text, and those
// it writes capitalised before another capitalised word (a given name's "Mark Tolvey").
const WRITTEN = new WeakMap<Doc, { lower: Set<string>; inside: Set<string>; named: Set<string> }>();

/**
 * Whether the article writes `word` in lower case somewhere and never capitalises it inside a
 * sentence (after a token of `openers`, a quote mark or a bracket, a word is capitalised as a
 * sentence's first) nor before another capitalised word: "Residents may return …" of an article that
 * "told residents", not "Banks said" of one that writes "said Dana Banks" and "burst its banks", nor
 * "Mark said" of one that opens on "Mark Tolvey, 41, runs …" and writes "left its mark".
 */
export function commonWord(doc: Doc, word: string, openers: ReadonlySet<string>): boolean {
  let seen = WRITTEN.get(doc);
  if (!seen) {
    seen = { lower: new Set(), inside: new Set(), named: new Set() };
    doc.tokens.forEach((t, k) => {
      const sentence = doc.sentences[t.sentence];
      if (/^\p{Ll}+$/u.test(t.text)) {
        seen?.lower.add(t.text);
        return;
      }
      if (!/^\p{Lu}/u.test(t.text) || !sentence || sentence.titleCase) return;
      const next = doc.tokens[k + 1];
      if (/^\p{Lu}\p{Ll}/u.test(t.text) && next?.sentence === t.sentence && /^\p{Lu}\p{Ll}/u.test(next.text))
        seen?.named.add(t.text.toLowerCase());
      if (k !== sentence.first && !openers.has(doc.tokens[k - 1]?.text ?? ''))
        seen?.inside.add(t.text.toLowerCase());
    });
    WRITTEN.set(doc, seen);
  }
  const lower = word.toLowerCase();
  return seen.lower.has(lower) && !seen.inside.has(lower) && !seen.named.has(lower);
}
