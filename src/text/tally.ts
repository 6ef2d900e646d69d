import { NUMBER_WORDS } from './data/numbers.ts';
import { TALLY_AFTER, TALLY_NOUNS, TALLY_SUBJECTS, TALLY_VERBS } from './data/tallies.ts';
import { stem } from './normalise.ts';

// A tally told as two counts: "passed by 31 votes to 24", "won 3 games to 1", "rose from 300 people
// to 410". The bare number after "to" or "against" counts what the number before it counts: the 24 are
// votes too, one vote told by both its counts, not a figure that counts nothing. Read by the extract
// stage's figures and by the claims' quantities (quantities.ts), so both list "24 votes". A count may
// be told in words below a hundred ("voted five to four", "by seven votes to two").

/** The little of a token the reader needs. */
export interface Word {
  readonly text: string;
  readonly norm: string;
  readonly pos: string;
}

/** The words that join a tally's two counts. */
export const TALLY_LINKS: ReadonlySet<string> = new Set(['to', 'against']);
// a number in digits ("31", "1,200"), the near count of a tally
const DIGITS = /^\d[\d,.]*$/;
// a count of a vote or game: a few digits
const SMALL = /^\d{1,3}$/;
// the number words a count may be told in: "zero" to "ninety", no scale word ("dozens", "hundred")
const COUNT_WORDS: ReadonlyMap<string, number> = new Map(
  Object.entries(NUMBER_WORDS).filter(([w, v]) => v < 100 && !w.startsWith('dozen')),
);

/** The count a token tells: a few digits or a number word below a hundred ("five", "forty"), else null. */
export function smallCount(w: Word | undefined): number | null {
  if (!w) return null;
  if (SMALL.test(w.text)) return Number(w.text);
  return COUNT_WORDS.get(w.norm) ?? null;
}

/**
 * "twenty-one" as the tokeniser splits it: a word joined by a hyphen is part of a compound number,
 * left unread rather than misread as "one".
 */
export const hyphenNext = (tokens: readonly Word[], k: number): boolean =>
  tokens[k - 1]?.text === '-' || tokens[k + 1]?.text === '-';

// at most this many words between the near count and "to": "31 votes", "3,000 registered voters"
const MAX_COUNTED = 3;
// after the far count: what it counts ("to 10 families", "to 10 of them"), so it is no bare count
const OWN_COUNT_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * The token range [first, end) of what the near count of a tally counts, when the number at tokens
 * i..after (one past it) is the far count: "31 votes to 24" at "24" gives "votes". Null when no count
 * (digits, or a number word below a hundred) and then nouns and then "to" or "against" stand right before it, or when what follows it is its own
 * (a noun, "of": "12 letters to 10 families", "to 10 of them").
 */
export function tallyCountedAt(tokens: readonly Word[], i: number, after: number): [number, number] | null {
  const [link, head, next] = [tokens[i - 1], tokens[i - 2], tokens[after]];
  if (!link || !TALLY_LINKS.has(link.norm) || head?.pos !== 'NOUN') return null;
  if (next && (next.norm === 'of' || OWN_COUNT_POS.has(next.pos))) return null;
  const end = i - 1;
  let first = end - 1;
  while (first > end - MAX_COUNTED && (tokens[first - 1]?.pos === 'NOUN' || tokens[first - 1]?.pos === 'ADJ'))
    first--;
  const near = tokens[first - 1];
  if (!near || (!DIGITS.test(near.text) && (smallCount(near) === null || hyphenNext(tokens, first - 1))))
    return null;
  return [first, end];
}

/** A tally written as two numbers joined by a dash ("voted 7-2", "won 88-72"). */
export const DASHED = /^(\d{1,3})[-–](\d{1,3})$/;
// the dashes a tokeniser may split from the counts of "7–2"
const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
// before the near count: "from 7 to 4", "between 5 to 11", "aged 5 to 11", "ages 5 to 11" tell a change
// or a range, no tally
const RANGE_BEFORE: ReadonlySet<string> = new Set(['from', 'between', 'aged', 'ages', 'age']);
// after the far count: "7 to 4 per cent", "5 to 11%"
const UNIT_AFTER: ReadonlySet<string> = new Set(['per', '%', 'percent']);
// "The vote on Sunday was five to four", "the final score was 3 to 1": the verb that gives the tally
const TALLY_COPULAS: ReadonlySet<string> = new Set(['was', 'is', 'were', 'are', 'ended', 'finished']);
// how far before the near count a verb of the vote may stand: "voted 7 to 4", "won it by 3 to 1"
const VERB_REACH = 3;

/**
 * Whether a verb that tells a vote's or a game's outcome stands within a few words before token
 * `near` ("voted 7 to 4", "passed the plan by 6 to 5"), with no punctuation or copula between.
 */
function afterTallyVerb(tokens: readonly Word[], near: number): boolean {
  for (let j = near - 1; j >= Math.max(0, near - VERB_REACH); j--) {
    const w = tokens[j] as Word;
    if (w.pos === 'PUNCT') return false;
    // a copula between: "the odds of a vote were five to one" (its subject tells, afterTallySubject)
    if (w.pos === 'AUX' || TALLY_COPULAS.has(w.norm)) return false;
    if (TALLY_VERBS.has(w.norm)) return true;
  }
  return false;
}

// the words of a noun phrase, read back from its head: "the final score", "the Kelso pool vote"
const PHRASE_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);

/**
 * The head noun of the subject that ends right before token `end`: the last noun of the phrase there,
 * or, when that phrase follows a preposition, the head of the phrase before it ("The vote on Sunday
 * evening" gives "vote", "The odds on the game" gives "odds", "the mood among members" gives "mood").
 * Null when no noun heads it.
 */
function subjectHead(tokens: readonly Word[], end: number): Word | null {
  let stop = end;
  for (;;) {
    let start = stop;
    while (start > 0 && PHRASE_POS.has(tokens[start - 1]?.pos ?? '')) start--;
    const before = tokens[start - 1];
    if (start > 1 && before?.pos === 'ADP' && PHRASE_POS.has(tokens[start - 2]?.pos ?? '')) {
      stop = start - 1;
      continue;
    }
    for (let j = stop - 1; j >= start; j--) if (tokens[j]?.pos === 'NOUN') return tokens[j] as Word;
    return null;
  }
}

/**
 * Whether token `near` follows a copula ("was") whose subject is headed by a vote's or a game's noun
 * ("The vote on Sunday evening was five to four"), not by another noun that names one in passing ("The
 * odds on the vote were five to one", "the mood after the vote was two to one"). The near count must be
 * the larger, as a vote is told: a copula before a rising pair tells a range ("The death count was ten
 * to twelve", "the games are two to three a week").
 */
function afterTallySubject(tokens: readonly Word[], near: number, far: number): boolean {
  if (!TALLY_COPULAS.has(tokens[near - 1]?.norm ?? '')) return false;
  const nearCount = smallCount(tokens[near]);
  if (nearCount === null || nearCount < far) return false;
  const head = subjectHead(tokens, near - 1);
  return head !== null && TALLY_SUBJECTS.has(head.norm);
}

// before a count in words, a word of time: "at five to four", "until ten to nine" tell a clock time
// (3:55, 8:50), not a tally; digits never write that clock
const CLOCK_BEFORE: ReadonlySet<string> = new Set([
  'at',
  'until',
  'till',
  'before',
  'after',
  'since',
  'around',
]);

/**
 * The tallies a sentence tells, each as its two counts, larger first ("7-2" and "2-7" are one):
 * "voted 7-2", "voted 7 to 2", "by 6 votes to 3", "12 votes against 40". "N to M" is a tally only when
 * N counts votes, goals, games… or a verb of a vote or game stands just before it (data/tallies.ts:
 * "pupils in years 7 to 11", "open 9 to 5" are ranges), nothing after M is its own (a noun, "of", a
 * percent: "3 to 5 years") and no "from", "between" or "aged" stands before N (a change or a range).
 * @example
 * talliesIn(tokens of 'The council approved it by 6 votes to 3.') // ['6-3']
 */
export function talliesIn(tokens: readonly Word[]): string[] {
  return tallySpansIn(tokens).map((t) => t.tally);
}

/** A tally a sentence tells and the tokens that write it, from its near count to its far count. */
export interface TallySpan {
  /** Its two counts, larger first: "7-2". */
  readonly tally: string;
  /** The position of its first token (the near count, or the one dashed token). */
  readonly first: number;
  /** The position of its last token (the far count). */
  readonly last: number;
}

/** The tallies of talliesIn, each with the tokens that write it (a figure of it lies within them). */
export function tallySpansIn(tokens: readonly Word[]): TallySpan[] {
  const out: TallySpan[] = [];
  const pair = (x: number, y: number, first: number, last: number) =>
    out.push({ tally: `${Math.max(x, y)}-${Math.min(x, y)}`, first, last });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Word;
    const dashed = DASHED.exec(t.text);
    if (dashed) {
      pair(Number(dashed[1]), Number(dashed[2]), i, i);
      continue;
    }
    const link = tokens[i - 1];
    const far = smallCount(t);
    // "voted 7–2" as a tokeniser splits an en dash off: read as the joined "7-2" is, after a verb of a
    // vote or before a vote's noun ("a 7–2 vote"); "years 7–11" and "a 3–5 year wait" are ranges
    const dash = link !== undefined && DASHES.has(link.text) && DIGITS.test(t.text);
    if (far === null || !link || (!TALLY_LINKS.has(link.norm) && !dash)) continue;
    const next = tokens[i + 1];
    const voteAfter = dash && TALLY_AFTER.has(next?.norm ?? '');
    if (
      next &&
      !voteAfter &&
      (next.norm === 'of' || UNIT_AFTER.has(next.norm) || OWN_COUNT_POS.has(next.pos))
    )
      continue;
    const counted = dash || smallCount(tokens[i - 2]) !== null ? null : tallyCountedAt(tokens, i, i + 1);
    const near = counted ? counted[0] - 1 : i - 2;
    const nearCount = smallCount(tokens[near]);
    if (nearCount === null || RANGE_BEFORE.has(tokens[near - 1]?.norm ?? '')) continue;
    if (!DIGITS.test(tokens[near]?.text ?? '') && CLOCK_BEFORE.has(tokens[near - 1]?.norm ?? '')) continue;
    if (hyphenNext(tokens, near) || hyphenNext(tokens, i)) continue;
    // a vote's or a game's: its counted noun says so ("6 votes to 5"), else a verb before it ("voted 7
    // to 4") or its noun before "was" ("The vote was five to four")
    const tallyNoun = counted !== null && TALLY_NOUNS.has(tokens[counted[1] - 1]?.norm ?? '');
    if (dash && !DIGITS.test(tokens[near]?.text ?? '')) continue;
    if (!tallyNoun && !voteAfter && !afterTallyVerb(tokens, near) && !afterTallySubject(tokens, near, far))
      continue;
    pair(nearCount, far, near, i);
  }
  return out;
}

/**
 * The tallies of tallySpansIn told bare, no noun between their counts ("voted 7–2", "voted 7 to 2",
 * "in a 7-2 vote"), as a map of each one's first token to one past its last: one value, the vote's
 * count, and no two figures "7" and "2" (a count of votes keeps its noun: "by 6 votes to 3").
 */
export function bareTallyEnds(tokens: readonly Word[]): ReadonlyMap<number, number> {
  const out = new Map<number, number>();
  for (const t of tallySpansIn(tokens)) if (t.last - t.first <= 2) out.set(t.first, t.last + 1);
  return out;
}

/** "by 31 votes to 24": what the far count at i..end counts, stemmed (the tally's "vote"), or null. */
export function tallyHead(tokens: readonly Word[], i: number, end: number): string | null {
  const counted = tallyCountedAt(tokens, i, end);
  return counted ? stem((tokens[counted[1] - 1] as Word).text) : null;
}
