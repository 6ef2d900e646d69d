import type { Claim } from '../claims.ts';
import { SUBORDINATORS } from '../data/clause-words.ts';

// A claim that is a question: it ends in a question mark, or in one before a closing quotation mark
// when the whole claim is the quotation ("“Why now?”"); a question quoted at the end of a sentence that
// tells something ("earned praise … by asking, “What would …?”") is that sentence's.
const asks = (text: string): boolean => /\?$/.test(text) || (/\?['"’”]$/.test(text) && /^['"‘“`]/.test(text));

/**
 * Whether a claim can be shown on its own: not a subordinate clause, not an unresolved pronoun ("but he
 * wants …", shown as "He wants …", needs the sentence before; "These include …" needs what "these" are),
 * not a question ("Can the ferry company keep the sailings going?" asserts nothing, so no source tells it).
 */
export function standsAlone(claim: Claim): boolean {
  // (asked again each time the claim's group is looked at: worked out once)
  let alone = ALONE.get(claim);
  if (alone === undefined) {
    alone = readAlone(claim);
    ALONE.set(claim, alone);
  }
  return alone;
}
const ALONE = new WeakMap<Claim, boolean>();

function readAlone(claim: Claim): boolean {
  // the conjunction a clause opens with is dropped when it is shown: the word after it opens the claim
  const at = claim.tokens.findIndex((t) => t.pos !== 'CCONJ');
  const first = claim.tokens[at];
  if (!first || claim.broken || asks(claim.text)) return false;
  if (SUBORDINATORS.includes(first.norm) && !claim.tokens.some((t) => t.text === ',')) return false;
  if (/^(he|she|they|it|we|i|you)$/.test(first.norm)) return claim.subject !== null;
  const next = claim.tokens[at + 1];
  if (/^(this|that|these|those)$/.test(first.norm) && (next?.pos === 'VERB' || next?.pos === 'AUX'))
    return false;
  // "that the fatigue was …": the second thing someone said, without the saying
  if (first.norm === 'that' && next && next.pos !== 'VERB' && next.pos !== 'AUX' && at > 0) return false;
  return claim.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/** A claim as shown: an opening pronoun replaced by the name it stands for, in brackets. */
export function displayOf(claim: Claim, speaker: string | null = null): string {
  let text = claim.text;
  // the shown clause opens with the pronoun (a conjunction before it is not shown): "[X] wants …"
  if (claim.subject && !claim.subjectUnclear) text = text.replace(OPENING_PRONOUN, `[${claim.subject.name}]`);
  // "“…,” she said": the pronoun after a quotation stands for the quote's speaker
  return speaker
    ? text.replace(
        SPEAKER_PRONOUN,
        (_, before: string, _p: string, verb: string) => `${before}[${speaker}]${verb}`,
      )
    : text;
}

const OPENING_PRONOUN = /^(?:he|she|they|it)\b/i;

const SPEAKER_PRONOUN =
  /([”"’]\s*,?\s*)(she|he|they)(\s+(?:said|says|added|adds|told|wrote|explained|noted|warned|argued)\b)/i;
