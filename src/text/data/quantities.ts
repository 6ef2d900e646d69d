import { dict } from './dict.ts';
import {
  NUMBER_WORDS as EXTRACT_NUMBER_WORDS,
  VAGUE_QUANTITIES as EXTRACT_VAGUE_QUANTITIES,
} from './numbers.ts';

/** Scale words after a number and their multipliers ("2.4 million"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = dict({
  dozen: 12,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
  billions: 1e9,
  trillion: 1e12,
  bn: 1e9,
  m: 1e6,
  k: 1e3,
  // the Indian scale ("12 lakh engines" = 1,200,000; "Rs 4,000 crore" = 40,000,000,000)
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
});

/**
 * Units of a rate's change told in hundredths of a percentage point, and how many make a point ("50
 * basis points" = 0.5 percentage points, "25bps"): read as points, so the two wordings of one cut are
 * one value.
 */
export const BASIS_POINT_WORDS: Readonly<Record<string, number>> = dict({
  bp: 100,
  bps: 100,
  basis: 100,
});

/**
 * Qualifiers before a number and the interval of true values they allow, as factors of the stated
 * value: "nearly 50,000" is 42,500..50,000; "more than 80,000" is 80,000..120,000. Longest first.
 */
export const QUALIFIERS: readonly { readonly phrase: string; readonly low: number; readonly high: number }[] =
  [
    { phrase: 'as many as', low: 0.6, high: 1 },
    { phrase: 'as much as', low: 0.6, high: 1 },
    { phrase: 'more than', low: 1, high: 1.5 },
    { phrase: 'greater than', low: 1, high: 1.5 },
    { phrase: 'fewer than', low: 0.6, high: 1 },
    { phrase: 'less than', low: 0.6, high: 1 },
    { phrase: 'just under', low: 0.85, high: 1 },
    { phrase: 'just over', low: 1, high: 1.15 },
    { phrase: 'close to', low: 0.85, high: 1 },
    { phrase: 'upwards of', low: 1, high: 1.5 },
    { phrase: 'at least', low: 1, high: 1.5 },
    { phrase: 'at most', low: 0.6, high: 1 },
    { phrase: 'up to', low: 0.6, high: 1 },
    { phrase: 'an estimated', low: 0.85, high: 1.15 },
    { phrase: 'estimated', low: 0.85, high: 1.15 },
    { phrase: 'approximately', low: 0.85, high: 1.15 },
    { phrase: 'roughly', low: 0.85, high: 1.15 },
    { phrase: 'around', low: 0.85, high: 1.15 },
    { phrase: 'about', low: 0.85, high: 1.15 },
    { phrase: 'some', low: 0.85, high: 1.15 },
    { phrase: 'nearly', low: 0.85, high: 1 },
    { phrase: 'almost', low: 0.85, high: 1 },
    { phrase: 'over', low: 1, high: 1.5 },
    { phrase: 'under', low: 0.6, high: 1 },
  ];

/**
 * Tolerance of an unqualified number: reported figures are rounded ("2.4 million" vs 2,431,000). A
 * number in digits allows what its written precision allows (half its last digit: "$13.9 billion" is
 * 13.85–13.95, so "$13.2 billion" is another value), within these bounds; a spelled-out number or a
 * duration allows the most.
 */
export const EXACT_TOLERANCE = 0.03;
/** The least tolerance of a number in digits (a conversion or a rounding of the other side). */
export const DIGITS_MIN_TOLERANCE = 0.005;

/** Rate expressions and the period they name ("a day", "daily", "per week"). Longest first. */
export const RATE_PHRASES: readonly { readonly phrase: string; readonly period: string }[] = [
  { phrase: 'a day', period: 'day' },
  { phrase: 'per day', period: 'day' },
  { phrase: 'each day', period: 'day' },
  { phrase: 'every day', period: 'day' },
  { phrase: 'daily', period: 'day' },
  { phrase: 'a week', period: 'week' },
  { phrase: 'per week', period: 'week' },
  { phrase: 'each week', period: 'week' },
  { phrase: 'every week', period: 'week' },
  { phrase: 'weekly', period: 'week' },
  { phrase: 'a month', period: 'month' },
  { phrase: 'per month', period: 'month' },
  { phrase: 'each month', period: 'month' },
  { phrase: 'every month', period: 'month' },
  { phrase: 'monthly', period: 'month' },
  { phrase: 'a year', period: 'year' },
  { phrase: 'per year', period: 'year' },
  { phrase: 'each year', period: 'year' },
  { phrase: 'every year', period: 'year' },
  { phrase: 'annually', period: 'year' },
  { phrase: 'yearly', period: 'year' },
  { phrase: 'an hour', period: 'hour' },
  { phrase: 'per hour', period: 'hour' },
];

/**
 * Words after "a day", "a week" … that make the phrase a span placing an event in time, not a rate,
 * when the phrase does not follow its number at once: "sent a day after about 340 migrants crossed".
 */
export const TIME_RELATIONS: ReadonlySet<string> = new Set(['after', 'before', 'since']);

/** Words after "a day", "a week" … that always make it a span: "a week later", "a year ago". */
export const SPAN_AFTER: ReadonlySet<string> = new Set(['later', 'earlier', 'ago']);

/**
 * Nouns that count the same kind of thing, so "10,000 migrants", "10,000 people" and "10,000
 * crossings" can be one quantity while "10,000 dollars" cannot. One class per line; a word may sit in
 * several classes ("crossing" counts people or vehicles).
 */
export const COUNT_CLASSES: readonly (readonly string[])[] = [
  [
    'person',
    'migrant',
    'immigrant',
    'refuge',
    'asylum',
    'individual',
    'resident',
    'citizen',
    'crossing',
    'apprehension',
    'encounter',
    'arrival',
    'entry',
    'border-crosser',
    'civilian',
    'worker',
    'voter',
  ],
  [
    'vehicle',
    'car',
    'truck',
    'lorry',
    'bus',
    'crossing',
    'trip',
    'journey',
    'passenger',
    'commuter',
    'driver',
  ],
  ['death', 'fatality', 'casualty', 'kill', 'dead', 'victim', 'body'],
  ['dollar', 'usd', 'euro', 'pound', 'yen', 'peso', 'fund', 'aid', 'money'],
  ['job', 'position', 'employee', 'layoff'],
  ['case', 'infection', 'patient'],
  ['vote', 'ballot'],
];

/**
 * Vague quantity words and the range they allow ("thousands of migrants" is 2,000..999,999), so they
 * agree with an exact figure inside the range ("10,000 migrants") and conflict only with one outside
 * it. One table for both stages: the extract stage's (see there for how the bounds are chosen).
 */
export const VAGUE_QUANTITIES = EXTRACT_VAGUE_QUANTITIES;

/**
 * Spelled-out numbers read as values where they count something ("six weeks", "twelve schools"): the
 * extract stage's number words, less zero and the vague plurals ("hundreds"), which are ranges here.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = dict(
  Object.fromEntries(
    Object.entries(EXTRACT_NUMBER_WORDS).filter(([word, value]) => value > 0 && !word.endsWith('s')),
  ),
);

/** Vague counts of a unit of time or a scale word ("a few weeks", "several dozen"): the range of units they allow. */
export const FEW_UNITS: readonly { readonly phrase: string; readonly low: number; readonly high: number }[] =
  [
    { phrase: 'a couple of', low: 2, high: 3 },
    { phrase: 'a few', low: 2, high: 5 },
    { phrase: 'several', low: 3, high: 9 },
  ];

/** Units of time and their length in days, so durations told in different units compare. */
export const DURATION_DAYS: Readonly<Record<string, number>> = dict({
  minute: 1 / 1440,
  minutes: 1 / 1440,
  hour: 1 / 24,
  hours: 1 / 24,
  hr: 1 / 24,
  hrs: 1 / 24,
  day: 1,
  days: 1,
  week: 7,
  weeks: 7,
  fortnight: 14,
  fortnights: 14,
  month: 30,
  months: 30,
  year: 365,
  years: 365,
  decade: 3650,
  decades: 3650,
});

/**
 * Units of frequency and their size in hertz, so that a clock speed is a measure in one unit ("a
 * 512-MHz processor" = 512,000,000 Hz, "a 1.5GHz chip"), never a count of what follows it.
 */
export const FREQUENCY_HERTZ: Readonly<Record<string, number>> = dict({
  hz: 1,
  khz: 1e3,
  mhz: 1e6,
  ghz: 1e9,
});

/**
 * How far a qualifier stretches a duration, as a share of its stretch for counts: a reported length
 * ("at least six weeks", "up to three months") is an estimate with a side, not an open bound, so
 * "at least six weeks" reaches 7.5 weeks but not three months.
 */
export const DURATION_QUALIFIER_REACH = 0.5;

/**
 * Ordinal words and their rank ("the third time"). "First" and "last" are left out: they are as often
 * no count at all ("first lady", "at first"). Tens join their ones ("twenty-first") when read.
 */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = dict({
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
});

/**
 * The part of one a whole number is told with ("4 1/2 hours", "4½ hours", "four and a half hours"):
 * fraction signs and the words after "and a". Read by number-at.ts, so "4 1/2 hours" is 4.5 hours.
 */
export const FRACTION_SIGNS: Readonly<Record<string, number>> = dict({
  '½': 1 / 2,
  '¼': 1 / 4,
  '¾': 3 / 4,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
});
export const AND_A_FRACTION: Readonly<Record<string, number>> = dict({ half: 1 / 2, quarter: 1 / 4 });

/**
 * Fraction words and their denominators ("three quarters of" = 75 percent, "a third of" = 33.3
 * percent), singular and plural, lower case. The support check reads them only where "of" follows, so
 * that "the third quarter" or "a quarter-century" stays what it is.
 */
export const FRACTION_DENOMINATORS: Readonly<Record<string, number>> = dict({
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
  hundredth: 100,
  hundredths: 100,
});

/** Words that stand for the numerator 1 before a fraction word ("a third of", "one half of"). */
export const FRACTION_ONE: ReadonlySet<string> = new Set(['a', 'an', 'one']);

/** Plural parts of one after a hyphen ("two-thirds", "three-quarters"): a share, no count of thirds. */
export const FRACTION_PARTS: ReadonlySet<string> = new Set(
  Object.keys(FRACTION_DENOMINATORS).filter((w) => w.endsWith('s')),
);

/**
 * Verbs that give a measure's level by a preposition ("the toll stood at seven", "police put the crowd
 * at four", "the count rose to nine"): a spelled-out number told there is the level, a figure though no
 * noun follows it. A clock verb is none ("met at seven", "starts at seven": a time of day, if anything).
 * Read by text/number-at.ts.
 */
export const LEVEL_VERBS: Readonly<Record<string, ReadonlySet<string>>> = dict({
  at: new Set(
    'stood stand stands standing put puts putting estimated estimate estimates estimating'.split(' '),
  ),
  to: new Set(
    (
      'rose risen rise rises rising climbed climb climbs climbing grew grown grow grows jumped jump jumps ' +
      'increased increase increases fell fallen fall falls dropped drop drops revised raised lowered'
    ).split(' '),
  ),
});
