import type { Token } from '../../model/index.ts';
import type { DateMention } from '../../text/dates/mentions.ts';
import type { YearMode } from '../../text/dates/resolve.ts';
import { stem } from '../../text/normalise.ts';
import { pastForm } from '../compare/support/plan-tense.ts';
import { MODALS, MOVE_VERBS } from './data/moves.ts';
import { FUTURE_AUX, type VerbOfDate } from './told.ts';

const isVerb = (t: Token | undefined): boolean => t?.pos === 'VERB' || t?.pos === 'AUX';

// The index of the verb a date at `at` belongs to, as the mood reading found it (`found`, of
// `verbOfDate`); -1 for none. A verb after the date counts where a clause opens between a verb and the
// date ("was relegated, and in March he admitted"); with no verb before the date (`onlyAfter`) only
// when an auxiliary (or a verb verbOfDate passes over, "according to") stands before it: the first
// verb after a date that opens the sentence may be a participle of a noun ("In February, a quake
// measuring 6.4 hit …").
function verbOf(tokens: readonly Token[], at: number, found: VerbOfDate): number {
  if (!found.onlyAfter || found.verb < 0) return found.verb;
  return tokens.some((t) => t.end <= at && isVerb(t)) ? found.verb : -1;
}

// past forms of "be", "have" and "do", which the tagger reads as auxiliaries ("was in February")
const PAST_AUX: ReadonlySet<string> = new Set(['was', 'were', 'had', 'did', "'d", '’d']);

/**
 * How the year of a day or month written without one ("May 12", "in May") is chosen from the day of
 * writing, by the tense of the verb the date belongs to: told in a past form ("was sold in December"),
 * the latest not after it (the default, undefined); told in no past ("which ends January 31", "is
 * rumored to be released in May", "pushing the date back to April 29", "could open in May": a present,
 * an -ing form, an infinitive, after a modal), the nearest ('closest'). A date told as ahead keeps its
 * own reading (`future`), and so does one with no verb before it. `found`: the verb the date belongs
 * to (`verbOfDate`).
 */
export function yearModeAt(
  tokens: readonly Token[],
  m: DateMention,
  at: number,
  found: VerbOfDate,
): YearMode | undefined {
  if (m.future) return undefined;
  const v = m.value;
  const yearless =
    (v.kind === 'day' || (v.kind === 'month' && v.shift === null)) &&
    v.year === null &&
    v.yearShift === undefined;
  if (yearless && putOffUntil(tokens, at)) return 'future';
  const k = yearless ? verbOf(tokens, at, found) : -1;
  if (k < 0) return undefined;
  // the auxiliaries before it: "to" (an infinitive) or a modal tells no past
  for (
    let j = k - 1;
    j >= 0 && (isVerb(tokens[j]) || tokens[j]?.pos === 'ADV' || tokens[j]?.norm === 'to');
    j--
  ) {
    const w = (tokens[j] as Token).norm;
    if (w === 'to' || MODALS.has(w)) return 'closest';
  }
  const verb = tokens[k] as Token;
  return pastForm(verb) || PAST_AUX.has(verb.norm) ? undefined : 'closest';
}

const UNTIL_WORDS: ReadonlySet<string> = new Set(['until', 'till', 'til', 'to', 'into']);
const PUT_OFF_PARTICLES: ReadonlySet<string> = new Set(['off', 'back']);
/** Words looked at between "put" and its "off" ("put the vote off until …"). */
const PARTICLE_REACH = 4;

/**
 * "Was postponed until December", "put off till May 12", "pushed back to March": a date after "until",
 * "till" or "to" that an event was moved to is ahead of the moving, whatever the verb's tense, so its
 * year is the first not before the day of writing. True when the date at `at` is one (a verb of moving,
 * MOVE_VERBS or "put … off/back", the last verb before it); "the fair ran until October" is not, nor
 * is "the fair, delayed by rain, ran until October".
 */
function putOffUntil(tokens: readonly Token[], at: number): boolean {
  const i = tokens.findIndex((t) => t.start === at);
  if (i < 1 || !UNTIL_WORDS.has((tokens[i - 1] as Token).norm)) return false;
  // the verb nearest before the date is the moving one ("The fair, delayed by rain, ran until
  // October": "ran" tells the date, the aside's "delayed" moves nothing to it)
  const j = tokens.slice(0, i - 1).findLastIndex((t) => t.pos === 'VERB');
  const t = tokens[j];
  if (!t) return false;
  if (MOVE_VERBS.has(stem(t.text)) || MOVE_VERBS.has(t.norm)) return true;
  const put = t.norm === 'put' || t.norm === 'puts' || t.norm === 'putting';
  return put && tokens.slice(j + 1, j + 1 + PARTICLE_REACH).some((x) => PUT_OFF_PARTICLES.has(x.norm));
}

const isPunct = (t: Token | undefined): boolean => t?.pos === 'PUNCT';

/**
 * Whether a "today" means "these days" ("the hottest issues today", "phones today are …", "in data
 * centers today"): right after a plural noun, in a clause whose first verb is neither in a past form
 * nor a "will" ("Dockworkers today said …", "announced plans today" date the day). A present-tense
 * general statement is no dated event.
 */
export function generalToday(tokens: readonly Token[], m: DateMention, at: number): boolean {
  if (m.text.toLowerCase() !== 'today') return false;
  const i = tokens.findIndex((t) => t.start === at);
  const before = tokens[i - 1];
  // a common noun; one that opens the sentence may be tagged a name for its capital ("Skippers today")
  const noun = before?.pos === 'NOUN' || (before?.pos === 'PROPN' && (i < 2 || isPunct(tokens[i - 2])));
  if (!noun || !/[^s'’]s$/.test(before.text)) return false;
  let from = i;
  while (from > 0 && !isPunct(tokens[from - 1])) from--;
  let to = i;
  while (to < tokens.length && !isPunct(tokens[to])) to++;
  const first = tokens.slice(from, to).find(isVerb);
  return first === undefined || !(pastForm(first) || FUTURE_AUX.has(first.norm));
}

/**
 * The new day when a date is the old day of an event moved to another ("postponed from March 3 to April 9",
 * "pushing the date back from April 24 to April 29"): right after "from", with "to" and another date
 * right after it, in a sentence with a verb of moving (MOVE_VERBS); else null. "Open from Monday to
 * Friday" is a span. The new day is the event's, told as done or not ("was postponed from May 3 to May
 * 10"): its year is the nearest.
 */
export function movedFrom(
  text: string,
  tokens: readonly Token[],
  m: DateMention,
  mentions: readonly DateMention[],
): DateMention | null {
  if (!/\bfrom\s+$/i.test(text.slice(Math.max(0, m.start - 6), m.start))) return null;
  const next = /^(?:st|nd|rd|th)?\s+(?:to|until)\s+/i.exec(text.slice(m.end));
  const to = next ? mentions.find((o) => o.start === m.end + next[0].length) : undefined;
  const moved = tokens.some(
    (t) => t.pos === 'VERB' && (MOVE_VERBS.has(stem(t.text)) || MOVE_VERBS.has(t.norm)),
  );
  return to && moved ? to : null;
}
