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
 * What a "that" frame before the word makes of it: "denied that …" is negated; "reports that …",
 * "rejected claims that …", "alleged that …" are hypothetical. The nearest "that" within
 * FRAME_REACH tokens decides, unless the frame stands in a clause a subordinator opens that a comma
 * closed before the word ("After officials denied that the budget was late, the council approved
 * it"); past it, a frame that opens the sentence covers the rest of it however far (openingFrame).
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
  const near = word(tokens[t]) === 'that' ? frameAt(tokens, t) : null;
  if (near && !closedAside(tokens, t, end)) return near;
  return openingFrame(tokens, end);
}

// The mood of the frame whose "that" is at t, or null for a "that" of no frame ("said that", "the
// passengers that …").
function frameAt(tokens: readonly Token[], t: number): 'hypothetical' | 'negated' | null {
  const verb = word(tokens[t - 1]);
  if (NEGATING.has(verb)) return 'negated';
  // a noun ("reports that"), not the verb ("he reports that"); a tagger may take a noun further
  // back for a verb ("rumours on Friday that")
  const noun = [tokens[t - 1], tokens[t - 2], tokens[t - 3]].some(
    (n, k) => (k > 0 || n?.pos === 'NOUN') && CLAIM_NOUN.has(word(n)),
  );
  return ALLEGING.has(verb) || noun ? 'hypothetical' : null;
}

// words that open a clause of its own before a frame: the frame is that clause's, not the sentence's
const SUBORDINATORS = new Set([
  ...['after', 'before', 'although', 'though', 'while', 'because', 'since', 'as', 'when', 'once'],
  ...['if', 'unless', 'whether', 'who', 'whom', 'whose', 'which', 'that', 'where'],
]);
const opensClause = (t: Token | undefined): boolean => t?.pos === 'SCONJ' || SUBORDINATORS.has(word(t));

// Whether the frame at t stands in a clause a subordinator opens before it, with a comma between the
// frame and the word at `end` (that clause ended there).
function closedAside(tokens: readonly Token[], t: number, end: number): boolean {
  let k = t - 2;
  while (k >= 0 && tokens[k]?.text !== ',' && !opensClause(tokens[k])) k--;
  return k >= 0 && opensClause(tokens[k]) && tokens.slice(t + 1, end).some((x) => x.text === ',');
}

/**
 * The mood of a frame that opens the sentence ("Officials denied that …", "Critics claim that …",
 * "Police on Friday rejected claims that …": no verb but its own and no subordinator before it) and
 * reaches the word at `end`: a report inside it ("denied that the mayor said that …"), a relative
 * "that", an aside or a quotation after a colon do not end it; a semicolon or another colon does.
 */
function openingFrame(tokens: readonly Token[], end: number): 'hypothetical' | 'negated' | null {
  let verbs = 0;
  for (let t = 0; t < end; t++) {
    const x = tokens[t] as Token;
    if (opensClause(x) && word(x) !== 'that') return null;
    if (word(x) === 'that') {
      const mood = frameAt(tokens, t);
      // the frame's own verb, at most, before its "that" ("denied", "rejected claims")
      if (!mood || verbs > 1) return null;
      for (let k = t + 1; k < end; k++) if (endsFrame(tokens, k)) return null;
      return mood;
    }
    if (x.pos === 'VERB') verbs++;
  }
  return null;
}

// Whether token k ends a frame's clause: a semicolon, or a colon that does not open a quotation nor
// stand in a time ("9:25").
function endsFrame(tokens: readonly Token[], k: number): boolean {
  const x = tokens[k]?.text;
  if (x === ';') return true;
  if (x !== ':') return false;
  const next = tokens[k + 1]?.text ?? '';
  return !/^(?:["“”‘’'«]|``?)$/.test(next) && !(/^\d/.test(next) && /\d$/.test(tokens[k - 1]?.text ?? ''));
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
