// A bare weekday told as still to come without a "will": "may not return until Saturday", "called a
// meeting for Friday", "is due on Thursday", "plans a strike on Monday". Read once here, by
// findDateMentions (its `future` flag), for every stage: the grouping took such a Friday for the past
// one (the day of the event a report follows), the timeline dated it a week back, told as done.
import { CALL_OFF_CUES } from '../data/call-off.ts';
import { INCIDENT_NOUNS } from '../data/incidents.ts';
import { NUMBER_WORDS } from '../data/numbers.ts';
import { IRREGULAR_FORMS, IRREGULAR_PLURALS, PRESENT_IN_ED } from '../data/word-forms.ts';
import { sentenceStartAt } from './clause.ts';
import { conditionWeekdayAhead, conditionWords } from './condition.ts';
import { EXPECT_BLOCK, PAST_AUXILIARY, TENSE_WINDOW_WORDS } from './patterns.ts';

// an irregular past or participle ("began", "bought", "sold"), not a present "-s", an -ing form or a
// plural noun ("people", "children")
const IRREGULAR_PAST = new Set(
  Object.keys(IRREGULAR_FORMS).filter((w) => !/(?:s|ing)$/.test(w) && IRREGULAR_PLURALS[w] === undefined),
);

/** A past form: in -ed ("arrested"; not a present in -ed, "need", nor a number word, "hundred"), or irregular. */
export const isPastWord = (w: string): boolean =>
  (w.length > 3 && w.endsWith('ed') && PRESENT_IN_ED[w] !== true && NUMBER_WORDS[w] === undefined) ||
  IRREGULAR_PAST.has(w);

/** True when `words` hold a past form ("the driver arrested", "the strike that began"). */
export const holdsPast = (words: string): boolean =>
  words
    .toLowerCase()
    .split(/[^\p{L}’']+/u)
    .some(isPastWord);

/** Right before a weekday, what it is held until ("may not return until Saturday"): ahead, unless told as past. */
const UNTIL_CUE = /\b(?:until|till)\s+(?:on\s+)?$/i;
// A word that opens a clause of its own inside a sentence ("… and that some might wait until …").
const OWN_CLAUSE = /\b(?:and that|but that|and|but|that)\s+/i;

/** Right before a weekday, what it is set for ("called a meeting for Friday"): ahead, unless after "had". */
const FOR_CUE = /\bfor\s+$/i;

/**
 * A present verb of a thing to come, the date after it in its clause ("is due on Thursday", "plans a
 * strike on Monday", "intends to …"); "plans" after a determiner is the noun ("its plans on Monday").
 * The modals in lower case only ("may", not the month). Group: what follows the cue up to the date.
 */
const PLAN_CUE =
  /\b(?:(?:is|are|['’]s)\s+(?:now\s+|also\s+|still\s+)?due|(?<!\b(?:its|their|the|his|her|our|new|own)\s)plans|intends|aims)\b(.*)$/i;
const MODAL_CUE = /\b(?:may|might|must|should|can(?:not)?)\b(.*)$/;

// Between a cue and its date, a preposition of a topic and its noun phrase: the date is that thing's,
// most often an event told before ("can help with information about the attack on Friday", "must
// establish the cause of the crash on Monday"), not the modal's or the plan's verb's; "ahead of" is
// no topic's (CLAUSE_TIME).
const TOPIC_BEFORE =
  /\b(?:about|(?<!\bahead\s+)of|into|over|behind|regarding|concerning)\s+(?:the|a|an|this|that|its|their|his|her|last)\b/i;

// Right before the date, an incident told by a definite noun phrase ("a link to the robbery on Friday",
// "witnesses to the Harlow Road stabbing on Monday"): the date is that incident's, which happened
// before (data/incidents.ts); "may start a fire on Monday" is still ahead.
const INCIDENT_BEFORE = new RegExp(
  `(?:^|\\s)(?:the|this|that|its|their|his|her|\\p{L}+['’]s)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${INCIDENT_NOUNS.join('|')})\\s+on\\s*$`,
  'iu',
);

// Words that leave a verb's object its own: adverbs after a modal ("should now prepare for"), the
// "to" of a plan's verb ("aims to launch"), and the particles and prepositions whose noun phrase is
// what the verb is done to or readied for ("prepare for", "carry out", "deal with").
const BESIDE_VERB = new Set([
  'to',
  'now',
  'also',
  'still',
  'not',
  'soon',
  'then',
  'yet',
  'even',
  'only',
  'be',
]);
const VERB_PARTICLES = new Set(['for', 'out', 'up', 'off', 'down', 'against', 'through', 'with']);

// Right before the incident's phrase, words that set it in the clause's own time: "ahead of the storm
// on Monday", "during the outage on Friday" are still to come when the clause is.
const CLAUSE_TIME = /\b(?:ahead\s+of|during|before|in\s+(?:preparation|readiness)\s+for)\s*$/i;

// Incidents a forecast tells ahead (weather, a cut of supply): "in" or "through" one of them is the
// clause's own time too ("may lose power in the storm on Monday", still to come as with "will"); a
// crime's or an accident's noun after "in" stays another thing's ("could face charges in the stabbing
// on Monday": past).
const FORECAST_NOUN = /\b(?:storm|storms|flood|floods|flooding|outage)\s+on\s*$/i;
const FORECAST_TIME = /\b(?:in|through)\s*$/i;

/**
 * Whether the incident's phrase that ends `between` (INCIDENT_BEFORE) is another thing's, so the date
 * is the incident's and past ("rule out a link to the robbery on Monday", "seek help from witnesses to
 * the stabbing on Monday"), not what the cue's verb is done to or readied for ("should prepare for the
 * storm on Monday", "may launch the attack on Monday", "must review the collapse on Monday": ahead, as
 * with "will").
 */
function incidentOfAnother(between: string): boolean {
  const m = INCIDENT_BEFORE.exec(between);
  if (m === null) return false;
  const before = between.slice(0, m.index);
  if (CLAUSE_TIME.test(before)) return false;
  if (FORECAST_NOUN.test(m[0]) && FORECAST_TIME.test(before)) return false;
  const words = before
    .toLowerCase()
    .split(/[^\p{L}’'-]+/u)
    .filter((w) => w !== '' && !BESIDE_VERB.has(w));
  return !(words.length <= 1 || (words.length === 2 && VERB_PARTICLES.has(words[1] as string)));
}

// A past participle right after a determiner is an adjective of the noun ("the planned outage", "the
// expected flooding"), not a past verb of the clause.
const AFTER_DETERMINER = /\b(?:the|a|an|this|that|its|their|his|her|our)\s+\p{L}+ed\b/giu;

/**
 * Between a cue and its date, what makes the date another verb's, another thing's or the past:
 * "have", a relative word, a past form (not one used as an adjective), a topic's noun phrase
 * (TOPIC_BEFORE), another thing's incident right before the date (incidentOfAnother).
 */
const blocked = (between: string): boolean =>
  /\bhave\b/i.test(between) ||
  EXPECT_BLOCK.test(between) ||
  holdsPast(between.replace(AFTER_DETERMINER, ' ')) ||
  TOPIC_BEFORE.test(between) ||
  incidentOfAnother(between);

/**
 * True when the bare weekday at `start`..`end` of `text`, whose clause opens at `from`, is the coming
 * one: after "until" in a clause told in no past ("stayed until Saturday" is past); after "for", not
 * in a possessive ("charged for Friday's robbery") nor after "had"; or after a present verb of a thing
 * to come or a modal, with no past form, "have", relative word or topic's phrase ("about the attack")
 * between them.
 * @example
 * comingAt('Water may not return until Saturday.', 0, 27, 35) // true
 */
export function comingAt(text: string, from: number, start: number, end: number): boolean {
  // (the clause from its last sentence end on, at most TENSE_WINDOW_WORDS words)
  const clause = (
    text
      .slice(from, start)
      .split(/[.!?]\s+(?=\p{Lu})/u)
      .at(-1) ?? ''
  )
    .split(/\s+/)
    .slice(-TENSE_WINDOW_WORDS - 1)
    .join(' ');
  if (UNTIL_CUE.test(clause)) {
    // (the words after the last "that" or "and" that opens a clause of its own: "had no power and
    // that some might wait until Monday" waits ahead)
    const own = clause.split(OWN_CLAUSE).at(-1) ?? clause;
    return !PAST_AUXILIARY.test(own) && !holdsPast(own);
  }
  if (FOR_CUE.test(clause)) {
    const possessive = /['’]s$/.test(text.slice(start, end).split(/\s+/)[0] ?? '');
    return !possessive && !/\bhad\b/i.test(clause);
  }
  const cue = PLAN_CUE.exec(clause) ?? MODAL_CUE.exec(clause);
  if (cue !== null) return !blocked(cue[1] as string);
  return conditionAhead(text, clause, end);
}

/** "if" or "unless" opening the weekday's clause; group: the words up to the weekday. */
const CONDITION_CUE = /\b(?:if|unless)\b(.*)$/i;
const SENTENCE_REACH = 400;

/**
 * A condition on a thing to come ("will walk out on Thursday unless talks on Wednesday produce an
 * offer", "if the offer is still 3.5 percent on Wednesday night, teachers will strike"): an "if" or
 * "unless" clause holding the weekday, told in the present on both sides of it (no past form, no
 * "was", "were", "had"), in a sentence told in the future; not a day whose noun phrase the clause
 * weighs ("if the turnout on Tuesday is any guide, the Greens will do well": the past Tuesday).
 */
function conditionAhead(text: string, clause: string, end: number): boolean {
  const cue = CONDITION_CUE.exec(clause);
  if (cue === null || blocked(cue[1] as string)) return false;
  const rest = /^[^,;.!?]*/.exec(text.slice(end))?.[0] ?? '';
  if (PAST_AUXILIARY.test(rest) || holdsPast(rest) || PAST_AUXILIARY.test(cue[1] as string)) return false;
  // (its sentence, read at most SENTENCE_REACH characters either side of the weekday)
  const near = Math.max(0, end - SENTENCE_REACH);
  const sentence =
    text.slice(sentenceStartAt(text, near, end), end) +
    (/^[^.!?]*/.exec(text.slice(end, end + SENTENCE_REACH))?.[0] ?? '');
  // (told in the future, the weekday's noun phrase not weighed: condition.ts)
  return conditionWeekdayAhead(conditionWords(sentence), conditionWords(rest));
}

// The call-off cues as one pattern of whole words ("called off", "postponed").
const CALL_OFF = new RegExp(`\\b(?:${CALL_OFF_CUES.map((cue) => cue.join('\\s+')).join('|')})\\b`, 'i');

/**
 * True when the weekday's possessive at `start`..`end` of `text`, whose clause opens at `from`, owns
 * an event its sentence tells as called off ("has called off Tuesday's strike", "Tuesday's strike
 * has been called off"): the event had not taken place when it was called off, so its day is the
 * nearest such weekday either way ("called off Tuesday's strike" on a Saturday: the coming Tuesday),
 * not the one before the day of writing.
 * @example
 * calledOffAt("The guild called off Tuesday's strike.", 0, 21, 30) // true
 */
export function calledOffAt(text: string, from: number, start: number, end: number): boolean {
  if (!/['’]s$/.test(text.slice(start, end).split(/\s+/)[0] ?? '')) return false;
  const stop = text.slice(end).search(/[.;!?](?:\s|$)/);
  return CALL_OFF.test(text.slice(from, stop < 0 ? text.length : end + stop));
}
