/**
 * Words tagged as verbs that open an attribution, no event's verb ("will open on Monday, according to
 * the council"): lower case, with the word that must follow them.
 */
export const ATTRIBUTION_OPENERS: ReadonlyMap<string, string> = new Map([['according', 'to']]);

/**
 * Coordinators that, after a comma, open another clause between a verb and a date after it ("was
 * relegated, and in March he admitted …"): the date belongs to its own clause's verb, when a finite
 * one follows it there (as after a semicolon or a "that": "did say that after Monday customers can
 * register").
 */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'yet']);

/**
 * Verb forms that open a date phrase right before its date ("Beginning Monday, customers can
 * register"): the date belongs to the clause's verb, not to them. Lower case.
 */
export const DATE_OPENERS: ReadonlySet<string> = new Set(['beginning', 'starting']);

/**
 * Verbs of going somewhere, as stems (`stem` of normalise.ts): after a modal, the "to"-infinitive they
 * lead to is what is planned ("would return next year to host").
 */
export const MOTION_VERBS: ReadonlySet<string> = new Set(
  `return com go travel travell fly head arriv`.split(/\s+/),
);

/**
 * Nouns of an account of a period ("a budget for next year", "spending plans for 2027"): a year after
 * them and "for" is the period they cover, no date of the sentence's event. Lower case.
 */
export const PERIOD_ACCOUNT_NOUNS: ReadonlySet<string> = new Set(
  `budget budgets plan plans forecast forecasts target targets outlook funding spending allocation
  allocations estimate estimates projection projections accounts programme programmes program programs
  grant grants settlement`.split(/\s+/),
);

/**
 * Words of a change measured against a base ("up 8 percent from last year", "12 percent higher than in
 * 2024"): one of them in the few words before "from" makes the year or period after it the base of
 * the comparison, no day of an event. Lower case ("%" as the tokeniser gives it).
 */
export const CHANGE_WORDS: ReadonlySet<string> = new Set([
  'up',
  'down',
  'higher',
  'lower',
  'more',
  'less',
  'fewer',
  'percent',
  '%',
  'cent',
  'points',
]);

/**
 * Words that make a year right after them a bound, not the time of the sentence's event ("built
 * before 1900", "homes put up after 1950"): the event is some time before or after that year, none of
 * it. Lower case; "prior" with its "to".
 */
export const YEAR_BOUND_WORDS: ReadonlySet<string> = new Set(['before', 'after', 'prior']);
