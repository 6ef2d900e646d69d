// units of length, singular: counted things never, distances when a direction follows
const LENGTH_UNITS = ['mile', 'kilometre', 'kilometer', 'km', 'metre', 'meter', 'foot'] as const;

/**
 * Nouns after "a" or "one" that do not make the phrase a count of one thing: amounts and groups ("a
 * lot of", "a number of", "a dozen", "a handful"), shares ("a third", "a majority") and the light
 * nouns of idioms ("a look", "a statement"), and units of measure ("one mile north"). Lower case,
 * singular.
 */
export const NOT_COUNTED_AFTER_A: ReadonlySet<string> = new Set([
  'lot',
  'number',
  'couple',
  'dozen',
  'handful',
  'few',
  'total',
  'series',
  'group',
  'pair',
  'set',
  'majority',
  'minority',
  'third',
  'quarter',
  'half',
  'fraction',
  'share',
  'portion',
  'part',
  'bit',
  'range',
  'variety',
  'host',
  'wave',
  'string',
  'spate',
  'look',
  'statement',
  'way',
  'time',
  // units of measure: "one mile north of" is a distance, not one thing
  ...LENGTH_UNITS,
  'yard',
  'inch',
  'pound',
  'kilogram',
  'ton',
  'tonne',
  'gallon',
  'litre',
  'liter',
  'acre',
  'degree',
  'point',
  'percent',
  'dollar',
  'cent',
  'euro',
]);

/** Words right before a count phrase that make it no count ("another bomb", "the one man"). */
export const NOT_COUNTED_BEFORE: ReadonlySet<string> = new Set([
  'another',
  'the',
  'each',
  'every',
  'such',
  'only',
  'least',
]);

/** Words beside a count that tell a part of a whole or an addition ("one more", "a further"). */
export const INCREMENT_WORDS: ReadonlySet<string> = new Set([
  'more',
  'further',
  'additional',
  'extra',
  'other',
]);

/** Words after a noun that pick out one of several ("an order establishing …", "a bomb that hit …"). */
export const RESTRICTIVE_AFTER: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whose']);

/**
 * Word pairs right before a count that make it the number of people living in a place ("home to
 * 40,000 people", "a population of 40,000"), read past a qualifier ("home to about 40,000").
 */
export const POPULATION_BEFORE: readonly (readonly [string, string])[] = [
  ['home', 'to'],
  ['population', 'of'],
];

/** Units of distance: "15 miles north of Detroit" places a thing, whatever thing is named before it. */
export const DISTANCE_UNITS: ReadonlySet<string> = new Set([...LENGTH_UNITS, 'feet']);

/** Words after a distance that make it a place ("north of", "from", "away", "off the coast"). */
export const PLACING_AFTER: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'from',
  'away',
  'off',
  'outside',
  'inland',
  'offshore',
]);

/**
 * Nouns of an amount that, after "the", "this" or "that" and with no "of" or "for" after them, point
 * back to a figure told before ("puts the figure at 30,000"): a sentence naming one is no fact on its own.
 */
export const BARE_AMOUNT_NOUNS: ReadonlySet<string> = new Set([
  'figure',
  'number',
  'total',
  'tally',
  'count',
]);
