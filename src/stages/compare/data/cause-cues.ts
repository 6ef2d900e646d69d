/**
 * Words by which an article tells what caused an event, or that something did not: general newsroom
 * wording ("an electrical fault started the fire", "the crash was blamed on ice", "a pump had failed
 * before the fire broke out", "the cooling system was working as designed"), no outlet's own; read by
 * compare/cause-statements.ts, which asks for the event's noun next to the verb (a missed dispute of
 * a cause is safer than a false one).
 */

/** Nouns of an event whose cause is told and disputed (the object of "caused", "started" …). */
export const CAUSED_EVENTS: readonly string[] = [
  'fire',
  'fires',
  'blaze',
  'wildfire',
  'explosion',
  'blast',
  'crash',
  'collision',
  'derailment',
  'collapse',
  'outage',
  'blackout',
  'leak',
  'spill',
  'flood',
  'flooding',
  'sinking',
  'accident',
  'outbreak',
];

/** Verbs that name a cause as their subject and the event as their object ("a cigarette started the fire"). */
export const CAUSE_VERBS: readonly string[] = [
  'caused',
  'cause',
  'causes',
  'started',
  'sparked',
  'triggered',
  'ignited',
];

/** Verbs of blame: "blamed ice for the crash", "the crash was blamed on ice". */
export const BLAME_VERBS: readonly string[] = ['blame', 'blames', 'blamed', 'blaming'];

/** Verbs that tell a part failed ("a pump had failed"); not "failed to", which tells a thing not done. */
export const FAILED_VERBS: readonly string[] = ['failed', 'malfunctioned'];

/** Verbs that tell a part was working, with the words after them that say it worked as it should. */
export const WORKING_VERBS: readonly string[] = ['working', 'functioning', 'operating'];
export const WORKED_VERBS: readonly string[] = ['worked', 'functioned', 'operated'];
export const AS_IT_SHOULD: readonly string[] = ['properly', 'normally', 'correctly', 'designed', 'intended'];

/** Verbs of denial whose clause ("denied reports that X was to blame") tells a cause is not one. */
export const DENIAL_VERBS: readonly string[] = ['denied', 'denies', 'deny', 'denying', 'rejected', 'rejects'];

/** Words before an event's noun that make it another event than the story's ("a previous fire", "the 2019 fire"). */
export const OTHER_EVENT: readonly string[] = [
  'previous',
  'earlier',
  'prior',
  'another',
  'similar',
  'past',
  'last',
  'separate',
];

/**
 * Words that make what follows a question, not a cause named: "police are investigating whether arson
 * caused the fire", "it is unclear if a gas leak sparked the blast".
 */
export const ASKED_IF: readonly string[] = ['whether', 'if'];

/** A cause that names nothing: "what caused the fire", "it started the fire", "something sparked it". */
export const NO_CAUSE: readonly string[] = [
  'what',
  'which',
  'who',
  'whatever',
  'it',
  'this',
  'that',
  'something',
  'anything',
  'nothing',
  'he',
  'she',
  'they',
  'we',
];

/**
 * Verbs of saying or finding before a cause ("investigators believe a cigarette started the fire"):
 * a cause's words end at one of them, while another verb may be a tagger's slip inside the cause ("a
 * broken cooling pump"). Word forms, lower-case.
 */
export const SAYING_VERBS: readonly string[] = [
  'said',
  'says',
  'say',
  'told',
  'tells',
  'believe',
  'believes',
  'believed',
  'think',
  'thinks',
  'thought',
  'suspect',
  'suspects',
  'suspected',
  'suggest',
  'suggests',
  'suggested',
  'concluded',
  'found',
  'determined',
  'reported',
  'claimed',
  'claims',
  'added',
  'stated',
  'confirmed',
  'insisted',
  'argued',
  'maintained',
  'showed',
  'indicated',
  'citing',
];
