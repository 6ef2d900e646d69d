// What a sentence tells against the claim told just before it: a verb of dispute whose object is the
// claim, a verdict on it, or another speaker's "no" to what it tells (read by disputes.ts).
import type { Token } from '../../model/index.ts';
import { stem } from '../../text/normalise.ts';
import type { Claim } from './claims.ts';
import {
  ASIDE_OPENERS,
  BACK_POINTERS,
  CLAIM_NOUNS,
  DISPUTE_VERBS,
  NEGATED_VERDICTS,
  STATEMENT_VERBS,
  VERDICTS,
} from './data/dispute-cues.ts';

const VERBS = new Set(DISPUTE_VERBS);
const OF_STATEMENTS = new Set(STATEMENT_VERBS);
const POINTERS = new Set(BACK_POINTERS);
const NOUNS = new Set(CLAIM_NOUNS);
const WRONG = new Set(VERDICTS);
const NOT_TRUE = new Set(NEGATED_VERDICTS);
const COPULAS = new Set(['is', 'was', 'are', 'were', "'s", '’s']);
// words of a claim's owner between a dispute verb and its noun ("a government minister's statement")
const MAX_BETWEEN = 5;
const ASIDES = new Set(ASIDE_OPENERS);

// a noun that heads its phrase, no modifier of the next ("fire" in "a fire inspection" is none)
const isHead = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.pos === 'NOUN' && tokens[k + 1]?.pos !== 'NOUN';
const isPunct = (t: Token | undefined): boolean => t === undefined || t.pos === 'PUNCT';
const ends = (t: Token | undefined): boolean => isPunct(t) || t?.norm === '”' || t?.norm === '"';

/**
 * A verb of dispute whose object is the claim told just before: a pointer back at it ("disputed
 * that."), or a noun for it that ends the object ("rejected the minister's statement."); in the claim's
 * own sentence only the pointer, after the claim ("…, but the union disputed that"). A pointer points
 * at a statement only after a claim told as someone's words (`statement`) and from a verb that takes
 * one (STATEMENT_VERBS): "Velt offered 3 per cent. The union rejected it." or "Police charged Lunn.
 * Lunn denied it." tell no offer or charge untrue. A noun with a clause of its own ("disputed the
 * statement that the plant, where 15 were injured, had passed …") names what is disputed, which may be
 * another claim than this one: no dispute of it here.
 */
export function disputeVerb(
  tokens: readonly Token[],
  claim: Claim,
  same: boolean,
  statement: boolean,
): number {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!VERBS.has(t.norm)) continue;
    const object = tokens[i + 1];
    const pointer = POINTERS.has(object?.norm ?? '') && ends(tokens[i + 2]);
    if (pointer && statement && OF_STATEMENTS.has(t.norm) && (!same || t.start >= claim.span.end)) return i;
    if (same) continue;
    for (let k = i + 1; k <= i + MAX_BETWEEN && k < tokens.length; k++) {
      const w = tokens[k] as Token;
      if (NOUNS.has(w.norm)) {
        if (ends(tokens[k + 1])) return i;
        break;
      }
      if (w.pos === 'VERB' || w.pos === 'AUX' || (w.pos === 'PUNCT' && w.norm !== "'" && w.norm !== '’'))
        break;
    }
  }
  return -1;
}

/**
 * A verdict on the claim told just before: "The claim was false", or after a claim told as someone's
 * words (`statement`) "That is not true." ("Police fired tear gas. That was wrong." judges a deed).
 */
export function verdict(tokens: readonly Token[], statement: boolean): boolean {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const head = (tokens[i] as Token).norm;
    if (!(statement && POINTERS.has(head)) && !NOUNS.has(head)) continue;
    if (!COPULAS.has((tokens[i + 1] as Token).norm)) continue;
    const word = tokens[i + 2] as Token;
    if (WRONG.has(word.norm) && ends(tokens[i + 3])) return true;
    if (word.norm === 'not' && NOT_TRUE.has(tokens[i + 3]?.norm ?? '') && ends(tokens[i + 4])) return true;
  }
  return false;
}

/**
 * Another speaker's "no <what the claim tells of>": "says no inspection has taken place since 2024"
 * told right after "… passed a safety inspection in January": a noun heading its phrase on both sides
 * ("no fire alarm" denies no fire), told in the claim before any clause of time or cause ("burned for
 * hours before crews put out the fire" tells of no fire that "no fire had been reported" denies).
 */
export function deniedNoun(tokens: readonly Token[], claim: Claim): boolean {
  const aside = claim.tokens.findIndex((t) => ASIDES.has(t.norm));
  const told = aside < 0 ? claim.tokens : claim.tokens.slice(0, aside);
  const nouns = new Set(
    told.filter((t, i) => isHead(told, i) && !t.stop && t.norm.length >= 4).map((t) => stem(t.norm)),
  );
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).norm !== 'no') continue;
    for (let k = i + 1; k < i + 3; k++)
      if (isHead(tokens, k) && nouns.has(stem((tokens[k] as Token).norm))) return true;
  }
  return false;
}
