import {
  FUTURE_MARKERS,
  HYPOTHETICAL_MARKERS,
  NEGATION_MARKERS,
  OUGHT_MARKERS,
} from '../../compare/data/modality-cues.ts';

/**
 * Words that hedge or qualify what a sentence tells ("was, reportedly, arrested"): an aside holding one
 * may qualify the main clause, so it is never cut. General English, not drawn from any corpus.
 */
const HEDGES: readonly string[] = [
  'allegedly',
  'reportedly',
  'apparently',
  'purportedly',
  'supposedly',
  'presumably',
  'seemingly',
  'probably',
  'likely',
  'unlikely',
  'unconfirmed',
  'rumored',
  'rumoured',
];

/** Modal auxiliaries besides the compare stage's markers of the future, of a possibility and of "should". */
const MODALS: readonly string[] = ['can', 'cannot', 'must', 'ought', 'need', 'needs'];

/**
 * Words whose presence keeps a stretch of a sentence from being cut: negation, modality and hedges,
 * which may bear on the rest of the sentence (lower-case normal forms).
 */
export const KEPT_WORDS: ReadonlySet<string> = new Set([
  ...NEGATION_MARKERS,
  ...FUTURE_MARKERS,
  ...HYPOTHETICAL_MARKERS,
  ...OUGHT_MARKERS,
  ...MODALS,
  ...HEDGES,
]);

/** The wink-nlp entity types of an amount or a time, which a cut never drops. */
export const KEPT_ENTITIES: ReadonlySet<string> = new Set([
  'DATE',
  'TIME',
  'DURATION',
  'CARDINAL',
  'ORDINAL',
  'MONEY',
  'PERCENT',
]);

/**
 * Words opening an aside that puts someone or something in or out of a count the sentence tells
 * ("Four people were killed (including the shooter)", "cut 200 jobs — excluding contractors —"): without
 * it the count tells another thing, so such an aside is kept after a number. General English.
 */
export const COUNT_QUALIFIERS: ReadonlySet<string> = new Set([
  'including',
  'includes',
  'included',
  'excluding',
  'except',
  'besides',
  'plus',
  'counting',
]);

/** Words opening an aside that joins an alternative or a contrast to what it follows ("— or …", "— but …"). */
export const JOINING_OPENERS: ReadonlySet<string> = new Set(['or', 'but', 'nor', 'yet', 'than', 'versus']);

/**
 * Verbs by which a participle phrase tells who says so or what someone said ("…, citing officials",
 * "…, calling the move a stunt"), besides the extract stage's speech cues: such a phrase is never cut.
 */
export const SOURCING_VERBS: ReadonlySet<string> = new Set([
  'cite',
  'quote',
  'call',
  'describe',
  'declare',
  'demand',
  'accuse',
  'urge',
  'blame',
  'label',
  'refer',
  'ask',
  'praise',
  'criticize',
  'criticise',
  'condemn',
  'dismiss',
  'reject',
]);

/**
 * Participles by which a closing phrase tells what the outlet makes of the main clause (", signaling a
 * shift", ", marking an escalation", ", dealing a blow to …"): only such a phrase is cut. Any other
 * tells a further event ("…, leaving commuters stranded", "…, causing outages", "…, banning cruise
 * ships"), which the summary may hold nowhere else. General English, not drawn from any corpus.
 */
export const COMMENTARY_PARTICIPLES: ReadonlySet<string> = new Set([
  'signaling',
  'signalling',
  'marking',
  'underscoring',
  'highlighting',
  'reflecting',
  'suggesting',
  'indicating',
  'illustrating',
  'demonstrating',
  'representing',
  'emphasizing',
  'emphasising',
  'reinforcing',
  'echoing',
  'fueling',
  'fuelling',
  'stoking',
  'paving',
  'capping',
  'deepening',
  'heightening',
  'dealing',
  'undercutting',
  'undermining',
  'complicating',
]);
