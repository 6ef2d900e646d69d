import { type Doc, sentenceOf, type Tok } from '../../../text/annotated.ts';
import { CUE_VERBS, INDIRECT_CUES, WEAK_CUES } from '../data/speech.ts';

// Which verbs are speech verbs: the cues that a speaker phrase (phrases.ts) stands next to.

/** True for a speech verb used as a verb. */
export function isCue(t: Tok | undefined): boolean {
  if (t === undefined || t.pos !== 'VERB') return false;
  if (CUE_VERBS.has(t.norm)) return true;
  // "asking", "noting": the participle of a cue
  const stem = t.norm.endsWith('ing') ? t.norm.slice(0, -3) : '';
  return stem.length > 2 && (CUE_VERBS.has(stem) || CUE_VERBS.has(`${stem}e`));
}

/** True for a cue that attributes on its own (not "read", "reported"), or a weak one after a document. */
export function isStrongCue(t: Tok | undefined): boolean {
  return isCue(t) && !WEAK_CUES.has((t as Tok).norm);
}

/** True for a finite speech verb that can introduce indirect speech. */
export function isIndirectCue(t: Tok | undefined): boolean {
  return t !== undefined && t.pos === 'VERB' && INDIRECT_CUES.has(t.norm);
}

/**
 * "lifeboat coxswain Hope Lund said": a capitalised word tagged a verb inside a sentence of running text,
 * before a proper noun, is a given name ("Hope", "Will"), a word of the speaker's name and no cue.
 */
export function givenNameCue(doc: Doc, k: number): boolean {
  const t = doc.tokens[k] as Tok;
  const sentence = doc.sentences[sentenceOf(doc, k)];
  if (!sentence || sentence.titleCase || k === sentence.first || !/^\p{Lu}\p{Ll}+$/u.test(t.text))
    return false;
  return t.pos === 'VERB' && doc.tokens[k + 1]?.pos === 'PROPN';
}
