import type { Token } from '../../../model/index.ts';
import { stem } from '../../../text/normalise.ts';
import type { ClaimFigure } from '../../../text/quantities.ts';
import { BARGAIN_STAGES, NOT_BARGAIN_NOUNS } from '../data/bargain-stages.ts';
import { clauseVerb, tokenAt } from './figure-words.ts';
import { pastForm } from './plan-tense.ts';
import { perFigure, type Reading } from './reading.ts';

// Verb stem → the index of its bargain stage (data/bargain-stages.ts).
const STAGE = new Map(BARGAIN_STAGES.flatMap((verbs, i) => verbs.map((v) => [stem(v), i] as const)));
const NOT_NOUNS = new Set(NOT_BARGAIN_NOUNS.map(stem));

// The bargain stage of a figure: that of the noun it is the value of ("its offer of a 3.5 percent
// rise", "a 3.5 percent pay offer"), else of the nearest verb before it in its clause ("has offered
// drivers a 3.5 per cent rise" → offer), or null; none when a "that" opens a clause between the verb
// and the figure ("accept that 40 people died": the verb reports the figure, no bargain's stage), nor
// when the figure is the subject of a clause of its own ("claim 60 people died", "agreed 40 people
// were killed").
const stageOf = perFigure((f: ClaimFigure, r: Reading): number | null => {
  const named = nounStage(f, r);
  if (named !== null) return named;
  const [verb] = clauseVerb(f, r);
  const stage = verb === undefined ? null : (STAGE.get(verb) ?? null);
  if (stage === null) return null;
  const tokens = r.claim.tokens;
  const at = tokenAt(f, r);
  for (let k = at - 1; k >= 0 && tokens[k]?.pos !== 'VERB'; k--) if (tokens[k]?.pos === 'SCONJ') return null;
  return subjectOfClause(f, r, at) ? null : stage;
});

// Words passed over between a bargain's noun and its figure: "offer of a 3.5 percent rise", "demand
// for 6 percent", "a 3.5 percent pay offer".
const OF_NOUN = new Set(['of', 'for']);
const NOUN_REACH = 3;

// The bargain stage of the noun a figure is the value of, or null: a stage's noun (stem of its verb)
// right before it past "of"/"for" and a determiner or adjectives ("offer of a 3.5 percent rise"), or
// right after it past what it counts ("a 3.5 percent pay offer", "the 6 percent claim").
function nounStage(f: ClaimFigure, r: Reading): number | null {
  const tokens = r.claim.tokens;
  const noun = (t: Token | undefined) =>
    t?.pos === 'NOUN' && !NOT_NOUNS.has(stem(t.text)) ? (STAGE.get(stem(t.text)) ?? null) : null;
  let k = tokenAt(f, r) - 1 - (f.qualifier?.split(' ').length ?? 0);
  for (const end = k - NOUN_REACH; k > end && /^(DET|ADJ)$/.test(tokens[k]?.pos ?? ''); ) k--;
  if (OF_NOUN.has(tokens[k]?.norm ?? '') && noun(tokens[k - 1]) !== null) return noun(tokens[k - 1]);
  let j = tokens.findIndex((t) => t.start >= f.span.end);
  if (j < 0) return null;
  for (const end = j + NOUN_REACH; j < end; j++) {
    const stage = noun(tokens[j]);
    if (stage !== null) return stage;
    if (!/^(NOUN|ADJ)$/.test(tokens[j]?.pos ?? '')) return null;
  }
  return null;
}

// What a figure counts may be read before a verb of its own: its nouns and adjectives.
const COUNTED = /^(?:NOUN|PROPN|ADJ)$/;
const COUNTED_MAX = 4;

// Whether a figure with no determiner before it is followed, past what it counts, by an auxiliary or
// a verb in a past form: the subject of a reported clause ("claim 60 people died"), not the object of
// the bargain's verb ("accepted a 4.8% rise backdated to April" has its determiner).
function subjectOfClause(f: ClaimFigure, r: Reading, at: number): boolean {
  const tokens = r.claim.tokens;
  if (tokens[at - 1 - (f.qualifier?.split(' ').length ?? 0)]?.pos === 'DET') return false;
  let k = tokens.findIndex((t) => t.start >= f.span.end);
  if (k < 0) return false;
  for (const end = k + COUNTED_MAX; k < end && COUNTED.test(tokens[k]?.pos ?? ''); ) k++;
  const t = tokens[k];
  return t !== undefined && (t.pos === 'AUX' || (t.pos === 'VERB' && pastForm(t)));
}

/**
 * Whether two figures are told at two stages of a bargain ("Carrow Transit has offered 3.5 per
 * cent" / "drivers voted to accept a pay rise of 4.8 per cent"): an offer and the deal taken, a
 * demand and an offer, are two states of one dispute, not two values of one figure.
 * @example
 * twoStages(offered35, a, accepted48, b) // true
 */
export function twoStages(f: ClaimFigure, a: Reading, x: ClaimFigure, b: Reading): boolean {
  const [s, t] = [stageOf(f, a), stageOf(x, b)];
  return s !== null && t !== null && s !== t;
}
