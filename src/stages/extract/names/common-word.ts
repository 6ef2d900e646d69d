// A capitalised first word that is a common word of its article (names/runs.ts `canStart`).
import type { Doc } from '../../../text/annotated.ts';
import { GIVEN_NAMES } from '../data/given-names.ts';

// Per article: the words it writes in lower case, those it capitalises inside running text, and those
// it writes capitalised before another capitalised word as a given name ("Mark Tolvey").
const WRITTEN = new WeakMap<Doc, { lower: Set<string>; inside: Set<string>; named: Set<string> }>();

/**
 * Whether the article writes `word` in lower case somewhere and never capitalises it inside a
 * sentence (after a token of `openers`, a quote mark or a bracket, a word is capitalised as a
 * sentence's first) nor, a given name, before another capitalised word: "Residents may return …" of
 * an article that "told residents", not "Banks said" of one that writes "said Dana Banks" and "burst
 * its banks", nor "Mark said" of one that opens on "Mark Tolvey, 41, runs …" and writes "left its
 * mark"; but "Officers said" of one that opens on "Officers Tam Orr and Lio Vance were …" and writes
 * "two officers" (a plural noun before a name is no given name).
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
      const word = t.text.toLowerCase();
      if (/^\p{Lu}\p{Ll}/u.test(t.text) && next?.sentence === t.sentence && /^\p{Lu}\p{Ll}/u.test(next.text))
        if (GIVEN_NAMES.has(word)) seen?.named.add(word);
      if (k !== sentence.first && !openers.has(doc.tokens[k - 1]?.text ?? ''))
        seen?.inside.add(t.text.toLowerCase());
    });
    WRITTEN.set(doc, seen);
  }
  const lower = word.toLowerCase();
  return seen.lower.has(lower) && !seen.inside.has(lower) && !seen.named.has(lower);
}
