import { type Doc, type DocSentence, sentenceOf, type Tok } from '../../../text/annotated.ts';
import { DOCUMENT_NOUNS } from '../data/speech.ts';
import { isCue } from './cues.ts';
import { phraseBefore } from './phrases.ts';

// Who issued a document a later quote is given to: "In a joint statement, the City of Dunmore and the
// Dunmore Harbour Authority said … “…,” the statement said." The statement speaks for its issuers.

/** Longest run of tokens read from the comma after the document's phrase to the issuers' cue. */
const MAX_ISSUER_TOKENS = 16;

/**
 * The issuers' phrase and cue of the document named at token `k` when its sentence opens "In a(n) …
 * <document>, <issuers> <cue>", else null.
 */
export function issuerOf(doc: Doc, k: number, phraseStart: number): [number, number, number] | null {
  const sentence = doc.sentences[sentenceOf(doc, k)] as DocSentence;
  if (doc.tokens[phraseStart - 1]?.norm !== 'in' || phraseStart - 1 !== sentence.first) return null;
  // "In a joint statement on Wednesday, …": a date after the document still opens the sentence
  let comma = k + 1;
  while (comma < sentence.end && comma - k < 4 && (doc.tokens[comma] as Tok).text !== ',') comma++;
  if ((doc.tokens[comma] as Tok | undefined)?.text !== ',') return null;
  for (let c = comma + 2; c < Math.min(sentence.end, comma + MAX_ISSUER_TOKENS); c++) {
    const t = doc.tokens[c] as Tok;
    if (t.pos === 'PUNCT' && t.text !== '.') return null;
    if (!isCue(t)) continue;
    const np = phraseBefore(doc, c, comma + 1);
    // "In a letter, the statement said": a document issues nothing (and is not read again)
    if (!np || np[0] !== comma + 1 || DOCUMENT_NOUNS.has((doc.tokens[np[1] - 1] as Tok).norm)) return null;
    return [np[0], np[1], c];
  }
  return null;
}

/** Farthest back, in tokens, that a document a later quote names ("the statement said") is looked for. */
export const DOCUMENT_LOOKBACK = 400;

/** The issuers' phrase and cue of the document of that head noun last named before token `before`, if any. */
export function issuerBefore(doc: Doc, before: number, head: string): [number, number, number] | null {
  for (let k = before - 1; k >= Math.max(0, before - DOCUMENT_LOOKBACK); k--) {
    const t = doc.tokens[k] as Tok;
    if (t.norm !== head || t.pos !== 'NOUN') continue;
    const np = phraseBefore(doc, k + 1, (doc.sentences[sentenceOf(doc, k)] as { first: number }).first);
    return np ? issuerOf(doc, k, np[0]) : null;
  }
  return null;
}
