import { dict } from '../../../text/data/dict.ts';

/**
 * Words that set a claim's modality: whether it says something happened, is planned or expected,
 * might happen, or did not happen. Plain lower-case words (compared after folding), general English,
 * not any one outlet's wording.
 */

/** Auxiliaries and markers of the future or of a reported future ("said the city would meet"). */
export const FUTURE_MARKERS: readonly string[] = ['will', "'ll", 'shall', 'would', 'wo'];

/** Verbs and adjectives that, before "to", make what follows planned or expected ("plans to meet", "is due to visit"). */
export const PLAN_WORDS: readonly string[] = [
  'plan',
  'plans',
  'planned',
  'planning',
  'expect',
  'expects',
  'expected',
  'due',
  'set',
  'scheduled',
  'slated',
  'intend',
  'intends',
  'intended',
  'aim',
  'aims',
  'aiming',
  'prepare',
  'prepares',
  'preparing',
  'going',
  'agreed',
  'agree',
  'agrees',
  'promised',
  'promises',
  'pledged',
  'pledges',
  'vowed',
  'vows',
  'hope',
  'hopes',
  'hoping',
  'want',
  'wants',
  'seek',
  'seeks',
  'seeking',
  'likely',
  'poised',
  'ready',
];

/**
 * Verbs of an expectation, a hope or an aim that take the figure looked for as their object
 * ("said it expected more than 50,000 members", "expects 20,000 fans at the final", "hopes for 500
 * volunteers", "aims for sales of 2 million"): the figure is what is looked for, not what happened
 * (issue 10). "for" may stand between the verb and its object.
 */
export const EXPECTING_VERBS: readonly string[] = [
  'expect',
  'expects',
  'expected',
  'expecting',
  'hope',
  'hopes',
  'hoped',
  'hoping',
  'aim',
  'aims',
  'aimed',
  'aiming',
];

/**
 * Plan words that, right after a form of "be", tell what follows as planned for a time or place,
 * with the prepositions that may follow each ("sentencing is set for Nov. 8", "is due in court on
 * Feb. 17", "is expected in court Monday"); "set on fire" is no plan.
 */
export const PLANNED_FOR: Readonly<Record<string, readonly string[]>> = dict({
  set: ['for'],
  scheduled: ['for'],
  slated: ['for'],
  planned: ['for'],
  due: ['for', 'in', 'at', 'on', 'back'],
  expected: ['for', 'in', 'at', 'on'],
});

/** Verbs that, as "is" does, say what the subject is: the noun after them is what is said of it ("would become the fifth coach"). */
export const LINKING_VERBS: readonly string[] = [
  'is',
  'are',
  'was',
  'were',
  'be',
  'become',
  'becomes',
  'became',
  'becoming',
  'remain',
  'remains',
  'remained',
];

/** Adjectives before an event noun that make it a future event ("the upcoming talks"). */
export const PLANNED_ADJECTIVES: readonly string[] = [
  'upcoming',
  'planned',
  'scheduled',
  'forthcoming',
  'next',
];

/** Modal words that make a claim a possibility, not a statement of fact. */
export const HYPOTHETICAL_MARKERS: readonly string[] = [
  'could',
  'might',
  'may',
  'if',
  'unless',
  'possibly',
  'perhaps',
];

/** Modals that, right before a verb (or its "be" / "have"), tell the verb as only possible ("could be loaded"). */
export const POSSIBILITY_MODALS: readonly string[] = ['could', 'might', 'may'];

/**
 * Modal words of what ought to be or is expected, not what is ("the phone should have strong
 * messaging"): the support check reads them as it reads "could" (summaries do not).
 */
export const OUGHT_MARKERS: readonly string[] = ['should'];

/** Words that negate the predicate that follows them. */
export const NEGATION_MARKERS: readonly string[] = ['not', "n't", 'never', 'no', 'neither', 'nor', 'without'];

/**
 * Nouns that after "without" (or "without a") tell how a thing was done, not that it was not done
 * ("were arrested without incident", "surrendered without resistance", "went off without a hitch").
 */
export const MANNER_AFTER_WITHOUT: readonly string[] = [
  'incident',
  'incidents',
  'resistance',
  'fanfare',
  'hitch',
];

/** Words that, right before a verb, say its action did not happen ("the ferry nearly sank"). */
export const NEAR_MISS_MARKERS: readonly string[] = ['nearly', 'almost'];

/** Verbs that, before "to", say the action did not happen ("failed to agree", "refused to meet"). */
export const NEGATING_VERBS: readonly string[] = [
  'failed',
  'fail',
  'fails',
  'refused',
  'refuses',
  'declined',
  'declines',
  'denied',
  'denies',
];

/**
 * Verbs that, before "to", leave what follows undone: it was tried, asked for or ordered, not done
 * ("tried to flee", "urged the council to act", "threatened to strike").
 */
export const UNREALISED_VERBS: readonly string[] = [
  'try',
  'tries',
  'tried',
  'trying',
  'attempt',
  'attempts',
  'attempted',
  'attempting',
  'threaten',
  'threatens',
  'threatened',
  'threatening',
  'ask',
  'asks',
  'asked',
  'asking',
  'urge',
  'urges',
  'urged',
  'urging',
  'call',
  'calls',
  'called',
  'calling',
  'demand',
  'demands',
  'demanded',
  'order',
  'orders',
  'ordered',
  'encourage',
  'encouraged',
  'warn',
  'warned',
  'warns',
  'told',
  'tell',
  'tells',
];

/** Verbs that, right before an -ing form, weigh what it names, not do it ("considering closing"). */
export const WEIGHING_VERBS: readonly string[] = [
  'consider',
  'considers',
  'considered',
  'considering',
  'discuss',
  'discussed',
  'discussing',
  'propose',
  'proposed',
  'proposing',
  'debate',
  'debated',
  'debating',
  'weigh',
  'weighed',
  'weighing',
  'suggest',
  'suggested',
  'recommend',
  'recommended',
  'contemplate',
  'contemplated',
  'contemplating',
  'mull',
  'mulled',
  'mulling',
  'avoid',
  'avoided',
  'oppose',
  'opposed',
  'resist',
  'resisted',
];

/**
 * Verbs that make what they govern an allegation or a suspicion, not a fact ("accused of
 * stealing", "charged with killing", "prosecutors allege that he stole").
 */
export const ALLEGING_VERBS: readonly string[] = [
  'allege',
  'alleges',
  'alleged',
  'claim',
  'claims',
  'claimed',
  'accuse',
  'accuses',
  'accused',
  'suspect',
  'suspects',
  'suspected',
  'charge',
  'charges',
  'charged',
  'indicted',
  'arrested',
  'investigated',
  'investigating',
];

/** Words between an alleging verb and what it alleges ("accused of", "charged with", "allege that"). */
export const ALLEGING_LINKS: readonly string[] = ['of', 'with', 'for', 'that', 'on'];

/** Nouns that, before "that", tell what follows as unconfirmed ("reports that", "rejected claims that"). */
export const CLAIM_NOUNS: readonly string[] = [
  'report',
  'reports',
  'claim',
  'claims',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'suggestion',
  'suggestions',
  'rumour',
  'rumours',
  'rumor',
  'rumors',
  'speculation',
  'suspicion',
  'suspicions',
  'fears',
];

/** How far before a verb (in tokens) a "that" frame is looked for ("denied reports that the mayor … resigned"). */
export const FRAME_REACH = 25;

/** How far before a verb (in tokens) the verb governing it is looked for ("allege that the mayor stole"). */
export const GOVERNOR_REACH = 8;

/** How far before a verb (in tokens) a marker still sets its modality. */
export const MODALITY_REACH = 4;

/** How far back from the comma that ends an aside its opening comma may be ("would, in their words, remove"). */
export const ASIDE_REACH = 6;
