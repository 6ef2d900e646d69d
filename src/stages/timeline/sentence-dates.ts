import type { Sentence, Token } from '../../model/index.ts';
import type { DateMention } from '../../text/dates/mentions.ts';
import { sentenceFigures } from '../../text/quantities.ts';
import { pastForm } from '../compare/support/plan-tense.ts';
import { CHANGE_WORDS, PERIOD_ACCOUNT_NOUNS, YEAR_BOUND_WORDS } from './data/clauses.ts';
import { DAY_NAME_WORDS, EVENT_NAMED_DAYS } from './data/named-days.ts';
import { moodAt } from './told.ts';

// "Oscar Sunday", "Black Friday": a weekday right after a capitalised word of a day's name
function inDayName(sentenceText: string, m: DateMention): boolean {
  if (m.value.kind !== 'weekday' || m.value.shift !== null) return false;
  const before = /([A-Z][\p{L}’']*)\s+$/u.exec(sentenceText.slice(Math.max(0, m.start - 24), m.start));
  return before !== null && DAY_NAME_WORDS.has((before[1] as string).toLowerCase().replace(/['’]s$/, ''));
}

// "the September 11 attacks": a day without a year naming an event of its own year, before a noun of
// that name (an adjective may come between: "the Sept. 11 terrorist attacks")
function namesEvent(sentenceText: string, m: DateMention): boolean {
  const v = m.value;
  if (v.kind !== 'day' || v.year !== null) return false;
  const nouns = EVENT_NAMED_DAYS[`${v.month}-${v.day}`];
  if (!nouns || !/\bthe\s+$/i.test(sentenceText.slice(Math.max(0, m.start - 8), m.start))) return false;
  const next = /^\s+([a-z]+)(?:\s+([a-z]+))?/i.exec(sentenceText.slice(m.end, m.end + 40));
  return [next?.[1], next?.[2]].some((w) => w !== undefined && nouns.has(w.toLowerCase()));
}

// "approve a budget for next year", "spending plans for 2027": a year after an account's noun and
// "for" is the period the account covers, not when anything happens
function periodOfNoun(sentence: Sentence, m: DateMention): boolean {
  const v = m.value;
  if (v.kind !== 'year' && !(v.kind === 'period' && v.unit === 'year')) return false;
  const at = sentence.tokens.findIndex((t) => t.start >= sentence.start + m.start);
  return (
    at >= 2 &&
    sentence.tokens[at - 1]?.norm === 'for' &&
    PERIOD_ACCOUNT_NOUNS.has(sentence.tokens[at - 2]?.norm ?? '')
  );
}

// "up 8 percent from last year", "more than in 2024", "compared with last year": a year or a period
// that is the base a change is measured from, no time of what the sentence tells (a day or weekday
// after "from" may be when a change starts: "fares rise 5 percent from Monday")
function comparisonBase(sentence: Sentence, m: DateMention): boolean {
  const v = m.value;
  if (v.kind !== 'year' && v.kind !== 'period') return false;
  const tokens = sentence.tokens;
  let at = tokens.findIndex((t) => t.start >= sentence.start + m.start);
  if (tokens[at - 1]?.norm === 'in') at--; // ("than in 2024")
  const before = tokens[at - 1]?.norm;
  if (before === 'than') return true;
  if ((before === 'with' || before === 'to') && tokens[at - 2]?.norm === 'compared') return true;
  return before === 'from' && tokens.slice(Math.max(0, at - 4), at - 1).some((t) => CHANGE_WORDS.has(t.norm));
}

// "built before 1900", "put up after 1950", "prior to 1990": a year a bound word opens is a bound of
// the time of what the sentence tells, no time of it (a day or weekday after "before" may be an
// event's own: "before Tuesday's vote" is read as ahead elsewhere)
function yearBound(sentence: Sentence, m: DateMention): boolean {
  if (m.value.kind !== 'year') return false;
  // (the date's own opening word, "before 1900", or the word before it)
  const first = /^\p{L}+/u.exec(m.text)?.[0].toLowerCase();
  if (first !== undefined && YEAR_BOUND_WORDS.has(first)) return true;
  const tokens = sentence.tokens;
  let at = tokens.findIndex((t) => t.start >= sentence.start + m.start);
  if (tokens[at - 1]?.norm === 'to' && tokens[at - 2]?.norm === 'prior') at--;
  return at > 0 && YEAR_BOUND_WORDS.has(tokens[at - 1]?.norm ?? '');
}

// The tags a phrase "since" opens may hold before its date ("since a fire in March", "since the
// storm of early May"): no verb, so the date is the phrase's, not a later clause's
const SINCE_PHRASE = /^(?:DET|ADJ|NOUN|PROPN|ADP|NUM|PRON)$/;
const SINCE_REACH = 5;

/**
 * Whether a date stands in a phrase "since" opens ("closed since a fire in March", "shut since
 * March"): it starts a state that lasts to the day of writing, so it is gone by, whatever plan the
 * sentence tells.
 */
export function sinceOpened(sentence: Sentence, m: DateMention): boolean {
  const tokens = sentence.tokens;
  const at = tokens.findIndex((t) => t.start >= sentence.start + m.start);
  for (let k = at - 1; k >= 0 && k >= at - SINCE_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.norm === 'since') return true;
    if (!SINCE_PHRASE.test(t.pos)) return false;
  }
  return false;
}

/**
 * The date expressions of one sentence as the timeline reads them: a weekday that is part of a day's
 * name ("Oscar Sunday") is no date, nor a day without a year that names an event ("the September 11
 * attacks"), nor the year an account covers ("a budget for next year"), nor the base of a change
 * ("up 8 percent from last year", "more than in 2024"); a date the writer tells as
 * still ahead (the verb the date belongs to told as planned by the compare stage's modality rules,
 * `moodAt`: "She will make her debut on the March 2 broadcast", "can expect the pass to become
 * available later in May") is marked `future`, so that a day without a year resolves forward and does
 * not bound the day of writing; a date in a phrase "since" opens never is ("approved a plan to rebuild
 * the library, closed since a fire in March").
 */
export function sentenceDates(
  sentence: Sentence,
  sentenceText: string,
  found: readonly DateMention[],
): DateMention[] {
  const kept = found.filter(
    (m) =>
      !inDayName(sentenceText, m) &&
      !namesEvent(sentenceText, m) &&
      !periodOfNoun(sentence, m) &&
      !comparisonBase(sentence, m) &&
      !yearBound(sentence, m),
  );
  // what the date belongs to told as planned, with a plan word or without one ("can expect the pass to
  // become available later in May"): moodAt reads "will", "said … would open on Monday" and the rest
  if (!kept.some((m) => !m.future)) return kept;
  return kept.map((m) =>
    m.future ||
    m.failed ||
    sinceOpened(sentence, m) ||
    moodAt(sentence.tokens, sentence.start + m.start) !== 'planned'
      ? m
      : { ...m, future: true },
  );
}

const isVerb = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';

/** Whether a token is a verb in a past form (the support judge's reading of one, `pastForm`). */
export const pastVerb = (t: Token): boolean => isVerb(t) && pastForm(t);

/**
 * Whether a past form tells what happened on a date: one before it in the sentence ("Steady rain did
 * little to keep people away from the festival on Saturday", "talks collapsed on June 30"), else the
 * first verb after it ("On Friday, the academy named …"). Only such a day bounds the day of writing of
 * an undated article ("has been hinting … at this year's telecast on Feb. 22" does not).
 */
export function toldAsDone(sentence: Sentence, m: DateMention): boolean {
  const at = sentence.start + m.start;
  if (sentence.tokens.some((t) => t.end <= at && pastVerb(t))) return true;
  const after = sentence.tokens.find((t) => t.start >= at && isVerb(t));
  return after !== undefined && pastVerb(after);
}

// The relative clause set off by commas that holds the token starting at `at` (", which carries
// 12,000 vehicles a day,"): the index of its comma, or -1 outside one.
function asideAt(tokens: readonly Token[], at: number): number {
  let open = -1;
  for (let i = 0; i < tokens.length && (tokens[i] as Token).start < at; i++) {
    const t = tokens[i] as Token;
    if (t.text === ',' || t.text === ';') open = ASIDE_OPENER.test(tokens[i + 1]?.norm ?? '') ? i : -1;
  }
  return open;
}
const ASIDE_OPENER = /^(?:which|who|whose|where)$/;

/**
 * Whether a year told as a span's start frames a count of its sentence ("Crashes have injured 40
 * people since 2021": the figure's frame, since:2021, as text/quantities reads it, or none read when
 * the year is further off: "Since 2021, crashes at the Kell junction have injured 52 people"): a
 * running total up to the day of writing, no event of that year. A state told since the year ("has
 * been shut since 2021") keeps its date, and so does a count of another frame ("in 2019"), a rate
 * (no total: "carries 12,000 vehicles a day") and a count told aside in a relative clause ("the bridge,
 * which has four lanes, has been shut since 2021").
 */
export function countedSince(sentence: Sentence, m: DateMention): boolean {
  if (m.value.kind !== 'year' || !/^since\b/i.test(m.text)) return false;
  const frame = `since:${m.value.year}`;
  const aside = asideAt(sentence.tokens, sentence.start + m.start);
  return sentenceFigures(sentence).some(
    (f) =>
      (f.frame === frame || (f.frame === null && f.rate === null)) &&
      asideAt(sentence.tokens, f.span.start) === aside,
  );
}
