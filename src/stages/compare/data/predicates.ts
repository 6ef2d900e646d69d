import { dict } from '../../../text/data/dict.ts';
/**
 * Verbs that tell one kind of event in other words: a candidate sentence tells a claim's predicate
 * when it uses the same verb or one of its class. General English newsroom wording, kept small on
 * purpose: a verb missing here only makes support stricter, never looser. Plain words, stemmed when
 * compiled.
 */
export const PREDICATE_CLASSES: readonly (readonly string[])[] = [
  ['meet', 'meeting', 'talk', 'talks', 'discuss', 'host', 'confer'],
  ['close', 'closure', 'shut', 'shutdown'],
  ['rise', 'increase', 'climb', 'grow', 'jump', 'surge', 'soar'],
  ['fall', 'drop', 'decline', 'decrease', 'plunge', 'slump'],
  ['kill', 'die', 'death'],
  ['injure', 'wound', 'hurt'],
  ['arrest', 'detain', 'apprehend'],
  ['approve', 'pass', 'adopt'],
  ['announce', 'unveil'],
  ['estimate', 'put', 'cost'],
  ['last', 'stay', 'remain'],
  ['spot', 'find', 'discover', 'detect'],
  ['sign', 'ink'],
  ['resign', 'quit', 'step'],
  ['elect', 'win'],
  ['cross', 'enter'],
  ['oust', 'eject', 'expel', 'dismiss', 'sack'],
  ['name', 'nominate', 'appoint'],
  ['release', 'issue'],
  // a vote or a stance for something: "backed the offer" / "were in favour" / "supported the motion"
  ['back', 'support', 'endorse', 'favour', 'favor'],
];

/**
 * Verbs whose noun of the same spelling is another word: "placed on the list" is not told by "took
 * his place" or "took place", "faces charges" not by "his face", "booked into jail" not by "a book".
 * Such a verb is told only by a verb (or a word of its class), not by the noun. Plain words, stemmed.
 */
export const OTHER_WORD_NOUNS: readonly string[] = [
  'place',
  'face',
  'head',
  'book',
  'point',
  'park',
  'table',
  'field',
  'hand',
  'back',
  'ship',
  'land',
  'air',
  'mind',
  'stand',
  'side',
];

/**
 * Particles that, right after a form of "be", are what is said of the subject: "Tom Ashby is out as
 * head coach", "the deal is off", "the strike is over" (not "out of", nor "over" a number).
 */
export const STATE_PARTICLES: readonly string[] = ['out', 'off', 'over'];

/**
 * The verbs and nouns that tell a state particle's event in other words: a coach "out" was fired,
 * dismissed or relieved of the job; a deal "off" was cancelled; a strike "over" ended. One way only:
 * "pointed out" tells no dismissal.
 */
export const PARTICLE_TOLD_BY: Readonly<Record<string, readonly string[]>> = dict({
  out: ['oust', 'dismiss', 'dismissal', 'sack', 'fire', 'relieve', 'resign', 'resignation', 'quit', 'step'],
  off: ['cancel', 'cancellation', 'scrap', 'call'],
  over: ['end', 'finish', 'conclude'],
});

/**
 * Verbs that carry little meaning of their own: in "held talks" or "made a visit" the noun after
 * them is the predicate.
 */
export const LIGHT_VERBS: readonly string[] = [
  'hold',
  'make',
  'take',
  'give',
  'have',
  'conduct',
  'reach',
  'pay',
];

/**
 * Verbs that undo or deny the event they govern: a sentence with one of them never supports a
 * claim without it ("cancelled the talks" does not state "held the talks").
 */
export const UNDOING_VERBS: readonly string[] = [
  'cancel',
  'cancelled',
  'postpone',
  'delay',
  'suspend',
  'scrap',
  'abandon',
  'reject',
  'deny',
  'halt',
  'block',
  'veto',
  'refuse',
  'fail',
];

/**
 * Verbs that tell their subject left what it was in: with "out" ("pulled out of negotiations", "dropped
 * out of the race", "backed out of the deal"), or alone ("withdrew from the talks"). A sentence that
 * tells the leaving never states being in ("is in negotiations"), nor the other way round.
 */
export const LEAVING_WITH_OUT: readonly string[] = [
  'pull',
  'pulled',
  'pulls',
  'pulling',
  'drop',
  'dropped',
  'drops',
  'dropping',
  'back',
  'backed',
  'backs',
  'backing',
  'opt',
  'opted',
  'opts',
  'bow',
  'bowed',
  'bows',
  'walk',
  'walked',
  'walks',
];
export const LEAVING_VERBS: readonly string[] = [
  'withdraw',
  'withdrew',
  'withdrawn',
  'withdraws',
  'withdrawing',
];

/** Verbs whose two sides do the same ("Wu met Reyes" is "Reyes met Wu"): their roles never swap. */
export const SYMMETRIC_VERBS: readonly string[] = [
  'meet',
  'met',
  'talk',
  'speak',
  'negotiate',
  'marry',
  'married',
  'fight',
  'fought',
  'play',
  'face',
  'draw',
  'tie',
  'tied',
  'clash',
  'compete',
  'agree',
  'embrace',
];

/**
 * Irregular verb forms a support check reads as their base ("died" tells "die", of the class of
 * "kill"), beside the few the shared stemmer knows. Forms that are as often another word ("fed",
 * "lay", "saw", "bit") are left out.
 */
export const IRREGULAR_VERBS: Readonly<Record<string, string>> = dict({
  died: 'die',
  dies: 'die',
  dying: 'die',
  stole: 'steal',
  stolen: 'steal',
  beaten: 'beat',
  shot: 'shoot',
  fled: 'flee',
  fought: 'fight',
  sold: 'sell',
  ran: 'run',
  drove: 'drive',
  driven: 'drive',
  threw: 'throw',
  thrown: 'throw',
  broke: 'break',
  broken: 'break',
  became: 'become',
  chose: 'choose',
  chosen: 'choose',
  hid: 'hide',
  hidden: 'hide',
  hung: 'hang',
  sank: 'sink',
  sunk: 'sink',
  swore: 'swear',
  sworn: 'swear',
  froze: 'freeze',
  frozen: 'freeze',
  stood: 'stand',
  withdrew: 'withdraw',
  withdrawn: 'withdraw',
  blew: 'blow',
  blown: 'blow',
  flew: 'fly',
  flown: 'fly',
  drew: 'draw',
  drawn: 'draw',
  knew: 'know',
  known: 'know',
  seen: 'see',
  shook: 'shake',
  shaken: 'shake',
  woke: 'wake',
  forgave: 'forgive',
  forgiven: 'forgive',
  bore: 'bear',
  born: 'bear',
  sought: 'seek',
  taught: 'teach',
  built: 'build',
  dealt: 'deal',
  meant: 'mean',
  felt: 'feel',
  heard: 'hear',
  sat: 'sit',
  slid: 'slide',
  spoke: 'speak',
  struck: 'strike',
  stricken: 'strike',
  swept: 'sweep',
  wept: 'weep',
});
