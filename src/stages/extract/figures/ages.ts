// Ages told without "-year-old" ("aged 81", "at age 64", "between age 15 and 22", "He was 77.", "in his
// early 20's", "died in prison at 77"): an age is no figure, as "a 14-year-old" is none (text/ages.ts).
import type { Doc } from '../../../text/annotated.ts';
import {
  AGE_AT_VERBS,
  AGE_DECADE_MODIFIERS,
  AGE_DECADE_OWNERS,
  AGE_TOLD_SUBJECTS,
  AGE_TOLD_VERBS,
  AGE_WORDS,
} from '../data/function-words.ts';
import { isNumberToken } from '../numbers.ts';

const RANGE_LINKS = new Set(['to', 'and', 'or', '-']);
const CLAUSE_END = /^[.,;:]$/;
const APOSTROPHE = /^['’]$/;
/** Tokens between a verb of dying and "at" with an age ("died yesterday in federal prison at 77"). */
const AGE_AT_REACH = 6;

// "dies at 91", "died yesterday in federal prison at 77,": "at" and a number that ends the clause,
// after a verb of dying with no comma between
function diedAt(doc: Doc, i: number): boolean {
  const t = doc.tokens;
  const sentence = t[i]?.sentence;
  const next = t[i + 1];
  if (t[i - 1]?.norm !== 'at' || (next && next.sentence === sentence && !CLAUSE_END.test(next.text)))
    return false;
  for (let k = i - 2; k >= Math.max(0, i - 2 - AGE_AT_REACH); k--) {
    const tok = t[k];
    if (!tok || tok.sentence !== sentence || tok.text === ',') return false;
    if (AGE_AT_VERBS.has(tok.norm)) return true;
  }
  return false;
}

/**
 * The token after an age told at the number i (with the high end of its range: "age 16 to 19", "aged
 * 13 and 15", "when he was 17 to 25"); else -1.
 * @example
 * toldAgeEnd(docOf('Hale died in Brest, aged 81.'), 6) // 7
 */
export function toldAgeEnd(doc: Doc, i: number): number {
  const t = doc.tokens;
  const prev = t[i - 1];
  if (prev && AGE_WORDS.has(prev.norm)) {
    const link = t[i + 1];
    return link && RANGE_LINKS.has(link.norm) && isNumberToken(t[i + 2]) ? i + 3 : i + 1;
  }
  if (diedAt(doc, i)) return i + 1;
  // "He was 77.", "…, who was 77, …", "when he was 17 to 25,": a person's "was" and a number (or a
  // range) that ends the clause
  const next = t[i + 1];
  const ranged = next && RANGE_LINKS.has(next.norm) && isNumberToken(t[i + 2]);
  const end = ranged ? i + 3 : i + 1;
  const after = t[end];
  if (
    prev &&
    AGE_TOLD_VERBS.has(prev.norm) &&
    AGE_TOLD_SUBJECTS.has(t[i - 2]?.norm ?? '') &&
    (!after || after.sentence !== prev.sentence || CLAUSE_END.test(after.text))
  )
    return end;
  // "in his early 20's": a decade of someone's life, its "'s" split off by the tokeniser
  if (next && APOSTROPHE.test(next.text) && !next.spaced && /^s\b/.test(t[i + 2]?.norm ?? '')) {
    let k = i - 1;
    while (k >= 0 && AGE_DECADE_MODIFIERS.has(t[k]?.norm ?? '')) k--;
    if (AGE_DECADE_OWNERS.has(t[k]?.norm ?? '')) return i + 3;
  }
  return -1;
}
