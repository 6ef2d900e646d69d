import type { Token } from '../../../model/index.ts';
import { stem } from '../../../text/normalise.ts';
import { type ContestedUseKind, PERSON_NOUNS } from '../data/contested-terms.ts';

const PERSON_STEMS = new Set(PERSON_NOUNS.map(stem));
const NOUNS = new Set(['NOUN', 'PROPN']);
const MODIFIERS = new Set(['NOUN', 'PROPN', 'ADJ']);
// words before a bare adjective that make it a noun: "an illegal", "the illegals", "two illegals"
const NOUN_MAKERS = new Set(['DET', 'NUM', 'PRON']);
const PLURAL = /[^s]s$/;
const PEOPLE_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'us', 'him', 'her', 'them']);

// The head noun of the noun phrase that starts at token k ("border crossings" → crossings): the last
// noun of a run of nouns and adjectives; a plural noun ends it, as English compounds take singular
// modifiers ("illegal immigrants crossed": "crossed" is not in it).
export function headAfter(tokens: readonly Token[], k: number): Token | null {
  let head: Token | null = null;
  for (let i = k; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // "illegal and dangerous crossings": a conjunction between adjectives stays in the phrase
    const joined = /^(?:and|or)$/.test(t.norm) && tokens[i + 1]?.pos === 'ADJ' && head === null;
    if (!MODIFIERS.has(t.pos) && !joined && !(t.text === '-' && head !== null)) break;
    if (NOUNS.has(t.pos)) {
      head = t;
      if (PLURAL.test(t.norm)) break;
    }
  }
  return head;
}

/** Whether a noun names people: a person noun, or a plural proper noun ("Mexicans"). */
export const isPeople = (t: Token): boolean =>
  PERSON_STEMS.has(stem(t.text)) || (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && PLURAL.test(t.norm));

/**
 * Whether the contested words at `tokens[first, end)` label people or describe an act, from parts of
 * speech and the noun they modify: an adverb describes an act ("crossed illegally"); an adjective
 * labels people when the noun it modifies is a person noun or a plural proper noun ("illegal
 * immigrants", "illegal Mexicans") and describes an act or thing otherwise ("illegal entry", "illegal
 * border crossings"); a noun ("illegals") or an adjective used as one ("an illegal") labels people;
 * a predicate labels people when its subject is people ("they are illegal") and describes an act
 * otherwise ("it is illegal to", "the crossing was illegal").
 */
export function useOf(tokens: readonly Token[], first: number, end: number): ContestedUseKind {
  const last = tokens[end - 1] as Token;
  if (last.pos === 'ADV') return 'act';
  // a plural noun is the people it names ("illegals storm the ford", a noun after it tagged wrongly)
  if (NOUNS.has(last.pos) && PLURAL.test(last.norm) && end - first === 1) return 'label';
  // a phrase that ends in its own noun ("illegal immigrant") is about that noun
  const ownHead = end - first > 1 && NOUNS.has(last.pos) ? last : null;
  const head = headAfter(tokens, end) ?? ownHead;
  if (head) return isPeople(head) ? 'label' : 'act';
  if (last.pos === 'NOUN') return 'label';
  if (NOUN_MAKERS.has(tokens[first - 1]?.pos ?? '')) return 'label';
  return tokens[first - 1]?.pos === 'AUX' && peopleSubject(tokens, first - 1) ? 'label' : 'act';
}

// "Most workers on the farm were illegal", "many of them are illegal": a predicate about people labels
// them; "the crossing was illegal", "it is illegal to" describe an act. The subject is looked for back
// from the verb to the clause's start (a verb, a conjunction or punctuation).
function peopleSubject(tokens: readonly Token[], aux: number): boolean {
  for (let i = aux - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.pos === 'VERB' || t.pos === 'SCONJ' || t.pos === 'PUNCT') return false;
    if (PEOPLE_PRONOUNS.has(t.norm) || (NOUNS.has(t.pos) && isPeople(t))) return true;
  }
  return false;
}
