import type { Token } from '../../../model/index.ts';
import type { ClaimFigure } from '../../../text/quantities.ts';
import { REPORTING_STEMS } from '../data/word-forms.ts';
import { tokenAt } from './figure-words.ts';
import type { Reading } from './reading.ts';

// Cues that two counts of one noun are of two sets (used by the one-thing clash, one-thing.ts).

const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/**
 * Who a figure's things belong to: the noun or name before a possessive right before it ("the
 * office's 40 employees" → office), a possessive pronoun ("its 10,500 employees" → its), or null.
 */
function ownerOf(f: ClaimFigure, r: Reading): string | null {
  const tokens = r.claim.tokens;
  const at = tokenAt(f, r) - (f.qualifier?.split(' ').length ?? 0);
  const before = tokens[at - 1];
  if (before && POSSESSIVES.has(before.norm)) return before.norm;
  const owner = tokens[at - 2];
  return /^['’]s$/.test(before?.norm ?? '') && owner && /^(NOUN|PROPN)$/.test(owner.pos) ? owner.norm : null;
}

// The names between a figure and the noun it counts ("10,500 Triangle employees" → triangle).
function namesInPhrase(f: ClaimFigure, r: Reading): string[] {
  const tokens = r.claim.tokens;
  const names: string[] = [];
  let k = tokens.findIndex((t) => t.start >= f.span.end);
  for (; k >= 0 && /^(NOUN|PROPN|ADJ)$/.test(tokens[k]?.pos ?? ''); k++) {
    const t = tokens[k] as Token;
    // the last noun is what is counted; a name before it narrows the set
    if (t.pos === 'PROPN' && /^(NOUN|PROPN|ADJ)$/.test(tokens[k + 1]?.pos ?? '')) names.push(t.norm);
  }
  return names;
}

// A count in apposition to names told before it ("Somalia and Yemen, two countries …"): it classes
// those names, it measures nothing of the story.
function classesNames(f: ClaimFigure, r: Reading): boolean {
  const tokens = r.claim.tokens;
  const at = tokenAt(f, r) - (f.qualifier?.split(' ').length ?? 0);
  return f.unit === null && tokens[at - 1]?.text === ',' && tokens[at - 2]?.pos === 'PROPN';
}

const has = (r: Reading, w: string): boolean => r.claim.tokens.some((t) => t.norm === w);

const BE = new Set(['is', 'are', 'was', 'were', "'re", "'s"]);

/**
 * Whether a count is told by "be" as a state, past a participle that describes it ("about 350
 * people were inside", "14,000 people displaced from their homes were in shelters"; not "five bombs
 * were dropped", "killed 40 people sheltering in a school"): those somewhere, not those an event touched.
 */
function countInState(f: ClaimFigure, r: Reading): boolean {
  const tokens = r.claim.tokens;
  let k = tokens.findIndex((t) => t.start >= f.span.end);
  for (; k >= 0 && /^(NOUN|PROPN|ADJ)$/.test(tokens[k]?.pos ?? ''); k++);
  // a participle right after the counted noun describes it ("people displaced from …")
  if (tokens[k]?.pos === 'VERB' && /(ed|ing)$/.test(tokens[k]?.norm ?? ''))
    for (k++; k < tokens.length && !/^(VERB|AUX|PUNCT)$/.test(tokens[k]?.pos ?? ''); k++);
  const t = tokens[k];
  return k >= 0 && t !== undefined && BE.has(t.norm) && !/^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '');
}

// The names right before a thing's noun ("the Kasto handset" → kasto), of each place it stands.
function namesBefore(thing: string, r: Reading): string[] {
  const tokens = r.claim.tokens;
  const names: string[] = [];
  tokens.forEach((_, k) => {
    if (r.claim.tokenStems[k] !== thing) return;
    for (let j = k - 1; j >= 0 && tokens[j]?.pos === 'PROPN'; j--) names.push((tokens[j] as Token).norm);
  });
  return names;
}

/**
 * Whether each side names the thing by a name the other lacks ("the Velto handset runs on a 512-MHz
 * processor" / "the Kasto handset has a 1.5GHz processor"): two things of one kind.
 */
export function namedApart(things: readonly string[], a: Reading, b: Reading): boolean {
  return things.some(
    (w) => namesBefore(w, a).some((n) => !has(b, n)) && namesBefore(w, b).some((n) => !has(a, n)),
  );
}

// The nouns a thing's "of" phrase names, of each place it stands ("the renovation of the Ostra library"
// → library): the last noun of the words after "of", past a determiner, names and adjectives.
function ofNouns(thing: string, r: Reading): string[] {
  const tokens = r.claim.tokens;
  const nouns: string[] = [];
  tokens.forEach((_, k) => {
    if (r.claim.tokenStems[k] !== thing || tokens[k + 1]?.norm !== 'of') return;
    let j = k + 2;
    if (tokens[j]?.pos === 'DET') j++;
    let noun: string | null = null;
    for (; j < tokens.length && /^(NOUN|PROPN|ADJ)$/.test(tokens[j]?.pos ?? ''); j++)
      if (tokens[j]?.pos === 'NOUN') noun = (tokens[j] as Token).norm;
    if (noun !== null) nouns.push(noun);
  });
  return nouns;
}

/**
 * Whether each side tells what the thing is of by a noun the other lacks ("the renovation of the Ostra
 * library cost $4.2 million" / "the renovation of the Ostra museum cost $6.8 million"): two things of
 * one kind.
 */
export function ofApart(things: readonly string[], a: Reading, b: Reading): boolean {
  return things.some((w) => ofNouns(w, a).some((n) => !has(b, n)) && ofNouns(w, b).some((n) => !has(a, n)));
}

/**
 * Whether figure `f` of `a` and `x` of `b` may count two sets though they count one noun: the things
 * of one owner the other sentence does not name ("the office's 40 employees" / "its 10,500
 * employees"), narrowed by a name the other does not tell ("10,500 Triangle employees"), or a count
 * in apposition that classes names ("Somalia and Yemen, two countries" / "from 25 countries"), or
 * a count of those somewhere against one of those an event touched.
 */
export function otherSets(f: ClaimFigure, a: Reading, x: ClaimFigure, b: Reading): boolean {
  const [oa, ob] = [ownerOf(f, a), ownerOf(x, b)];
  const named = (o: string | null, other: Reading) => o !== null && !POSSESSIVES.has(o) && !has(other, o);
  if (named(oa, b) || named(ob, a) || (oa !== null && ob !== null && oa !== ob)) return true;
  if (namesInPhrase(f, a).some((w) => !has(b, w)) || namesInPhrase(x, b).some((w) => !has(a, w))) return true;
  if (classesNames(f, a) || classesNames(x, b)) return true;
  // those somewhere against those an event touched ("350 people were inside" / "killed 40 people")
  return f.unit === null && countInState(f, a) !== countInState(x, b);
}

/**
 * Whether two readings tell something in common besides the things a figure is of (`things`): a
 * content word, a name or one entity, not a reporting verb ("estimated the repair … transport
 * authority" / "the repair bill … transport chiefs"). Sentences that share only the counted noun
 * ("40 employees" / "10,500 employees") are as often of two sets as of one.
 */
export function sharesMore(a: Reading, b: Reading, things: readonly string[]): boolean {
  for (const id of a.claim.entityIds) if (b.claim.entityIds.has(id)) return true;
  const stemsOf = (r: Reading) =>
    new Set(
      r.claim.tokens.flatMap((t, k) => {
        const s = r.claim.tokenStems[k] as string;
        return !t.stop && CONTENT.test(t.pos) && !things.includes(s) && !REPORTING_STEMS.has(s) ? [s] : [];
      }),
    );
  const sb = stemsOf(b);
  for (const s of stemsOf(a)) if (sb.has(s)) return true;
  return false;
}

const CONTENT = /^(NOUN|PROPN|VERB|ADJ)$/;
