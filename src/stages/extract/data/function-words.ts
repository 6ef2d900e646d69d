// Closed-class English words (articles, pronouns, prepositions, conjunctions) the extractors read.

/** Relative pronouns, which open a clause after a noun phrase ("a supporter who …"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that']);

/** Tokens that may stand inside a speaker's noun phrase between its words: "of", "&", "'s", "and", "by" ("the largest firm by sales"). */
export const PHRASE_INNER: ReadonlySet<string> = new Set([
  'of',
  'for',
  'in',
  'at',
  'from',
  'by',
  '-',
  '.',
  "'s",
  '’s',
  '&',
  'and',
]);

/** Relative pronouns that stand for the subject of a cue ("Lee, who said …"). */
export const SUBJECT_RELATIVES: ReadonlySet<string> = new Set(['who', 'which']);

/** Determiners before a number word that make it part of a noun phrase, not a figure ("the two", "their three"). */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'both',
  'these',
  'those',
  'their',
  'its',
  'his',
  'her',
  'our',
  'my',
  'your',
]);

/** Conjunctions that join nouns before the head of what a figure counts ("bus and ferry workers"). */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or']);

/** Conjunctions that, after a comma, open another clause ("…, and at least four aftershocks followed"). */
export const CLAUSE_COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'yet']);

/** Pronouns that only a person takes ("X said he …", "X hurt his knee"). */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'himself', 'herself']);

/** Pronouns that a body takes and a person does not ("X cut its forecast"). */
export const BODY_PRONOUNS: ReadonlySet<string> = new Set(['its', 'itself']);

/** Conjunctions that join a second cue to the sentence's subject ("toured the port and said", "agreed, but also said"). */
export const JOINING_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but']);

/** The articles ("a", "an", "the"). */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Possessive pronouns that may hold a claim ("his claim that …"). */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its']);

/** Particles of a phrasal verb before "that" ("pointed out that"). */
export const VERB_PARTICLES: ReadonlySet<string> = new Set(['out', 'up']);

/** Subjects that hold no stance: "it appeared that …", "this means that …". */
export const EMPTY_SUBJECTS: ReadonlySet<string> = new Set(['it', 'this', 'that', 'there']);

/** Words that open an adverbial clause or a coordinated one, not a reported one ("said Friday as he left"). */
export const NOT_CONTENT_OPENERS: ReadonlySet<string> = new Set([
  'as',
  'when',
  'while',
  'after',
  'before',
  'until',
  'during',
  'and',
  'but',
  'or',
]);

/** Words at the edges of a date phrase that are not part of the date's name ("this", "of", "early"). */
export const DATE_EDGE_WORDS: ReadonlySet<string> = new Set([
  'of',
  'the',
  'this',
  'that',
  'last',
  'next',
  'in',
  'on',
  'since',
  'by',
  'early',
  'late',
]);

/** Parts of a day after an hour told without a clock word ("about 9 or 10 the next morning"). */
export const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);
/** Words before such an hour that make it a time ("at 7 in the morning"; not "found 12 that night"). */
export const HOUR_BEFORE: ReadonlySet<string> = new Set([
  'at',
  'about',
  'around',
  'by',
  'until',
  'till',
  'before',
  'after',
]);

/** Words before a count that make it a whole set, not a tally of a period ("all three cities"). */
export const WHOLE_SET_BEFORE: ReadonlySet<string> = new Set(['all']);

/** Words after a comma (and "a day", "hours") that open the narrator's time of what was reported. */
export const TIME_ADJUNCTS: ReadonlySet<string> = new Set(['after', 'before']);

/** Words after a length of time that make it a distance between two events ("a month after", "two days ago"). */
export const TIME_DISTANCE_WORDS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'ago',
  'later',
  'earlier',
]);

/**
 * Words that open a clause set before the sentence's main one ("Since Varga announced the withdrawal,
 * …"); "as" is not one, since "As Varga said, …" gives him the main clause.
 */
export const OPENING_SUBORDINATORS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'since',
  'when',
  'while',
  'because',
  'until',
  'once',
  'although',
  'though',
  'if',
]);

/**
 * Words that, after a comma closing a reported clause, open the writer's setting of it when their
 * clause tells a past event ("X admitted the budget will hit services, after councillors approved it
 * by eight votes to three"): the outlet's own statement of what happened, not the speaker's words. Not
 * "because" or "if" (the speaker's reason or condition as often), nor "until" or "once".
 */
export const SETTING_SUBORDINATORS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'since',
  'when',
  'while',
  'although',
  'though',
  'whereas',
]);

/**
 * Words of a stretch of time, or of how closely, before a setting subordinator ("…", hours after the vote
 * collapsed; "…", shortly before the doors opened; "…" even as crews worked): the setting stays the writer's.
 */
export const TIME_BEFORE_SETTING: ReadonlySet<string> = new Set([
  'minutes',
  'hours',
  'days',
  'weeks',
  'months',
  'moments',
  'shortly',
  'soon',
  'just',
  'only',
  'even',
  'long',
]);

/** Auxiliaries of a past clause ("after the council had voted", "as crews were working"). */
export const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['had', 'was', 'were', 'did']);

/** Reflexive pronouns: an object that is the subject itself ("she finds herself drawn into …"). */
export const REFLEXIVE_PRONOUNS: ReadonlySet<string> = new Set([
  'herself',
  'himself',
  'themselves',
  'itself',
  'myself',
  'yourself',
  'ourselves',
]);

/** Words of being able before a verb ("can", "could", "cannot", and "ca" of "can't"). */
export const ABILITY_WORDS: ReadonlySet<string> = new Set(['can', 'could', 'cannot', 'ca']);

/** Negation words before a verb ("no one can deny", "neither can deny", "he cannot deny"). */
export const DENIAL_NEGATIONS: ReadonlySet<string> = new Set([
  'not',
  "n't",
  'never',
  'neither',
  'nor',
  'no',
  'nobody',
  'none',
  'cannot',
]);

/** Words that open an indirect question ("questioned whether the pier was safe"), whatever their tag. */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(['whether']);

/**
 * Prepositions before a length of time that tell how long something lasts or a limit it must meet
 * ("waiting for more than two years", "decided within six weeks"), not the stretch a count is of:
 * before a duration alone (no date), no figure's period.
 */
export const LENGTH_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'within']);
