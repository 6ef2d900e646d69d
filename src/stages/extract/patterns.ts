import { alternation, MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../../text/calendar.ts';

/** POS tags a capitalised word may carry and still be part of a name. */
export const NAME_POS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ', 'X', 'VERB', 'NUM']);

/** wink-nlp entity types that mark a token as a date or time, never a name. */
export const DATE_ENTITIES: ReadonlySet<string> = new Set(['DATE', 'TIME']);

/** Months and weekdays, which wink sometimes leaves untyped: full names, and month abbreviations with or without a dot. */
export const CALENDAR_WORD = new RegExp(
  `^(?:${alternation([...MONTH_ABBREVIATIONS, 'may'])})\\.?$|^(?:${alternation([...MONTH_NAMES, ...WEEKDAY_NAMES])})$`,
  'i',
);

/** An acronym: two or more capitals, optionally dotted ("CBP", "U.S.", "E.U."). */
export const ACRONYM = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/;

/** A plural acronym ("IEDs", "NGOs"): a common noun, not a name. */
export const PLURAL_ACRONYM = /^[A-Z]{2,}s$/;

/** A name's middle initial ("J." in "Antony J. Blinken"). */
export const INITIAL = /^[A-Z]\.?$/;

/** How many paragraphs back a pronoun or an unattributed quote may look for its speaker. */
export const SPEAKER_LOOKBACK_PARAGRAPHS = 3;

/** Longest speaker phrase, in tokens. */
export const MAX_SPEAKER_TOKENS = 10;

/** Longest aside between commas that may stand between a speaker and the verb ("Lee, who …, said"), in tokens. */
export const MAX_ASIDE_TOKENS = 30;

/** Fewest words for an unattributed partial quote to be kept (shorter ones are scare quotes). */
export const MIN_UNATTRIBUTED_PARTIAL_WORDS = 4;

/** Most words of a scare quote: a short phrase an outlet puts in quotation marks in its own voice ("sanctuary cities"). */
export const MAX_SCARE_QUOTE_WORDS = 4;

/** Fewest words of content for an indirect quote. */
export const MIN_INDIRECT_WORDS = 4;

/** Relative difference under which two figures have the same value. */
export const SAME_VALUE_TOLERANCE = 0.01;

/** Four-digit numbers in this range are years, not quantities. */
export const YEAR_RANGE: readonly [number, number] = [1800, 2100];

/** A transcript's speaker label at the start of a quoted paragraph: "WALLACE: …" (read by the quote spans of src/text). */
export { TRANSCRIPT_LABEL } from '../../text/patterns.ts';

/**
 * Most figures kept from one article: news articles state at most a few hundred, and comparing
 * figures across a story grows with the square of their number, so a table or a run of numbers is
 * cut here (an issue says so).
 */
export const MAX_FIGURES_PER_ARTICLE = 1_000;

/** Most words read right before a speaker's name for a role ("the town's finance director …"). */
export const ROLE_TITLE_WORDS = 5;

/** Most words of an apposition read after a speaker's name for a role (", a professor of … at …,"). */
export const ROLE_APPOSITION_WORDS = 12;
