// What a sentence tells of an event's cause: a cause named for it ("an electrical fault started the
// fire", "the crash was blamed on ice", "the cause of the fire was a cigarette"), a part that failed
// before it ("a pump had failed before the fire broke out"), or a cause denied ("denied reports that a
// broken pump was to blame", "the cooling system was working as designed"). Read by cause-disputes.ts.
import type { Token } from '../../model/index.ts';
import { NEGATION } from '../../text/negated-words.ts';
import { CONTENT_POS_NO_ADVERBS, isContentWord, stem } from '../../text/normalise.ts';
import {
  AS_IT_SHOULD,
  ASKED_IF,
  BLAME_VERBS,
  CAUSE_VERBS,
  CAUSED_EVENTS,
  DENIAL_VERBS,
  FAILED_VERBS,
  NO_CAUSE,
  OTHER_EVENT,
  SAYING_VERBS,
  WORKED_VERBS,
  WORKING_VERBS,
} from './data/cause-cues.ts';

const EVENTS = new Set(CAUSED_EVENTS);
const CAUSING = new Set(CAUSE_VERBS);
const BLAMING = new Set(BLAME_VERBS);
const FAILING = new Set(FAILED_VERBS);
const WORKING = new Set(WORKING_VERBS);
const WORKED = new Set(WORKED_VERBS);
const AS_SHOULD = new Set(AS_IT_SHOULD);
const DENYING = new Set(DENIAL_VERBS);
const OTHER = new Set(OTHER_EVENT);
const ASKED = new Set(ASKED_IF);
const NOTHING_NAMED = new Set(NO_CAUSE);
const SAYING = new Set(SAYING_VERBS);
const OWNERS = new Set(['its', 'their', 'his', 'her', 'our']);
const BE = new Set(['is', 'was', 'are', 'were', 'been', 'be']);
// words between a cause and its verb: "a pump had caused", "may have sparked", "was probably to blame"
const AUX = new Set([
  ...BE,
  'had',
  'has',
  'have',
  'may',
  'might',
  'could',
  'likely',
  'probably',
  'did',
  'does',
  'do',
]);
const DETERMINERS = new Set(['the', 'this', 'that', 'its', 'their', 'a', 'an']);
const POSSESSIVE = new Set(["'s", '’s']);
const MODIFIERS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const MAX_CAUSE = 10;
const YEAR = /^(1[89]|20)\d\d$/;

/** One statement of a cause: what it names ([from, to) of the sentence's tokens), of which event, and how. */
export interface CauseStatement {
  /** 'cause': named as the cause; 'failed': failed before the event; 'not': told not to be the cause, or working. */
  readonly stance: 'cause' | 'failed' | 'not';
  /** The event's noun ("fire"), or null where the sentence names none ("X was working as designed"). */
  readonly event: string | null;
  readonly from: number;
  readonly to: number;
  /** Stems of the words of the cause's own noun phrase, no possessor ("pump", "cool" of "the plant's cooling pump"). */
  readonly keys: readonly string[];
  /** Stems of every content word of the cause ("electr", "fault", "switchgear", "room"). */
  readonly stems: readonly string[];
}

const norm = (t: Token | undefined): string => t?.norm ?? '';
const isNoun = (t: Token | undefined): boolean => t?.pos === 'NOUN' || t?.pos === 'PROPN';
// where a cause's words end: punctuation, a conjunction, "that", an auxiliary, a verb of saying, or a
// pronoun but an owner's ("its faulty wiring")
const isBoundary = (t: Token): boolean =>
  t.pos === 'PUNCT' ||
  t.pos === 'AUX' ||
  t.pos === 'CCONJ' ||
  t.pos === 'SCONJ' ||
  t.norm === 'that' ||
  SAYING.has(t.norm) ||
  (t.pos === 'PRON' && !OWNERS.has(t.norm));

// The event named from token `k` on: a determiner or a possessor, at most three modifiers, the event's
// noun; none when a word makes it another event ("a previous fire", "the 2019 fire", "the fire in 2019").
function eventAt(tokens: readonly Token[], k: number): string | null {
  if (DETERMINERS.has(norm(tokens[k]))) k++;
  else if (POSSESSIVE.has(norm(tokens[k + 1]))) k += 2;
  for (let m = 0; m < 4 && k < tokens.length; m++, k++) {
    const t = tokens[k] as Token;
    if (OTHER.has(t.norm) || YEAR.test(t.norm)) return null;
    if (EVENTS.has(t.norm)) {
      // a modifier of another noun is no event ("triggered the fire alarm", "started the fire inquiry"),
      // and what the event was made to do is another ("caused the fire to spread")
      if (isNoun(tokens[k + 1])) return null;
      if (norm(tokens[k + 1]) === 'to' && tokens[k + 2]?.pos === 'VERB') return null;
      const after = tokens.slice(k + 1, k + 5);
      return after.some((a) => YEAR.test(a.norm) || OTHER.has(a.norm)) ? null : t.norm;
    }
    if (!MODIFIERS.has(t.pos)) return null;
  }
  return null;
}

// The event named as the subject of a passive ("the fire was caused by", "Tuesday's crash was blamed on"):
// an event's noun among the four words before the verb's auxiliaries.
function subjectEvent(tokens: readonly Token[], aux: number): string | null {
  for (let k = aux - 1; k >= Math.max(0, aux - 4); k--) {
    if (!EVENTS.has(norm(tokens[k])) || isNoun(tokens[k + 1])) continue;
    const before = tokens.slice(Math.max(0, k - 4), k);
    return before.some((b) => YEAR.test(b.norm) || OTHER.has(b.norm)) ? null : norm(tokens[k]);
  }
  return null;
}

// The words of a cause told before `verb` (after the auxiliaries between), as [from, to), with whether a
// "not" stands between; null when they name nothing ("what caused the fire").
function causeBefore(
  tokens: readonly Token[],
  verb: number,
): { from: number; to: number; negated: boolean } | null {
  let to = verb;
  let negated = false;
  while (to > 0 && (AUX.has(norm(tokens[to - 1])) || NEGATION.has(norm(tokens[to - 1])))) {
    if (NEGATION.has(norm(tokens[to - 1]))) negated = true;
    to--;
  }
  let from = to;
  while (from > 0 && to - from < MAX_CAUSE && !isBoundary(tokens[from - 1] as Token)) from--;
  return named(tokens, from, to) ? { from, to, negated } : null;
}

// The words of a cause told after `k` ("caused by a faulty heater in the kitchen, …"), as [from, to).
function causeAfter(tokens: readonly Token[], k: number): { from: number; to: number } | null {
  const from = k + 1;
  const first = tokens[from];
  if (!first || first.pos === 'ADP' || first.pos === 'ADV' || first.pos === 'PART' || first.pos === 'VERB')
    return null;
  let to = from;
  while (
    to < tokens.length &&
    to - from < MAX_CAUSE &&
    !isBoundary(tokens[to] as Token) &&
    norm(tokens[to]) !== 'for'
  )
    to++;
  return named(tokens, from, to) ? { from, to } : null;
}

// Whether [from, to) names a cause: a noun, or a content word last (a headline's "Broken pump" is
// tagged as verbs), and no word that names nothing ("what", "it", "something").
function named(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to);
  const last = words[words.length - 1];
  if (!last || words[0]?.pos === 'ADP') return false;
  if (words.some((t) => NOTHING_NAMED.has(t.norm))) return false;
  return (
    words.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') || isContentWord(last, CONTENT_POS_NO_ADVERBS)
  );
}

function statement(
  tokens: readonly Token[],
  stance: CauseStatement['stance'],
  event: string | null,
  span: { from: number; to: number },
): CauseStatement {
  const words = tokens.slice(span.from, span.to);
  const content = (t: Token) => isContentWord(t, CONTENT_POS_NO_ADVERBS);
  const head = words.findIndex((t) => t.pos === 'ADP');
  const keys = words
    .slice(0, head < 0 ? words.length : head)
    .filter((t, k, all) => content(t) && !POSSESSIVE.has(norm(all[k + 1])))
    .map((t) => stem(t.norm));
  return { stance, event, ...span, keys, stems: words.filter(content).map((t) => stem(t.norm)) };
}

/** Every statement of a cause in a sentence's tokens (see the file's head), in order. */
export function causeStatements(tokens: readonly Token[]): CauseStatement[] {
  const found: CauseStatement[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = norm(tokens[i]);
    const next = norm(tokens[i + 1]);
    if (CAUSING.has(w) && next === 'by') {
      // "the fire was caused by a faulty heater"
      let aux = i;
      let negated = false;
      while (aux > 0 && (AUX.has(norm(tokens[aux - 1])) || NEGATION.has(norm(tokens[aux - 1])))) {
        if (NEGATION.has(norm(tokens[aux - 1]))) negated = true;
        aux--;
      }
      const cause = aux < i ? causeAfter(tokens, i + 1) : null;
      const event = subjectEvent(tokens, aux);
      if (cause && event) found.push(statement(tokens, negated ? 'not' : 'cause', event, cause));
    } else if (CAUSING.has(w)) {
      // "an electrical fault started the fire"
      const event = eventAt(tokens, i + 1);
      const cause = event ? causeBefore(tokens, i) : null;
      if (cause && event) found.push(statement(tokens, cause.negated ? 'not' : 'cause', event, cause));
    } else if (BLAMING.has(w) && norm(tokens[i - 1]) === 'to' && BE.has(norm(tokens[i - 2]))) {
      // "a broken pump was to blame (for the fire)"
      const cause = causeBefore(tokens, i - 1);
      const event = next === 'for' ? eventAt(tokens, i + 2) : null;
      if (cause) found.push(statement(tokens, cause.negated ? 'not' : 'cause', event, cause));
    } else if (BLAMING.has(w) && next === 'on') {
      // "the crash was blamed on ice"
      const cause = causeAfter(tokens, i + 1);
      let aux = i;
      while (aux > 0 && AUX.has(norm(tokens[aux - 1]))) aux--;
      const event = subjectEvent(tokens, aux);
      if (cause && event) found.push(statement(tokens, 'cause', event, cause));
    } else if (BLAMING.has(w)) {
      // "blamed ice for the crash"
      const cause = causeAfter(tokens, i);
      const event = cause && norm(tokens[cause.to]) === 'for' ? eventAt(tokens, cause.to + 1) : null;
      if (cause && event) found.push(statement(tokens, 'cause', event, cause));
    } else if (FAILING.has(w) && next !== 'to') {
      // "a pump had failed on Monday evening … before the fire broke out"
      const cause = causeBefore(tokens, i);
      const before = tokens.findIndex((t, k) => k > i && t.norm === 'before');
      const event = before > 0 ? eventAt(tokens, before + 1) : null;
      if (cause && (event || cause.negated))
        found.push(statement(tokens, cause.negated ? 'not' : 'failed', event, cause));
    } else if ((WORKING.has(w) && BE.has(norm(tokens[i - 1]))) || WORKED.has(w)) {
      // "the cooling system was working as designed", "the alarms worked properly"
      const asShould = tokens.slice(i + 1, i + 3).some((t) => AS_SHOULD.has(t.norm));
      const cause = asShould ? causeBefore(tokens, i) : null;
      if (cause && !cause.negated) found.push(statement(tokens, 'not', null, cause));
    } else if (w === 'cause' && next === 'of') {
      // "the cause of the fire was a discarded cigarette"
      const event = eventAt(tokens, i + 2);
      const be = tokens.findIndex((t, k) => k > i + 2 && k < i + 8 && BE.has(t.norm));
      const cause = event && be > 0 && !NEGATION.has(norm(tokens[be + 1])) ? causeAfter(tokens, be) : null;
      if (cause) found.push(statement(tokens, 'cause', event, cause));
    }
  }
  // a cause or failure inside what someone denies ("denied reports that a broken pump was to blame"),
  // none inside a question ("investigating whether arson caused the fire")
  return found
    .filter((s) => !tokens.slice(0, s.to).some((t) => ASKED.has(t.norm)))
    .map((s) => {
      if (s.stance === 'not') return s;
      const denial = tokens.findIndex((t, k) => k < s.from && DENYING.has(t.norm));
      const that = denial >= 0 && tokens.slice(denial + 1, s.from).some((t) => t.norm === 'that');
      return that ? { ...s, stance: 'not' as const } : s;
    });
}
