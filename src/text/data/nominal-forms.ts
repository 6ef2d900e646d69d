import { dict } from './dict.ts';

/**
 * Nouns that name an event by a verb the suffix rule of text/nominal.ts cannot find: "the
 * acquisition" tells "acquired", "his detention" tells "was detained". General English newsroom
 * wording, kept small on purpose: a noun missing here only keeps a point listed. Plain words (noun:
 * verb), stemmed when compiled.
 */
export const IRREGULAR_NOMINALS: Readonly<Record<string, string>> = dict({
  acquisition: 'acquire',
  detention: 'detain',
  explosion: 'explode',
  collision: 'collide',
  decision: 'decide',
  invasion: 'invade',
  injury: 'injure',
  injuries: 'injure',
  sale: 'sell',
  loss: 'lose',
  theft: 'steal',
  death: 'die',
  deaths: 'die',
  suspension: 'suspend',
  expulsion: 'expel',
  conviction: 'convict',
  admission: 'admit',
  permission: 'permit',
  submission: 'submit',
  extradition: 'extradite',
  recovery: 'recover',
  discovery: 'discover',
  delivery: 'deliver',
});

/**
 * Endings that make a noun of a verb's stem ("withdraw-al", "evacuat-ion", "resign-ation",
 * "announce-ment", "clos-ure"), longest first.
 */
export const NOMINAL_SUFFIXES: readonly string[] = ['ation', 'ment', 'ion', 'al', 'ur'];
