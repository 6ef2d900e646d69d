import type { Token } from '../../../model/index.ts';
import { fold, stem } from '../../../text/normalise.ts';
import { isContent } from '../claims.ts';
import { isPredicateStem } from './predicate-words.ts';
import { perReading, type Reading } from './reading.ts';
import { foldedWords, isDateWord, sameClass, tells } from './relations.ts';

// Words of a time of day or a span, passed over between a verb and its detail ("died early Thursday
// in her sleep") and never a detail themselves: the claim's dates are checked as dates.
const TIME_WORDS =
  /^(early|late|morning|afternoon|evening|night|day|week|month|year|today|tonight|yesterday|tomorrow|hour|minute|time|weekend)s?$/;
// Prepositions of place, one another's wording ("died at the plant" / "died in the break room").
const PLACE = new Set(['in', 'at', 'on', 'inside']);
const samePreposition = (p: string, q: string): boolean => p === q || (PLACE.has(p) && PLACE.has(q));

// Two words that open a phrase of cause.
const CAUSE = new Set(['because of', 'due to']);
const word = (t: Token | undefined): string => t?.norm ?? '';
const isTime = (t: Token): boolean => isDateWord(t.norm) || TIME_WORDS.test(t.norm);
const inFigure = (r: Reading, t: Token): boolean =>
  r.claim.figures.some((f) => t.start < f.span.end && t.end > f.span.start);
// a noun right before "of" and a figure ("at a rate of 50 percent"): what the figure measures
const measures = (r: Reading, tokens: readonly Token[], k: number): boolean =>
  tokens[k + 1]?.norm === 'of' && tokens[k + 2] !== undefined && inFigure(r, tokens[k + 2] as Token);

/** A predicate verb of a claim with the preposition right after it and the head noun of its phrase. */
interface Detail {
  readonly verb: string;
  readonly preposition: string;
  /** Position of the phrase's head noun in the clause's tokens. */
  readonly head: number;
  /** Whether the phrase is joined by "and" / "or" to the verb's first ("charged with robbery and murder"). */
  readonly joined: boolean;
}

// Where a claim's preposition follows a predicate verb directly, past adverbs, particles and words of
// time ("was shot in the head", "was born to a poor family", "died early Thursday in her sleep"):
// the verb, the preposition and its phrase's head noun (the last noun of the run after it). A name
// is left to the participant checks, a figure's noun and a time to the figure and date checks.
const detailsOf = perReading((r: Reading): readonly Detail[] => {
  const tokens = r.claim.tokens;
  const out: Detail[] = [];
  tokens.forEach((t, i) => {
    // a cause given anywhere ("placed on injured reserve because of an ankle injury") is a detail too
    const cause = CAUSE.has(`${t.norm} ${word(tokens[i + 1])}`);
    if (!cause && !isPredicateStem(t, r.claim.tokenStems[i] as string)) return;
    let k = i + 1;
    while (!cause && k < tokens.length && ['ADV', 'PART'].includes((tokens[k] as Token).pos)) k++;
    while (!cause && k < tokens.length && isTime(tokens[k] as Token)) k++;
    if (tokens[k]?.pos !== 'ADP') return;
    const preposition = cause ? t.norm : (tokens[k] as Token).norm;
    const verb = r.claim.tokenStems[i] as string;
    let [head, end] = phraseAt(tokens, k + 1);
    if (!detailNoun(r, tokens, head)) return;
    out.push({ verb, preposition, head, joined: false });
    // each phrase joined to it by "and" / "or", with or without the preposition again ("charged
    // with robbery and (with) murder"), is a detail too; a noun that opens a clause of its own
    // ("… in the head and police said") is none
    while (LIST_JOINS.has(word(tokens[end]))) {
      const from = end + 1 + (word(tokens[end + 1]) === preposition ? 1 : 0);
      [head, end] = phraseAt(tokens, from);
      if (!detailNoun(r, tokens, head) || ['VERB', 'AUX'].includes(tokens[end]?.pos ?? '')) break;
      out.push({ verb, preposition, head, joined: true });
    }
  });
  return out;
});

// The head noun of the phrase starting at `from` (the last noun of its run, past determiners,
// adjectives and numbers) and the position right after the phrase; -1 when no noun heads it.
function phraseAt(tokens: readonly Token[], from: number): readonly [number, number] {
  let head = -1;
  let k = from;
  for (; k < tokens.length; k++) {
    const u = tokens[k] as Token;
    if (u.pos === 'NOUN' || u.pos === 'PROPN') head = k;
    else if (head >= 0 || !['DET', 'ADJ', 'NUM', 'PRON'].includes(u.pos)) break;
  }
  return [head, k];
}

// Whether the noun at `head` is a detail to check: a common content noun, no time, no figure's
// noun and not what a figure measures (a name is left to the participant checks).
function detailNoun(r: Reading, tokens: readonly Token[], head: number): boolean {
  const noun = tokens[head];
  if (noun?.pos !== 'NOUN' || !isContent(noun) || isTime(noun)) return false;
  return !inFigure(r, noun) && !measures(r, tokens, head);
}

/**
 * Whether `b` names the claim's noun at position k: its stem or predicate class (unless `classes` is
 * false), or the same word written as one or two ("datacenter" / "data center", "cyber-criminals" /
 * "cyber criminals").
 */
export function namesWord(a: Reading, k: number, b: Reading, classes = true): boolean {
  const tokens = a.claim.tokens;
  const s = stem((tokens[k] as Token).text);
  if (b.allStems.has(s) || (classes && tells(s, b))) return true;
  const joined = joinedWords(b);
  const w = (i: number) => fold(tokens[i]?.text ?? '');
  return (
    joined.has(w(k).replace(/-/g, '')) ||
    (k > 0 && joined.has(w(k - 1) + w(k))) ||
    (k + 1 < tokens.length && joined.has(w(k) + w(k + 1)))
  );
}

// A clause's words folded, hyphens dropped, and each with the next joined to it.
const joinedWords = perReading((r: Reading): ReadonlySet<string> => {
  const words = r.claim.tokens.map((t) => fold(t.text));
  const out = new Set(words.map((w) => w.replace(/-/g, '')));
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]}${words[i + 1]}`);
  return out;
});

// Whether `b` tells the verb with a phrase of the same preposition right after it: its own wording
// of the same detail ("died at the plant" / "died in the third-floor break room").
function ownWording(b: Reading, verb: string, preposition: string): boolean {
  const tokens = b.claim.tokens;
  return tokens.some((t, i) => {
    if (t.pos !== 'VERB' || !sameClass(verb, b.claim.tokenStems[i] as string)) return false;
    let k = i + 1;
    while (k < tokens.length && (tokens[k] as Token).pos === 'ADV') k++;
    return samePreposition(preposition, tokens[k]?.norm ?? '');
  });
}

/**
 * Whether a detail the claim gives of its predicate, in a phrase right after the verb, goes untold:
 * "Brown was shot in the head" is not stated by "… the room where they were shot", nor "was born
 * to a poor family in Tennessee" by "was born … in Nashville, Tennessee". A candidate that tells the
 * verb with its own phrase of that preposition words the same detail otherwise; that excuses the
 * verb's first detail only, since its phrase words one detail: "charged with arson" does not word
 * the theft of "charged with arson and (with) theft", nor "hit in the head" the chest of "hit in
 * the head and the chest".
 */
export function detailMissing(a: Reading, b: Reading): boolean {
  const inB = foldedWords(b);
  return detailsOf(a).some(
    (d) =>
      !inB.has(fold((a.claim.tokens[d.head] as Token).text)) &&
      !namesWord(a, d.head, b) &&
      (d.joined || !ownWording(b, d.verb, d.preposition)),
  );
}

const RELATIVE = new Set(['that', 'which', 'who', 'whose']);
const LIST_JOINS = new Set(['and', 'or']);

// The head nouns of a list of three or more noun phrases joined by commas and a last "and" or "or",
// or of two joined by "as well as" ("in the financial, technology and health care sectors, as well
// as the government"): positions in the clause's tokens. A list of names is left to the participant
// checks.
const listItemsOf = perReading((r: Reading): readonly number[] => {
  const tokens = r.claim.tokens;
  // an item is a noun, or an -ing form between a comma or "and" and the next ("gambling, bookmaking
  // and arson": a tagger reads the activities as verbs)
  const item = (i: number): boolean => {
    const t = tokens[i] as Token;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return true;
    const [prev, next] = [tokens[i - 1], tokens[i + 1]];
    return (
      t.pos === 'VERB' &&
      t.norm.endsWith('ing') &&
      (prev?.text === ',' || LIST_JOINS.has(prev?.norm ?? '')) &&
      (next === undefined || next.pos === 'PUNCT' || LIST_JOINS.has(next.norm))
    );
  };
  const heads: number[] = [];
  let items: number[] = [];
  // whether the run is joined by "and" or "or" before its last item, or by "as well as"
  let joined = false;
  let commas = 0;
  const close = () => {
    if (joined && (items.length >= 3 ? commas >= 1 : items.length === 2 && commas === -1))
      heads.push(...items);
    items = [];
    joined = false;
    commas = 0;
  };
  let head = -1;
  let last = -1;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t && item(i)) {
      head = i;
      continue;
    }
    if (head >= 0) {
      items.push(head);
      last = head;
    }
    // the item after "and" ends the list
    if (head >= 0 && joined) close();
    head = -1;
    if (!t) break;
    if (t.norm === 'as' && tokens[i + 1]?.norm === 'well' && tokens[i + 2]?.norm === 'as') {
      // "X, as well as Y": two items, the first the last of the run before
      close();
      if (last >= i - 2) items.push(last);
      joined = true;
      commas = -1;
      i += 2;
    } else if (t.text === ',' && commas >= 0) commas++;
    else if (LIST_JOINS.has(t.norm) && commas >= 0) joined = true;
    else if (!(t.pos === 'ADJ' || (t.pos === 'DET' && !RELATIVE.has(t.norm)))) close();
  }
  close();
  return heads.filter((k) => {
    const t = tokens[k] as Token;
    return t.pos !== 'PROPN' && isContent(t) && !isTime(t) && !inFigure(r, t);
  });
});

/**
 * Whether an item of a list the claim gives goes untold (by its head noun or the noun before it):
 * "its customers are in the financial,
 * technology and health care sectors, as well as the government" is not stated by "its customers
 * are in financial services, technology and health care".
 */
export function listItemMissing(a: Reading, b: Reading): boolean {
  const inB = foldedWords(b);
  const tokens = a.claim.tokens;
  const told = (k: number) => inB.has(fold((tokens[k] as Token).text)) || namesWord(a, k, b);
  // an item is told by its head or the noun before it ("city officials" / "the city")
  const noun = (k: number) => tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'PROPN';
  return listItemsOf(a).some((k) => !told(k) && !(noun(k - 1) && told(k - 1)));
}
