import type { Token } from '../../../model/index.ts';
import { fold, stem } from '../../../text/normalise.ts';
import { REFLEXIVE_PRONOUNS } from '../../extract/data/function-words.ts';
import { SYMMETRIC_VERBS } from '../data/predicates.ts';
import { REPORTING_STEMS } from '../data/word-forms.ts';
import { perReading, type Reading } from './reading.ts';

/** A name's part in its clause: who does the verb's action (agent), or to whom it is done (patient). */
interface Role {
  readonly verb: string;
  readonly role: 'agent' | 'patient';
}

const SYMMETRIC = new Set(SYMMETRIC_VERBS.map(stem));
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'got', 'get']);
// words that may stand between a verb and the name it governs ("defeated the incumbent Tom Reyes")
const MODIFIER = new Set(['DET', 'ADJ', 'NOUN', 'NUM', 'PROPN']);
const POSSESSIVE = /^['’]s$/;
// "was defeated", "had been arrested": a past participle after a form of "be" (or "get")
export const passive = (tokens: readonly Token[], v: number): boolean =>
  /(ed|en|wn|t)$/.test(tokens[v]?.norm ?? '') &&
  [tokens[v - 1], tokens[v - 2]].some((t) => BE.has(t?.norm ?? ''));

// The role of the name at token i: the object of the verb just before its noun phrase, the agent
// after a passive verb's "by", or the subject of the next verb when nothing but its phrase is before
// it. A name after any other preposition ("in Vessmark", "of the union") has no role read here.
function roleAt(tokens: readonly Token[], i: number): Role | null {
  let k = i - 1;
  while (k >= 0 && MODIFIER.has((tokens[k] as Token).pos)) k--;
  const before = tokens[k];
  const verbAt = (v: number) => stem((tokens[v] as Token).text);
  if (before?.pos === 'VERB') return passive(tokens, k) ? null : { verb: verbAt(k), role: 'patient' };
  if (before?.norm === 'by' && tokens[k - 1]?.pos === 'VERB' && passive(tokens, k - 1))
    return { verb: verbAt(k - 1), role: 'agent' };
  if (before !== undefined && before.pos !== 'PUNCT' && before.pos !== 'CCONJ') return null;
  // a possessive names the owner of the subject ("Valdoria's army attacked"): its side all the same
  let v = i + 1;
  while (
    v < tokens.length &&
    (MODIFIER.has((tokens[v] as Token).pos) || POSSESSIVE.test(tokens[v]?.text ?? ''))
  )
    v++;
  while (v < tokens.length && (tokens[v]?.pos === 'AUX' || tokens[v]?.pos === 'ADV')) v++;
  if (tokens[v]?.pos !== 'VERB') return null;
  return { verb: verbAt(v), role: passive(tokens, v) ? 'patient' : 'agent' };
}

// The roles of the words of a clause's names. Reporting verbs are left out ("said Lee" and "Lee said"
// are one speaker, and who reports is checked apart), and so are verbs whose sides do the same.
const rolesOf = perReading((r: Reading): ReadonlyMap<string, Role> => {
  const byName = new Map<string, Role>();
  r.claim.tokens.forEach((t, i, tokens) => {
    if (t.pos !== 'PROPN' || !/\p{L}{2}/u.test(t.text)) return;
    const role = roleAt(tokens, i);
    if (role && !REPORTING_STEMS.has(role.verb) && !SYMMETRIC.has(role.verb)) byName.set(fold(t.text), role);
  });
  return byName;
});

/**
 * Whether a name both sentences give does the action in one and has it done to it in the other
 * ("Wu defeated Reyes" / "Reyes defeated Wu"; "Wu was defeated by Reyes"): the same words, other roles.
 */
export function swappedRoles(a: Reading, b: Reading): boolean {
  const inB = rolesOf(b);
  for (const [name, role] of rolesOf(a)) {
    const other = inB.get(name);
    // the same verb only: two of one class may be converses ("Tavares hosted Kowalczyk" / "Kowalczyk visited")
    if (other && role.verb === other.verb && role.role !== other.role) return true;
  }
  return false;
}

// Whether a clause tells a verb done by its subject to itself ("hanged himself", "turned herself in").
const doneToItself = perReading((r: Reading): boolean =>
  r.claim.tokens.some((t, i, tokens) => REFLEXIVE_PRONOUNS.has(t.norm) && tokens[i - 1]?.pos === 'VERB'),
);

/**
 * Whether the claim's subject does its verb to itself and `b` tells no one doing anything to
 * themselves: "the gang boss hanged himself in his cell" is not stated by "the gang boss was found
 * hanging in his cell" (who did it is the claim's, untold).
 */
export const selfDoneUntold = (a: Reading, b: Reading): boolean =>
  doneToItself(a) && !b.claim.tokens.some((t) => REFLEXIVE_PRONOUNS.has(t.norm));
