// Date expressions of English news text, as the date mentions (mentions.ts) read them.
import {
  alternation,
  capitalise,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAY_NAMES,
} from '../calendar.ts';
import { NUMBER_WORDS } from '../data/numbers.ts';
import {
  RECURRING_WEEKDAY_STEPS,
  RECURRING_WEEKDAY_WORDS,
  SAME_DAY_WEEKDAY_WORDS,
} from '../data/weekday-cues.ts';

// Date expressions, as regex sources. Month and weekday names must be capitalised in the text;
// the matcher checks that after matching case-insensitively (so cue words may start a sentence).

const names = (words: readonly string[]): string => alternation(words.map(capitalise));
const MONTH_FULL = names(MONTH_NAMES);
/** Any month name or abbreviation, capitalised, as a regex source (for datelines elsewhere). */
export const MONTH_ANY = names([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);
/** Any weekday name, capitalised, as a regex source; an abbreviated one only with its dot ("Sun.", "Thurs."). */
export const WEEKDAY_ANY = `(?:${names(WEEKDAY_NAMES)})|(?:${names(WEEKDAY_ABBREVIATIONS)})\\.`;
const ORDINAL = '(?:st|nd|rd|th)?';

/**
 * "Wednesday, Dec. 27", "December 22, 2023", "Dec 27th"; not a month after a day's number, where the
 * number after it is a year ("on 10 Nov 11": DAY_MONTH reads 10 November). Groups: weekday, month,
 * day, year.
 */
export const MONTH_DAY = new RegExp(
  `\\b(?<!\\b\\d{1,2}${ORDINAL}\\s+)(?:(${WEEKDAY_ANY}),?\\s+)?(${MONTH_ANY})\\.?\\s+(\\d{1,2})${ORDINAL}(?![\\d,.]\\d)\\b(?:,?\\s+(\\d{4})\\b)?`,
  'gid',
);

/** "27 December 2023", "the 5th of May". Groups: weekday, day, month, year. */
export const DAY_MONTH = new RegExp(
  `\\b(?:(${WEEKDAY_ANY}),?\\s+)?(?:the\\s+)?(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${MONTH_ANY})\\b\\.?(?:,?\\s+(\\d{4})\\b)?`,
  'gid',
);

/** "2023-12-27". Groups: year, month, day. */
export const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/dg;

/** "12/27/2023" (US order). Groups: month, day, year. */
export const US_NUMERIC_DATE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/dg;

/** "March of 2024", "January 2024". Groups: month, year. */
export const MONTH_YEAR = new RegExp(`\\b(${MONTH_ANY})\\.?,?\\s+(?:of\\s+)?(\\d{4})\\b`, 'gid');

/**
 * "In November", "since early March", "last December", "delayed to January" ("to" only after a word
 * of putting off: "to march" alone is a verb). Groups: cue, month.
 */
export const MONTH_ALONE = new RegExp(
  `\\b(in|since|until|till|by|during|through|throughout|from|before|after|last|next|this|early|late|mid|(?<=\\b(?:delayed|postponed|pushed\\s+back|put\\s+off|moved|rescheduled)\\s+)to)[\\s-]+(?:(?:early|late|mid)[\\s-]+)?(${MONTH_FULL})\\b(?!\\.?\\s*\\d)`,
  'gid',
);

/** "in 2019", "since 2021", "by early 2025" (not "fiscal year 2023"). Group: year. */
export const YEAR_ALONE =
  /\b(?:in|since|during|until|till|by|from|through|before|after)\s+(?:(?:early|late|mid)[\s-]+)?((?:19|20)\d\d)\b(?![-/]\d)/dgi;

/** An amount of days, weeks, months or years: "2", "a", "an", "one" … "ten" (read by amountOf). */
export const AMOUNT = String.raw`\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten`;

/**
 * The number an AMOUNT gives: "a" and "an" are no number words, and count one.
 * @example
 * amountOf('three') // 3
 */
export const amountOf = (raw: string): number =>
  /^\d+$/.test(raw) ? Number(raw) : (NUMBER_WORDS[raw.toLowerCase()] ?? 1);

/** "two weeks ago", "a day ago". Groups: amount, unit. */
export const AGO = new RegExp(String.raw`\b(${AMOUNT})\s+(day|week|month|year)s?\s+ago\b`, 'dgi');

/** "last week", "earlier this month", "next year", "the past week" (not "last year's total"). Groups: shift word, unit. */
export const PERIOD =
  /\b(?:(?:earlier|later)\s+)?(last|next|this|past|coming)\s+(week|month|year)\b(?!['’]s)/dgi;

/** "today", "yesterday", "tomorrow", "tonight", "this morning". Group: word. */
export const DEICTIC = /\b(today|tonight|yesterday|tomorrow|this morning|this afternoon|this evening)\b/dgi;

/** Words that make the weekday after them a recurring one ("every Saturday", "every other Friday"). */
const RECURRING = `(?:${alternation(RECURRING_WEEKDAY_WORDS)})(?:\\s+(?:${alternation(RECURRING_WEEKDAY_STEPS)}))?`;
/** Words before a weekday that name that day itself: "later Monday", "later on Monday". */
const SAME_DAY = `(?:${alternation(SAME_DAY_WEEKDAY_WORDS)})(?:\\s+on)?`;

/**
 * "Wednesday", "last Thursday", "later Monday" (that day), "Thursday's statement", "Wednesday night" (not "Super Tuesday", nor
 * the weekday of a month: "the first Saturday in April", nor a day that recurs: "every Saturday",
 * "each other Monday", "on Saturdays"). Groups: modifier, weekday.
 */
export const WEEKDAY = new RegExp(
  `(?<!\\b(?:Super|Black|Cyber|Giving|Good|Holy|Maundy|Ash|Easter|Bloody|Fat|Patriots?)\\s)(?<!\\b${RECURRING}\\s+)\\b(?:(last|next|this|past|coming|${SAME_DAY})\\s+)?(${WEEKDAY_ANY})(?!s\\b)(?!\\s+(?:in|of)\\s+(?:${MONTH_FULL})\\b)(?:['’]s)?(?:\\s+(?:night|morning|afternoon|evening))?`,
  'gid',
);

/**
 * What a text must hold for each date pattern above to match in it, tested before the pattern (most
 * sentences hold no date, and a literal test costs far less than the patterns). Each is implied by
 * its pattern: every match of the pattern (case-insensitive) contains a match of its guard.
 */
export const DATE_GUARDS = {
  /** a digit: MONTH_DAY, DAY_MONTH, ISO_DATE, US_NUMERIC_DATE, MONTH_YEAR, YEAR_ALONE */
  digit: /\d/,
  /** a full month name at a word's start: MONTH_ALONE */
  month: new RegExp(`\\b(?:${MONTH_FULL})`, 'i'),
  /** "ago": AGO */
  ago: /\bago\b/i,
  /** a period word: PERIOD */
  period: /\b(?:week|month|year)/i,
  /** a deictic word: DEICTIC */
  deictic: /\b(?:today|tonight|yesterday|tomorrow|this )/i,
  /** the first three letters of a weekday name at a word's start: WEEKDAY */
  weekday: /\b(?:sun|mon|tue|wed|thu|fri|sat)/i,
} as const;

/**
 * A plan told in the past ("was due to open", "were expected to sail", "was to reopen") before a date in
 * its clause, and after the date a "but" telling it did not happen ("… on Friday but did not", "but was
 * called off", "but stayed in port", "but remained closed"; not "but the mayor remained confident"): the
 * date is a day gone by, no plan (FAILED_PLAN_AFTER reads the words after the date).
 */
export const PAST_PLAN_CUE =
  /\b(?:was|were)\s+(?:(?:due|expected|set|scheduled|supposed|meant|planned|slated)\s+)?to\s+[a-z]+/i;

/** What follows a date of a plan told in the past when the plan fell through; see PAST_PLAN_CUE. */
export const FAILED_PLAN_AFTER =
  /^[^.;:!?]{0,40}?,?\s+but\s+(?:(?:it|they|he|she|the \w+)\s+)?(?:did\s+not|didn['’]t|was\s+not|wasn['’]t|were\s+not|weren['’]t|never|failed|could\s+not|couldn['’]t|(?:stayed|remained)\s+(?:in|at|closed|shut|open|grounded|docked|idle)|(?:was|were)\s+(?:postponed|delayed|cancell?ed|called\s+off|put\s+off|scrapped))\b/i;

/** Words before a date, in the same clause, that put it in the future ("will meet on Monday"). */
export const FUTURE_CUE =
  /\b(will|would|shall|won['’]t|going to|set to|scheduled (?:to|for)|expected to|plans? to|planning to|due to|upcoming|next)\b|['’]ll\b/i;

// A period longer than a week: a weekday cannot be pinned inside it
const LONG_PERIOD = '(?:year|month|decade|season|term|spring|summer|autumn|fall|winter)';

/**
 * A "next" period a noun owns ("approved its budget for next year after a vote on Thursday", "sets
 * next year's budget on Thursday"): it tells when the budget runs, not that a weekday after it is
 * ahead, so it is no FUTURE_CUE of that weekday. A "next" period that dates the verb ("resumes
 * sailings next month on Monday") stays one, and so does any "next week", owned or not (a weekday told
 * beside a named week falls in it: "ahead of next week's vote on Thursday").
 */
export const OWNED_NEXT_PERIOD = new RegExp(
  `\\b(?:(?:for|of)\\s+next\\s+${LONG_PERIOD}\\b(?!['’]s)|next\\s+${LONG_PERIOD}['’]s\\b)`,
  'gi',
);

/**
 * An expecting before a date ("rain is expected on Wednesday", "which forecasters expect on Thursday"):
 * it puts the date ahead only when the date is what is expected, with no past verb or relative clause
 * between them (EXPECT_BLOCK). Group: what follows the cue up to the date.
 */
export const EXPECT_CUE = /\b(?:(?:is|are|am) (?:now |also |still )?expected|expects?)\b(.*)$/i;

/**
 * Between an expecting and a date, what makes the date another verb's: a relative word ("expects the
 * strike that began on Monday"); a past form ("the driver arrested on Monday") is read by mentions.ts.
 */
export const EXPECT_BLOCK = /\b(?:that|which|who|whom|whose)\b/i;

/**
 * Words right before a date that start something from it ("from Monday", "starting in April", "as of
 * Friday", "effective March 10"): counted from the day of writing, it is ahead.
 */
export const START_CUE = /\b(?:from|starting|beginning|as of|effective)\s+(?:(?:on|in)\s+)?$/i;

/**
 * Right before a weekday's possessive, words that put what it owns ahead of the sentence's present
 * ("ahead of Thursday's strike", "before Friday's vote"): the coming one, unless the clause tells of
 * the past (PAST_AUXILIARY, a past verb).
 */
export const AHEAD_OF_CUE = /\b(?:ahead of|before|in the run-up to)\s+$/i;

/** Right after a date, the far end of a span ("from Monday to Wednesday"): a span may be past or ahead. */
export const SPAN_END = /^\s*(?:to|until|till|through|thru|and|[-–—])\s/i;

/** A past auxiliary in the clause before a date ("were suspended from Monday"): it is not ahead. */
export const PAST_AUXILIARY = /\b(?:was|were|had)\b/i;

/**
 * A year told from the day of writing that owns what follows ("next year's festival … in April",
 * "last year's storm on March 3"). Group: the shift word.
 */
export const OWNING_YEAR = /\b(last|next|this)\s+year['’]s\b/gi;

/** Characters that end a clause when looking left of a date for its tense. */
export const CLAUSE_BREAK = /[,;:—–()“”"]/;

/** Words of the clause left of a date that decide its tense. */
export const TENSE_WINDOW_WORDS = 10;

/** A reporting verb right before a weekday ("said Thursday", "announced on Monday"). */
export const REPORTED_ON = /\b(?:said|says|announced|told|reported|confirmed|stated|wrote)\s+(?:on\s+)?$/i;
