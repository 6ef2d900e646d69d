import type { Token } from '../../../model/index.ts';
import {
  ALLEGING_LINKS,
  ALLEGING_VERBS,
  CLAIM_NOUNS,
  FRAME_REACH,
  GOVERNOR_REACH,
  NEGATING_VERBS,
  UNREALISED_VERBS,
  WEIGHING_VERBS,
} from '../data/modality-cues.ts';

const NEGATING = new Set(NEGATING_VERBS);
const UNREALISED = new Set(UNREALISED_VERBS);
const WEIGHING = new Set(WEIGHING_VERBS);
const ALLEGING = new Set(ALLEGING_VERBS);
const ALLEGING_LINK = new Set(ALLEGING_LINKS);
const CLAIM_NOUN = new Set(CLAIM_NOUNS);

// marker words are plain ASCII: the token's lower-cased form is enough (no accent folding)
const word = (t: Token | undefined): string => t?.norm ?? '';

/**
 * What the verb governing the word at `end` makes of it: tried, asked for or ordered ("tried to
 * kill", "urged the council to close") or alleged ("accused of stealing", "allege that he stole")
 * is hypothetical; denied ("denied that he stole", "denied stealing") is negated; else null. The
 * governor is the nearest verb before it, within GOVERNOR_REACH tokens and no punctuation.
 */
export function governedMood(tokens: readonly Token[], end: number): 'hypothetical' | 'negated' | null {
  let v = end - 1;
  while (v >= Math.max(0, end - GOVERNOR_REACH) && tokens[v]?.pos !== 'VERB' && tokens[v]?.pos !== 'PUNCT')
    v--;
  const governor = tokens[v];
  if (governor?.pos !== 'VERB') return framedMood(tokens, end);
  const g = word(governor);
  // "to" right before the word, or before an adverb or "not" before it ("tried to quickly flee")
  const to =
    word(tokens[end - 1]) === 'to' || (word(tokens[end - 2]) === 'to' && tokens[end - 1]?.pos === 'ADV');
  if (to && UNREALISED.has(g)) return 'hypothetical';
  const link = v + 1 < end ? word(tokens[v + 1]) : '';
  if (ALLEGING.has(g) && ALLEGING_LINK.has(link)) return 'hypothetical';
  if (NEGATING.has(g) && (link === 'that' || v + 1 === end)) return 'negated';
  // "is considering closing", "discussed closing": weighed, not done; "voted against closing"
  const gerund = /ing$/.test(word(tokens[end]));
  if (gerund && word(tokens[end - 1]) === 'against') return 'negated';
  if (gerund && v + 1 === end && WEIGHING.has(g)) return 'hypothetical';
  return framedMood(tokens, end);
}

/**
 * What a "that" frame before the word makes of it, however far the word: "denied that …" is
 * negated; "reports that …", "rejected claims that …", "alleged that …" are hypothetical.
 */
function framedMood(tokens: readonly Token[], end: number): 'hypothetical' | 'negated' | null {
  let t = end - 1;
  while (
    t >= Math.max(0, end - FRAME_REACH) &&
    word(tokens[t]) !== 'that' &&
    tokens[t]?.text !== ';' &&
    tokens[t]?.text !== ':'
  )
    t--;
  if (word(tokens[t]) !== 'that') return null;
  const verb = word(tokens[t - 1]);
  if (NEGATING.has(verb)) return 'negated';
  // a noun ("reports that"), not the verb ("he reports that"); a tagger may take a noun further
  // back for a verb ("rumours on Friday that")
  const noun = [tokens[t - 1], tokens[t - 2], tokens[t - 3]].some(
    (n, k) => (k > 0 || n?.pos === 'NOUN') && CLAIM_NOUN.has(word(n)),
  );
  return ALLEGING.has(verb) || noun ? 'hypothetical' : null;
}

/**
 * Whether the "whether" at `k` asks about the word at `end`: not when it opens an aside between commas
 * that has a verb of its own before the word ("The council, which debated whether to raise tax,
 * approved …", "Officials, asked whether the pier was safe, said …"). A "whether" with no comma
 * before it ("It is unclear whether X, acting on a tip, arrested …") or whose clause has no verb
 * before a comma ("whether police, acting on a tip, arrested …") asks about the word.
 */
export function whetherAsks(tokens: readonly Token[], k: number, end: number): boolean {
  if (!tokens.slice(0, k).some((t) => t.text === ',')) return true;
  for (let i = k + 1; i < end; i++) {
    if (tokens[i]?.text !== ',') continue;
    // the clause up to its first comma: a verb, or a form of "be" or "have" before more words
    const head = tokens.slice(k + 1, i);
    return !head.some((t, j) => t.pos === 'VERB' || (t.pos === 'AUX' && j < head.length - 1));
  }
  return true;
}
