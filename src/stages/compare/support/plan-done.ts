import type { Token } from '../../../model/index.ts';
import { LINKING_VERBS } from '../data/modality-cues.ts';
import { REPORTING_STEMS } from '../data/word-forms.ts';
import { sameDate } from './dates.ts';
import { type Modality, moodBefore } from './modality.ts';
import { inRelativeClause, lasting, noDoneEvent, otherOccasion, toldAsHabit, wish } from './plan-occasion.ts';
import { baseStem, type Reading } from './reading.ts';
import { sameClass } from './relations.ts';

/** One side's reading of a predicate both claims tell: its mood and the token it was read at. */
interface Told {
  readonly modality: Modality;
  readonly at: number;
}

const LINKING = new Set(LINKING_VERBS);
// words between a verb and the noun it takes ("held a four-hour meeting", "became the fifth NBA coach")
const NOMINAL = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'NOUN', 'PROPN']);
const word = (t: Token | undefined): string => t?.norm ?? '';

/**
 * The moods of one event told as planned on one side and as done on the other, or null. The event
 * is the first predicate of `a` that `b` tells too, as a verb or as the noun of a verb ("are due
 * to meet" / "followed a four-hour meeting"), and each side's mood is read where that side tells
 * it, not from another clause ("will likely die in prison after the judge handed down the
 * sentence" tells the sentencing as done). Where `b` tells it twice, one place in the same mood
 * is enough ("spoke Tuesday and are scheduled to speak again Wednesday"). The done side must tell
 * it in the past or as a state, not as going on, as a habit or as an infinitive ("is paying",
 * "boosts", "can register", "a way to reopen"); a plan with an "if" is a condition.
 * @example
 * planAgainstDone(read('The ministers will meet on Friday.'), read('The ministers met on Friday.')) // ['planned', 'happened']
 */
export function planAgainstDone(a: Reading, b: Reading): readonly [Modality, Modality] | null {
  // a habit's "would" is no plan ("would wander the streets" / "routinely wandered")
  if (toldAsHabit(a.claim.tokens) || toldAsHabit(b.claim.tokens)) return null;
  for (const p of a.predicates) {
    const first = a.moods.get(p);
    // a wish is no event; a relative clause's is an aside on a noun, not the sentence's event
    if (first && (wish(a.claim.tokens, first.at) || inRelativeClause(a.claim.tokens, first.at))) continue;
    const told = toldIn(p, b, a).filter((t) => t.at < 0 || !inRelativeClause(b.claim.tokens, t.at));
    if (told.length === 0) continue;
    const mine = first ? moodAt(a, first.at, first) : { modality: a.modality, at: -1 };
    if (told.some((t) => t.modality === mine.modality)) return null;
    const theirs = told[0] as Told;
    const sides = [mine, theirs] as const;
    const plan = sides.findIndex((s) => s.modality === 'planned');
    const done = sides.findIndex((s) => s.modality === 'happened');
    if (plan < 0 || done < 0) return null;
    const [planSide, doneSide] = plan === 0 ? [a, b] : [b, a];
    if (!toldAsDone(doneSide.claim.tokens, sides[done]?.at ?? -1)) return null;
    if (conditional(planSide.claim.tokens, sides[plan]?.at ?? -1)) return null;
    const planAt = sides[plan]?.at ?? -1;
    const doneAt = sides[done]?.at ?? -1;
    // "will stay closed for six weeks" / "was closed Monday": a state lasting on, not the event ahead
    if (lasting(planSide.claim.tokens, planAt) || lasting(doneSide.claim.tokens, doneAt)) return null;
    // "will host the Oscars" / "previously hosted the 79th Oscars in 2007": another occasion
    if (
      planAt >= 0 &&
      doneAt >= 0 &&
      otherOccasion(planSide.claim.tokens, planAt, doneSide.claim.tokens, doneAt)
    )
      return null;
    return [mine.modality, theirs.modality];
  }
  return null;
}

/**
 * Whether both claims date their event to one day, a weekday or a calendar date ("will sign … on
 * Monday" / "signed … Monday"); not the day it was said ("said Monday"), nor a time counted from an
 * unknown day of writing ("yesterday"), nor a month or a year only.
 */
export function sameEventDay(a: Reading, b: Reading): boolean {
  const days = (r: Reading) => r.dates.filter((d) => !d.reported && !d.deictic && (d.weekday || d.monthDay));
  return days(a).some((d) => days(b).some((e) => sameDate(d, e)));
}

// Where and in which mood `b` tells predicate `p`: every place it tells it as a predicate of its
// own, else as the -ing noun a verb takes ("held a meeting") or, for a noun told after "is" in `a`
// ("is the fifth coach"), as that noun after a linking verb ("would become the fifth coach").
function toldIn(p: string, b: Reading, a: Reading): readonly Told[] {
  const tokens = b.claim.tokens;
  const stemAt = (i: number) => baseStem(b.claim.tokenStems[i] ?? '');
  const told: Told[] = [];
  for (const [q, mood] of b.moods) if (sameClass(p, q)) told.push(moodAt(b, mood.at, mood));
  for (let i = 0; i < tokens.length; i++)
    if (tokens[i]?.pos === 'VERB' && !told.some((t) => t.at === i) && sameClass(p, stemAt(i)))
      told.push(moodAt(b, i, { modality: moodBefore(tokens, i).modality, at: i }));
  // a purpose infinitive tells nothing as done ("are due to meet on Tuesday to discuss")
  if (told.length > 0) return told.filter((t) => t.modality !== 'happened' || !infinitive(tokens, t.at));
  const mine = a.moods.get(p);
  const nounInA = mine !== undefined && a.claim.tokens[mine.at]?.pos === 'NOUN';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.pos !== 'NOUN' || !sameClass(p, stemAt(i))) continue;
    const k = governor(tokens, i);
    if (k < 0 || REPORTING_STEMS.has(stemAt(k))) continue;
    if (t.norm.endsWith('ing') || (nounInA && LINKING.has(word(tokens[k]))))
      told.push({ modality: moodBefore(tokens, k).modality, at: k });
  }
  return told;
}

// The verb that takes the noun at `i` ("followed a four-hour meeting"), past its modifiers, or -1.
function governor(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && (NOMINAL.has(tokens[k]?.pos ?? '') || tokens[k]?.text === '-')) k--;
  return tokens[k]?.pos === 'VERB' || tokens[k]?.pos === 'AUX' ? k : -1;
}

// The mood of the verb at `at`, or of the verb it depends on where that one is not told as done:
// "will stay closed", "will continue to sell", "would become the fifth coach fired", "plans to
// keep customers by selling servers" (a verb two or three deep: `depth`).
function moodAt(r: Reading, at: number, own: Told, depth = 0): Told {
  if (own.modality !== 'happened' || depth > 2) return own;
  const tokens = r.claim.tokens;
  const g = dependsOn(tokens, at);
  if (g < 0 || REPORTING_STEMS.has(baseStem(r.claim.tokenStems[g] ?? ''))) return own;
  const governing = moodAt(r, g, { modality: moodBefore(tokens, g).modality, at: g }, depth + 1);
  return governing.modality === 'happened' ? own : { modality: governing.modality, at };
}

// The verb the verb at `at` depends on, or -1: the verb right before it ("stay closed"), before
// "to" ("continue to sell"), the verb of the noun a participle follows ("the fifth coach fired"),
// or the verb before the preposition of an -ing form ("by selling").
function dependsOn(tokens: readonly Token[], at: number): number {
  const t = tokens[at];
  if (tokens[at - 1]?.pos === 'VERB') return at - 1;
  if (word(tokens[at - 1]) === 'to' && tokens[at - 2]?.pos === 'VERB') return at - 2;
  if (t?.pos === 'VERB' && /ed$/.test(word(t))) {
    // a participle after its noun, or after the noun and a comma ("the ceremony, televised live")
    const noun = /NOUN|PROPN/.test(tokens[at - 1]?.pos ?? '') ? at - 1 : at - 2;
    if (/NOUN|PROPN/.test(tokens[noun]?.pos ?? '') && (noun === at - 1 || tokens[at - 1]?.text === ',')) {
      const g = governor(tokens, noun);
      // with no object after it and its noun in a preposition's phrase, it describes a noun of the
      // clause: the clause's verb ("will feature a slot with a card included in the box", "the host of
      // the ceremony, televised live"); not a verb of its own ("Congress passed the bill", "the statement added")
      return g >= 0 || OBJECT.has(tokens[at + 1]?.pos ?? '') ? g : clauseVerb(tokens, noun);
    }
  }
  // an -ing form after a preposition ("by selling") or a comma ("will proceed, providing clarity")
  if (word(t).endsWith('ing') && (tokens[at - 1]?.pos === 'ADP' || tokens[at - 1]?.text === ','))
    return verbBefore(tokens, at - 1);
  return -1;
}

// The nearest verb before `from` in its phrase (not past punctuation), or -1.
function verbBefore(tokens: readonly Token[], from: number): number {
  for (let k = from - 1; k >= 0 && tokens[k]?.pos !== 'PUNCT'; k--) if (tokens[k]?.pos === 'VERB') return k;
  return -1;
}

const OBJECT = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'NUM']);

// The verb of the clause that holds the noun at `i` in a preposition's phrase (past its modifiers):
// the nearest verb or auxiliary before the preposition ("will be the host of the ceremony, televised"),
// not a part of a compound ("location-based"), or -1.
function clauseVerb(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && NOMINAL.has(tokens[k]?.pos ?? '')) k--;
  if (tokens[k]?.pos !== 'ADP') return -1;
  for (k--; k >= 0 && tokens[k]?.text !== ';'; k--)
    if (
      /^(VERB|AUX)$/.test(tokens[k]?.pos ?? '') &&
      tokens[k - 1]?.text !== '-' &&
      tokens[k + 1]?.text !== '-'
    )
      return k;
  return -1;
}

// Whether the verb at `at` tells its event as done: not an -ing form but after a comma (below), not
// a present "-s" form ("boosts", "follows"), not after "can" ("can register"), not an
// infinitive or a bare "be" ("a way to reopen", "ordered that the sentences be served").
function toldAsDone(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (!t) return true;
  if (noDoneEvent(tokens, at)) return false;
  // an -ing form has no tense of its own ("is paying", "with the coach now making his debut"): after
  // a preposition or a comma it tells what its clause's verb tells ("hit back by imposing tariffs",
  // "opened fire, killing two"; not "interested in registering", "puts it in the position of
  // competing"), elsewhere nothing as done
  if (t.pos === 'VERB' && t.norm.endsWith('ing')) {
    const after = tokens[at - 1]?.pos === 'ADP' || word(tokens[at - 1]) === ',';
    const clause = after ? verbBefore(tokens, at - 1) : -1;
    return clause >= 0 && moodBefore(tokens, clause).modality === 'happened' && toldAsDone(tokens, clause);
  }
  // a verb right after a preposition is a noun read as a verb ("in turn sells")
  if (tokens[at - 1]?.pos === 'ADP') return false;
  const before = tokens.slice(Math.max(0, at - 3), at).map(word);
  if (
    before.includes('can') ||
    before.includes('must') ||
    infinitive(tokens, at) ||
    before.slice(-2).includes('be')
  )
    return false;
  // a participle before its noun describes it ("fellow fired coaches")
  if (tokens[at + 1]?.pos === 'NOUN' && ['DET', 'ADJ'].includes(tokens[at - 1]?.pos ?? '')) return false;
  // a participle opening the sentence has no subject ("Included with a 256 MB card, …")
  if (tokens.slice(0, at).every((b) => b.pos === 'ADV' || b.pos === 'PUNCT')) return false;
  return !(t.pos === 'VERB' && /[^s']s$/.test(t.norm) && !/^(was|has|does|is)$/.test(t.norm));
}
// Whether the verb at `at` is an infinitive: "to" right before it, or before a determiner or adverb before it ("to each lose").
const infinitive = (tokens: readonly Token[], at: number): boolean =>
  word(tokens[at - 1]) === 'to' ||
  (word(tokens[at - 2]) === 'to' && ['ADV', 'DET'].includes(tokens[at - 1]?.pos ?? ''));

// Whether a "would" before the verb at `at` is a conditional's: the sentence has an "if" or "unless"
// anywhere ("would need to win four seats, or three if …").
function conditional(tokens: readonly Token[], at: number): boolean {
  const would = tokens.slice(Math.max(0, at - 3), at).some((t) => word(t) === 'would');
  return would && tokens.some((t) => word(t) === 'if' || word(t) === 'unless');
}
