import type { Doc } from '../../../text/annotated.ts';
import { TITLES } from '../data/titles.ts';
import { ACRONYM } from '../patterns.ts';
import { isNameWord, UPPER, wordSpansOf } from './runs.ts';
import { typeName } from './types.ts';

/**
 * Where the body ends in a run that names a body's office before a person's lower-case title and
 * name: "White House Harbour Security adviser Dana Pellworth" is the body "White House" and its
 * office "Harbour Security", no organisation of that name. The run's first words must be a body by
 * themselves (`typeName`: a strong organisation, not a lone acronym) and the words after them none,
 * every word capitalised; the token after the body, else null (no title and name after the run, or the
 * run one body whole: "Norhaven Port Authority chief Dana Pellworth", "Department of Corrections
 * spokeswoman Ada Lind").
 */
export function bodyBeforeOffice(doc: Doc, a: number, b: number): number | null {
  const toks = doc.tokens;
  const title = toks[b];
  if (!title || title.text !== title.norm || !TITLES[title.norm] || !isNameWord(toks[b + 1])) return null;
  const spans = wordSpansOf(doc, a, b);
  const words = spans.map(([s, e]) => doc.text.slice(s, e));
  // capitalised words only ("Department of Corrections spokeswoman" is one body)
  if (!words.every((w) => UPPER.test(w))) return null;
  for (let k = 1; k < words.length; k++) {
    // a body named in words: an acronym may open a firm's name ("ACME Research analyst")
    if (k === 1 && ACRONYM.test(words[0] ?? '')) continue;
    const body = typeName(words.slice(0, k), false);
    if (body.kind !== 'organization' || !body.strong) continue;
    if (typeName(words.slice(k), false).kind === 'organization') return null;
    const end = (spans[k - 1] as [number, number])[1];
    let t = a;
    while (t < b && (toks[t]?.end ?? 0) <= end) t++;
    return t;
  }
  return null;
}
