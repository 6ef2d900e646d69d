import { dict } from './dict.ts';

/** Number words and their values. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = dict({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  dozens: 24,
  hundreds: 200,
  thousands: 2000,
  millions: 2_000_000,
  billions: 2_000_000_000,
});

/**
 * Number words that round what they count ("a dozen homes", "one hundred people", "thousands"): a
 * count spelled out with one of them is loose; one without ("Seventeen people", "twenty-two") is as
 * exact as digits.
 */
export const ROUND_NUMBER_WORDS: ReadonlySet<string> = new Set([
  'dozen',
  'dozens',
  'score',
  'scores',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'billions',
]);

/** Scale words after a number: "2.4 million" → 2,400,000. */
export const SCALES: Readonly<Record<string, number>> = dict({
  hundred: 100,
  thousand: 1_000,
  k: 1_000,
  million: 1_000_000,
  mln: 1_000_000,
  m: 1_000_000,
  billion: 1_000_000_000,
  bn: 1_000_000_000,
  b: 1_000_000_000,
  trillion: 1_000_000_000_000,
  tn: 1_000_000_000_000,
  // the Indian scale ("12 lakh engines", "Rs 4,000 crore", "Rs 1.5 lakh crore")
  lakh: 100_000,
  lakhs: 100_000,
  crore: 10_000_000,
  crores: 10_000_000,
});

/** Qualifiers before a number, longest first, as they are reported. */
export const QUALIFIERS: readonly string[] = [
  'an estimated',
  'as many as',
  'as much as',
  'as few as',
  'more than',
  'less than',
  'fewer than',
  'at least',
  'at most',
  'up to',
  'upwards of',
  'close to',
  'nearly',
  'almost',
  'about',
  'around',
  'roughly',
  'approximately',
  'some',
  'over',
  'under',
  'just over',
  'just under',
  'estimated',
  'only',
  'a record',
  'a total of',
  'an average of',
  'a daily average of',
  'an additional',
  'another',
];

/** Currency signs and words, with the ISO code they mean. */
export const CURRENCIES: Readonly<Record<string, string>> = dict({
  $: 'USD',
  us$: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  '€': 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  '£': 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
  '¥': 'JPY',
  yen: 'JPY',
  peso: 'MXN',
  pesos: 'MXN',
  yuan: 'CNY',
  rupees: 'INR',
  rupee: 'INR',
  '₹': 'INR',
  rs: 'INR',
  'rs.': 'INR',
  inr: 'INR',
  rubles: 'RUB',
});

/** Words before a number whose "pounds" are a weight, no currency ("who weighed 200 pounds", "a weight of 6.6 pounds"). */
export const WEIGHT_WORDS: ReadonlySet<string> = new Set([
  'weigh',
  'weighs',
  'weighed',
  'weighing',
  'weight',
]);
/** The currency words that are also a unit of weight. */
export const WEIGHT_CURRENCY_WORDS: ReadonlySet<string> = new Set(['pound', 'pounds']);

/** Units of time: a number followed by one of these is a duration. */
export const TIME_UNITS: ReadonlySet<string> = new Set(
  'second seconds minute minutes hour hours hr hrs day days week weeks month months year years decade decades century centuries'.split(
    ' ',
  ),
);

/** Words that make what follows a rate: "a day", "per year", "each week". */
export const RATE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each', 'every']);

/** Adverbs and adjectives of rate: "apprehended daily", "a daily average". */
export const RATE_ADVERBS: Readonly<Record<string, string>> = dict({
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  yearly: 'year',
  annually: 'year',
  annual: 'year',
  hourly: 'hour',
});

/**
 * Nouns that are measures, not what is counted: "10 miles of road" counts miles. Units of length,
 * weight, area and volume; of data size and rate, frequency and image resolution ("8 GB of memory", "a
 * 512MHz processor", "a 5-megapixel camera", "326 ppi"); and cents, a measure of money with no
 * currency of its own ("99 cents"). Lower case, as tokens' `norm` is.
 */
export const MEASURE_UNITS: ReadonlySet<string> = new Set(
  `percent per cent % mile miles kilometer kilometers km kilometre kilometres meter meters metre metres feet foot
  inch inches pound pounds lb lbs kilogram kilograms kg ton tons tonnes acre acres gallon gallons liter liters
  barrel barrels degree degrees points point votes centimetre centimetres centimeter centimeters cm millimetre
  millimetres millimeter millimeters mm hectare hectares
  bit bits byte bytes kilobyte kilobytes kb megabit megabits megabyte megabytes mb gigabit gigabits gigabyte
  gigabytes gb terabyte terabytes tb petabyte petabytes pb kbps mbps gbps
  hertz kilohertz megahertz gigahertz hz khz mhz ghz
  pixel pixels megapixel megapixels mp mpx ppi dpi
  cent cents`.split(/\s+/),
);

/**
 * Vague quantities ("thousands of migrants") and the range of values they allow, longest first. The
 * low end is two of the unit (the plural); the high end stops just under where English switches to
 * the next scale word: "thousands of" is written for tens and hundreds of thousands too, so it runs
 * to 999,999, while "hundreds" stops below a thousand and "dozens" below two hundred. Not tuned to
 * any corpus: the bounds follow the words.
 */
export const VAGUE_QUANTITIES: readonly {
  readonly phrase: string;
  readonly low: number;
  readonly high: number;
}[] = [
  { phrase: 'hundreds of thousands', low: 200_000, high: 999_999 },
  { phrase: 'tens of thousands', low: 20_000, high: 999_999 },
  { phrase: 'hundreds of millions', low: 200_000_000, high: 999_999_999 },
  { phrase: 'tens of millions', low: 20_000_000, high: 999_999_999 },
  { phrase: 'hundreds of billions', low: 200_000_000_000, high: 999_999_999_999 },
  { phrase: 'tens of billions', low: 20_000_000_000, high: 999_999_999_999 },
  { phrase: 'dozens', low: 24, high: 199 },
  { phrase: 'scores', low: 40, high: 199 },
  { phrase: 'hundreds', low: 200, high: 999 },
  { phrase: 'thousands', low: 2_000, high: 999_999 },
  { phrase: 'millions', low: 2_000_000, high: 999_999_999 },
  { phrase: 'billions', low: 2_000_000_000, high: 999_999_999_999 },
];

/** Words that open a period of time before a date or a duration ("in", "since", "over the past …"). */
export const PERIOD_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'since',
  'during',
  'over',
  'for',
  'through',
  'by',
  'from',
  'within',
  'last',
  'this',
  'past',
  'between',
]);

/** Words that may stand between a period's preposition and its date ("in just …", "over the past …"). */
export const PERIOD_FILLERS: ReadonlySet<string> = new Set([
  'just',
  'only',
  'the',
  'past',
  'first',
  'last',
  'fiscal',
  'calendar',
  'of',
]);

/** Words that bring in the base a change is measured against ("an increase over 188,000 in June"). */
export const COMPARISON_BASES: ReadonlySet<string> = new Set([
  'over',
  'from',
  'than',
  'compared',
  'versus',
  'vs',
]);

/** Words before "a day", "an hour" that make it a length of time, not a rate ("well over an hour"). */
export const DURATION_QUALIFIERS: ReadonlySet<string> = new Set([
  'over',
  'than',
  'under',
  'about',
  'nearly',
  'almost',
  'roughly',
  'within',
  'for',
]);

/** Nouns by which a sentence refers back to the last figure: "that number was 646,822". */
export const FIGURE_BACK_REFERENCES: ReadonlySet<string> = new Set([
  'number',
  'figure',
  'total',
  'tally',
  'count',
]);

/**
 * Words that open such a noun ("that number", "the total", "the final tally", "last year's total"): without one the word is
 * no reference back ("Sea arrivals this year total about 2,300": "total" is the verb, the count the
 * sentence's own).
 */
export const FIGURE_BACK_DETERMINERS: ReadonlySet<string> = new Set([
  // a possessive opens it too ("beating last year's total by almost 2,000")
  "'s",
  '’s',
  'the',
  'that',
  'this',
  'its',
  'their',
  'our',
]);

/**
 * Words before a four-digit number and "hours" that make it a time of day ("at 1100 hours", "by
 * 1400 hours"), not a count of hours ("logged 1100 hours"); read by text/clock.ts.
 */
export const CLOCK_HOURS_BEFORE: ReadonlySet<string> = new Set(
  'at by until till since from before after around'.split(' '),
);

/** Words that raise the unit after them to an area or a volume: "1,500 square kilometers", "a 40-cubic-metre tank". */
export const UNIT_POWERS: ReadonlySet<string> = new Set(['square', 'cubic']);

/**
 * Short spellings of units, read as the unit's word: "logged 1200 hrs" is 1,200 hours, "8GB" and "8
 * GB" are 8 gigabytes as "8 gigabytes" is. Those written alike for one and many take the plural.
 */
export const UNIT_ABBREVIATIONS: Readonly<Record<string, string>> = dict({
  hr: 'hour',
  hrs: 'hours',
  kb: 'kilobytes',
  mb: 'megabytes',
  gb: 'gigabytes',
  tb: 'terabytes',
  pb: 'petabytes',
  kbps: 'kilobits per second',
  mbps: 'megabits per second',
  gbps: 'gigabits per second',
  hz: 'hertz',
  khz: 'kilohertz',
  mhz: 'megahertz',
  ghz: 'gigahertz',
  mp: 'megapixels',
  mpx: 'megapixels',
  ppi: 'pixels per inch',
  dpi: 'dots per inch',
});

/** Units whose plural is not their singular and "s", so that "a 30-foot wall" measures what "30 feet" does. */
export const IRREGULAR_UNIT_PLURALS: Readonly<Record<string, string>> = dict({
  foot: 'feet',
  inch: 'inches',
});

/** Words before a number that make it a version's number, no count: "Bluetooth version 2.0", "revision 3". */
export const VERSION_WORDS: ReadonlySet<string> = new Set(['version', 'revision']);

/**
 * Names of a measure whose value is written glued to them by a hyphen ("a magnitude-5.9 quake", "a
 * category-4 storm", "a level-3 alert") or one space before it ("a Category 4 hurricane", "Grade 5
 * pupils"): the number is the measure's value, no model's name and no count of the noun after it. Not
 * "size" or "class", whose number goes with a noun it does not count ("12 size-10 boots").
 */
export const MEASURE_NAMES: ReadonlySet<string> = new Set([
  'magnitude',
  'level',
  'category',
  'grade',
  'force',
  'scale',
  'stage',
]);

/** The measures of MEASURE_NAMES whose name names them in lower case too, one space before the value ("a magnitude 5.9 quake", "a category 4 storm"). */
export const MEASURES_IN_LOWER_CASE: ReadonlySet<string> = new Set(['magnitude', 'category']);
