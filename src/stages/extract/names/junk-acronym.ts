import type { Doc, Tok } from '../../../text/annotated.ts';
import { COMMON_ACRONYMS, COMMON_NOUN_ACRONYMS, PLACE_ACRONYMS } from '../data/organizations.ts';
import { isTicker } from './context-org.ts';

/** Share of a sentence's longer words in capitals above which it is shouted, and its acronyms are words. */
const SHOUTED_SHARE = 0.5;

/** A one-word capitals name that is no organisation: a ticker, a common-noun acronym, a word in a shouted line. */
export function isJunkAcronym(
  doc: Doc,
  a: number,
  word: string,
  sentence: Doc['sentences'][number],
): boolean {
  if (isTicker(doc, a)) return true;
  const bare = word.replace(/\./g, '').toUpperCase();
  if (bare === word.replace(/\./g, '') && COMMON_NOUN_ACRONYMS.has(bare)) return true;
  if (!/^[A-Z]{2,}$/.test(word) || word in COMMON_ACRONYMS || PLACE_ACRONYMS.has(word)) return false;
  let long = 0;
  let caps = 0;
  for (let k = sentence.first; k < sentence.end; k++) {
    const t = (doc.tokens[k] as Tok).text;
    if (t.length < 3 || !/^\p{L}+$/u.test(t)) continue;
    long++;
    if (t === t.toUpperCase()) caps++;
  }
  return long >= 3 && caps / long > SHOUTED_SHARE;
}
