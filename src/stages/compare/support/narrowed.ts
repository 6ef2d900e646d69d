import type { Token } from '../../../model/index.ts';
import { ORDINAL_WORDS } from '../../../text/data/quantities.ts';
import { fold, stem } from '../../../text/normalise.ts';
import {
  CLAIMING_VERBS,
  COUNTING_WORDS,
  KIND_ADJECTIVES,
  KIND_ADVERBS,
  PARTITIVE_WORDS,
} from '../data/narrowing-words.ts';
import { PERSON_NOUNS } from '../data/person-nouns.ts';
import { baseStem, type Reading } from './reading.ts';
import { foldedWords, sameClass } from './relations.ts';

// A proper noun in the plural that names a group: a party, a people, a team ("Republicans",
// "Israelis", "Saints"); not a name ending in "ss" or "us" ("Ross", "Columbus").
const GROUP = /^\p{Lu}\p{Ll}+[^su]s$/u;
const isGroup = (t: Token | undefined): boolean => t?.pos === 'PROPN' && GROUP.test(t.text);

/**
 * Whether `b` names another group where `a` names one, in the same place of the sentence, between
 * the same words: "Senate Republicans blocked the bills" is not told by "Senate Democrats blocked the
 * bills" (a name shared beside them, "Senate", passes the participant checks on its own). Two words
 * of one stem ("Democrats" / "Democratic") are one group.
 */
export function otherGroup(a: Reading, b: Reading): boolean {
  const ta = a.claim.tokens;
  const tb = b.claim.tokens;
  const inA = foldedWords(a);
  const inB = foldedWords(b);
  for (let i = 0; i < ta.length; i++) {
    const t = ta[i] as Token;
    if (!isGroup(t) || inB.has(fold(t.text))) continue;
    const [before, after] = [ta[i - 1]?.norm, ta[i + 1]?.norm];
    for (let k = 0; k < tb.length; k++) {
      const u = tb[k] as Token;
      if (!isGroup(u) || inA.has(fold(u.text)) || fold(u.text).slice(0, 4) === fold(t.text).slice(0, 4))
        continue;
      if (tb[k - 1]?.norm === before && tb[k + 1]?.norm === after) return true;
    }
  }
  return false;
}

/**
 * The word of kind (data/narrowing-words.ts) that `a` gives a noun `b` names too, or an adverb of kind
 * (`b` tells the claim's predicates where this is asked), where `b` has no such word: "will enter a
 * guilty plea" is not stated by "will enter a plea", nor "temporarily closed" by "closed"; else null.
 */
export function kindMissing(a: Reading, b: Reading): string | null {
  const tokens = a.claim.tokens;
  const inB = foldedWords(b);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.pos === 'ADV' && KIND_ADVERBS[t.norm] !== undefined && !inB.has(t.norm)) return t.norm;
    // (a tagger takes a capitalised one for a name: "Former governor Ray Dunmore")
    if (!['ADJ', 'PROPN'].includes(t.pos) || KIND_ADJECTIVES[t.norm] === undefined || inB.has(t.norm))
      continue;
    // the noun it tells the kind of, past other adjectives ("a partial government shutdown"), or a
    // title ("former Governor Ray Dunmore")
    let k = i + 1;
    while (tokens[k]?.pos === 'ADJ' || (tokens[k]?.pos === 'NOUN' && tokens[k + 1]?.pos === 'NOUN')) k++;
    const noun = tokens[k];
    if ((noun?.pos === 'NOUN' || noun?.pos === 'PROPN') && b.allStems.has(stem(noun.text))) return t.norm;
  }
  return null;
}

// A rank joined to a superlative ("second-lowest", "3rd-largest"), which the reading of figures
// leaves out with the other compounds ("third-party"): the rank's word, or null.
function rankAt(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i] as Token;
  const rank = ORDINAL_WORDS[t.norm] !== undefined || /^\d+(st|nd|rd|th)$/.test(t.norm);
  return rank && tokens[i + 1]?.text === '-' && /est$/.test(tokens[i + 2]?.norm ?? '') ? t.norm : null;
}

/**
 * Whether `a` ranks a superlative that `b` tells without that rank: "its second-lowest turnout" is
 * not stated by "its lowest turnout".
 */
export function rankMissing(a: Reading, b: Reading): boolean {
  const inB = foldedWords(b);
  return a.claim.tokens.some((_, i) => {
    const rank = rankAt(a.claim.tokens, i);
    return rank !== null && !inB.has(rank);
  });
}

// The partitive word before the noun at i, past adjectives and "of (the)" ("some of the workers",
// "several angry residents", "a majority of voters"), or null.
function partitiveBefore(tokens: readonly Token[], i: number): string | null {
  let k = i - 1;
  while (tokens[k]?.pos === 'ADJ' && PARTITIVE_WORDS[tokens[k]?.norm ?? ''] === undefined) k--;
  if (tokens[k]?.norm === 'the' && tokens[k - 1]?.norm === 'of') k -= 2;
  else if (tokens[k]?.norm === 'of') k--;
  const w = tokens[k]?.norm ?? '';
  return PARTITIVE_WORDS[w] !== undefined ? w : null;
}

// Whether a word before the noun at i counts or takes part of it already: a number, a partitive or
// a determiner of amount ("all", "both", "no", "three").
function countedBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'NUM' || COUNTING_WORDS[t.norm] !== undefined || PARTITIVE_WORDS[t.norm] !== undefined)
      return true;
    if (t.pos === 'VERB' || t.pos === 'PUNCT') break;
  }
  return false;
}

/**
 * Whether `b` tells of only a part of a group `a` tells of whole: "Republicans voted against the
 * plan" is not stated by "Some Republicans voted against the plan" (nor by "several of the
 * Republicans"). The group is a plural noun or name both give, with no number or partitive in `a`.
 */
export function onlyPart(a: Reading, b: Reading): boolean {
  const ta = a.claim.tokens;
  const tb = b.claim.tokens;
  const whole = new Set<string>();
  ta.forEach((t, i) => {
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && /s$/.test(t.norm) && !countedBefore(ta, i))
      whole.add(stem(t.text));
  });
  if (whole.size === 0) return false;
  return tb.some(
    (u, k) =>
      (u.pos === 'NOUN' || u.pos === 'PROPN') && whole.has(stem(u.text)) && partitiveBefore(tb, k) !== null,
  );
}

// The position of the first verb of claiming in a clause ("claimed", "insisted"), or -1.
const claimingAt = (r: Reading): number =>
  r.claim.tokens.findIndex((t) => t.pos === 'VERB' && CLAIMING_VERBS[t.norm] !== undefined);

// How far after a verb of claiming the verb it governs may stand, in tokens (as a governing verb's).
const CLAIM_REACH = 8;

/**
 * Whether `b` tells `a`'s event only as someone's claim: "Ray Dunmore won the election" is not stated
 * by "Ray Dunmore claimed he won the election" (a verb of claiming shortly before the claim's main
 * predicate, no punctuation between), where `a` claims nothing itself.
 */
export function onlyClaimed(a: Reading, b: Reading): boolean {
  const at = claimingAt(b);
  if (at < 0 || claimingAt(a) >= 0) return false;
  const { tokens, tokenStems } = b.claim;
  // the claim's main predicate: one of its asides may stand in the claim's words too
  const main = a.predicates[0];
  for (let i = at + 1; i < tokens.length && i <= at + CLAIM_REACH; i++) {
    if (tokens[i]?.pos === 'PUNCT') return false;
    if (main !== undefined && sameClass(main, baseStem(tokenStems[i] as string))) return true;
  }
  return false;
}

// Words that tell of a person without saying who or what kind ("saw someone fleeing").
const ANY_PERSON = new Set(['someone', 'somebody', 'anyone', 'anybody', 'person', 'individual']);

// The word before token i past its determiners and adjectives ("saw [a young] woman") and the word
// right after it, by their norms; punctuation is no word there.
function neighbours(r: Reading, i: number): readonly [string, string] {
  const tokens = r.claim.tokens;
  let j = i - 1;
  while (j >= 0 && ['DET', 'ADJ'].includes(tokens[j]?.pos ?? '')) j--;
  const word = (t: (typeof tokens)[number] | undefined) => (t && t.pos !== 'PUNCT' ? t.norm : '');
  return [word(tokens[j]), word(tokens[i + 1])];
}

/**
 * Whether `b` tells only "someone" where `a` says what kind of person (a noun of data/person-nouns.ts
 * that `b` does not give, standing where b's "someone" stands: the same word before it or after it):
 * "saw a woman fleeing the building" is not stated by "saw someone fleeing the building"; "saw
 * someone fleeing" is stated by "saw a woman fleeing", and "The woman told police that someone
 * followed her" by "She told police that someone followed her" (the woman is not the someone).
 */
export function personUnnamed(a: Reading, b: Reading): boolean {
  const places = b.claim.tokens.flatMap((t, i) => (ANY_PERSON.has(t.norm) ? [neighbours(b, i)] : []));
  if (places.length === 0) return false;
  const inB = foldedWords(b);
  return a.claim.tokens.some((t, i) => {
    if (t.pos !== 'NOUN' || PERSON_NOUNS[fold(t.text)] === undefined || inB.has(fold(t.text))) return false;
    const [before, after] = neighbours(a, i);
    return places.some(([p, q]) => (before !== '' && before === p) || (after !== '' && after === q));
  });
}
