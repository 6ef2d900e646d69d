// Whether the claim's predicate is told with its complement: the thing it is done to ("closed the
// pier") or the manner it is told in ("would run as normal"). A candidate that tells the same verb
// of another thing ("closed the harbour", "would run a reduced timetable") does not state it.
import type { Token } from '../../../model/index.ts';
import { fold } from '../../../text/normalise.ts';
import { isContent } from '../claims.ts';
import { namesWord } from './details.ts';
import { isPredicateStem } from './predicate-words.ts';
import { perReading, type Reading } from './reading.ts';
import { foldedWords, isDateWord, sameClass } from './relations.ts';

// Words of a time of day or a span, passed over after the verb: the claim's dates are checked as dates.
const TIME = /^(early|late|morning|afternoon|evening|night|day|week|month|year|today|tonight|yesterday)s?$/;
// The words of a noun phrase before its head ("the", "its busiest", "a reduced").
const BEFORE_HEAD = new Set(['DET', 'ADJ', 'PRON', 'NUM']);
// Tags a manner word after "as" may have ("as normal", "as usual", "as planned", "as scheduled").
const MANNER = new Set(['ADJ', 'VERB', 'ADV']);

const inFigure = (r: Reading, t: Token): boolean =>
  r.claim.figures.some((f) => t.start < f.span.end && t.end > f.span.start);

// A head word worth checking: a common content word, no time, no date, no figure's word (names,
// dates and figures have checks of their own).
const checked = (r: Reading, t: Token | undefined): t is Token =>
  t !== undefined &&
  isContent(t) &&
  /\p{L}{3}/u.test(t.text) &&
  !isDateWord(t.norm) &&
  !TIME.test(t.norm) &&
  !inFigure(r, t);

/** A predicate verb's stem and the position of its complement's head; whether an "as" of manner opens it. */
interface Complement {
  readonly verb: string;
  readonly head: number;
  readonly manner: boolean;
}

/**
 * The heads of the complements of the claim's predicate verbs: the head noun of the
 * object right after the verb (past adverbs and particles: "closed the harbour pier" → "pier"), or
 * the word of an "as" of manner right after it ("run as normal" → "normal").
 */
const complementsOf = perReading((r: Reading): readonly Complement[] => {
  const tokens = r.claim.tokens;
  const out: Complement[] = [];
  tokens.forEach((t, i) => {
    if (!isPredicateStem(t, r.claim.tokenStems[i] as string)) return;
    let k = i + 1;
    // ("as" is tagged an adverb: it opens the manner)
    while (
      k < tokens.length &&
      tokens[k]?.norm !== 'as' &&
      ['ADV', 'PART'].includes((tokens[k] as Token).pos)
    )
      k++;
    const next = tokens[k];
    if (next === undefined) return;
    if (next.norm === 'as') {
      const manner = tokens[k + 1];
      // "as normal", not "as a result" nor "as the council said" (a clause of its own)
      if (manner && MANNER.has(manner.pos) && tokens[k + 2]?.pos !== 'NOUN' && checked(r, manner))
        out.push({ verb: r.claim.tokenStems[i] as string, head: k + 1, manner: true });
      return;
    }
    if (next.pos !== 'DET') return; // an object opened by a determiner only: "closed the pier"
    let head = -1;
    for (let j = k + 1; j < tokens.length; j++) {
      const u = tokens[j] as Token;
      if (u.pos === 'NOUN') head = j;
      else if (head >= 0 || !BEFORE_HEAD.has(u.pos)) break;
    }
    if (head >= 0 && checked(r, tokens[head]) && tokens[head + 1]?.norm !== 'of')
      out.push({ verb: r.claim.tokenStems[i] as string, head, manner: false });
  });
  return out;
});

/**
 * Whether the claim's predicate is told with another complement in `b`: a manner it gives ("run as
 * normal") untold in `b` (not its word, its stem nor a word of its class), or the thing it is done to
 * untold where `b` tells the same verb done to a thing the claim does not name. "Orrin Line said all
 * crossings would run as normal" is not stated by "… it would run a reduced timetable on its busiest
 * crossings", nor "The council closed the pier" by "The council closed the harbour"; "linking the
 * city centre with …" is by "linking downtown with …" (its own wording, no other thing linked).
 */
export function complementUntold(a: Reading, b: Reading): boolean {
  const untold = (x: Reading, y: Reading, k: number): boolean =>
    !foldedWords(y).has(fold((x.claim.tokens[k] as Token).text)) && !namesWord(x, k, y);
  return complementsOf(a).some(
    (c) =>
      untold(a, b, c.head) &&
      (c.manner ||
        complementsOf(b).some((d) => !d.manner && sameClass(c.verb, d.verb) && untold(b, a, d.head))),
  );
}
