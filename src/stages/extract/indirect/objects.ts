import type { Doc, Tok } from '../../../text/annotated.ts';
import { RELATIVE_PRONOUNS } from '../data/function-words.ts';
import { ARTIFACT_NOUNS, WITHHOLDING_CUES } from '../data/speech.ts';

const VERB_POS = new Set(['VERB', 'AUX']);
const OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'SYM', 'PART']);

/**
 * True when [a, b) is a noun phrase whose head names a text put forward ("a budget of $2 million"), with
 * no verb but in a relative clause on that noun ("a budget that would cut spending": what the budget
 * does, not what was said) or in its infinitive ("rejected a plan to close them by a vote of 6 to 3":
 * what the plan would do; a vote is no speech, newuser23 #10).
 */
export function artifactOnly(doc: Doc, a: number, b: number): boolean {
  let head: Tok | undefined;
  let k = a;
  for (; k < b && OBJECT_POS.has((doc.tokens[k] as Tok).pos); k++)
    if ((doc.tokens[k] as Tok).pos === 'NOUN') head = doc.tokens[k];
  if (!head || !ARTIFACT_NOUNS.has(head.norm)) return false;
  if (k < b && doc.tokens[k - 1] === head && RELATIVE_PRONOUNS.has((doc.tokens[k] as Tok).norm)) return true;
  const h = doc.tokens.indexOf(head, a);
  if (doc.tokens[h + 1]?.norm === 'to' && h + 2 < b && doc.tokens[h + 2]?.pos === 'VERB') return true;
  for (let j = a; j < b; j++) if (VERB_POS.has((doc.tokens[j] as Tok).pos)) return false;
  return true;
}

/**
 * "deny coverage to Americans", "denied entry to the crew": a noun phrase right after the cue and "to" before
 * a noun phrase is a thing withheld from someone, not a claim denied ("denied the claims", "denied that …").
 */
export function withheld(doc: Doc, c: number, a: number, b: number): boolean {
  if (!WITHHOLDING_CUES.has((doc.tokens[c] as Tok).norm) || a !== c + 1) return false;
  let k = a;
  while (k < b && (doc.tokens[k] as Tok).norm !== 'to' && OBJECT_POS.has((doc.tokens[k] as Tok).pos)) k++;
  const to = doc.tokens[k];
  const next = doc.tokens[k + 1];
  return k > a && k < b && to?.norm === 'to' && next !== undefined && !VERB_POS.has(next.pos);
}
