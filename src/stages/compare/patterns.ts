import { alternation, MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../../text/calendar.ts';

/** Weight of a proper-name term against a common word in claim vectors (names anchor who did what). */
export const NAME_WEIGHT = 1.5;

/** Weight of the other words of a multi-word name (first names, titles, places before the surname). */
export const NAME_INNER_WEIGHT = 0.5;

/** A claim needs at least this many content terms to be a fact (shorter ones are fragments). */
export const MIN_CLAIM_TERMS = 3;

/** Two claims state the same thing when their score (cosine plus figure bonus) reaches this. */
export const ALIGN_MIN_SCORE = 0.25;

/** Two groups of claims merge only when their cross pairs score this much on average (average linkage). */
export const LINK_MIN_SCORE = 0.25;

/** Added to the score of two claims without figures that share at least NAME_BONUS_MIN names. */
export const NAME_BONUS = 0.05;

/** Shared names (entities or proper nouns) needed for NAME_BONUS. */
export const NAME_BONUS_MIN = 2;

/** Added to the score of two claims that give the same quantity with agreeing values. */
export const FIGURE_BONUS = 0.3;

/** Claims whose figures clash (same quantity, different values) merge only above this cosine. */
export const FIGURE_CONFLICT_MIN_SIM = 0.3;

/** Share of a fact's articles a lone claim must clash with, on one quantity of the same subject, to join it as a conflict. */
export const CLASH_ATTACH_SHARE = 0.5;

/**
 * Terms in more than this share of a story's claims are not used to find candidate pairs (they
 * still count in the similarity); keeps alignment near-linear on long stories.
 */
export const BLOCK_MAX_DF_SHARE = 0.15;

/**
 * Nor are terms in more than this many claims, however large the story (one of 2,000 claims or more,
 * such as one huge article): the share alone let a claim meet thousands of candidates (issue 16).
 */
export const BLOCK_MAX_DF = 300;

/** Blocking always keeps terms found in at most this many claims, however small the story. */
export const BLOCK_MIN_DF = 4;

/**
 * Most other claims one claim is scored against when alignment looks for its pairs (found through
 * its rarest terms first; the pair may still be found from the other claim's side). The share cap
 * above grows with the story, so without this a claim of a huge article met thousands of candidates
 * and alignment grew with the square of the article (issue 16).
 */
export const MAX_ALIGN_CANDIDATES = 400;

/** A fact is consensus when at least this share of the story's independent sources state it. */
export const CONSENSUS_SHARE = 0.75;

/**
 * An article "mentions" a fact (no omission) when one of its sentences scores this much with one of
 * the fact's claims. At least ALIGN_MIN_SCORE: alignment scores every pair above that.
 */
export const MENTION_MIN_SCORE = 0.25;

/**
 * An article also mentions a fact when one of its sentences shares this much of a fact's claim's
 * words (the plain cosine) though alignment's figure rules set the pair apart: most of the words, a
 * retelling ("The three boats had 26 Somali crew on board"), not a sentence on the same topic.
 */
export const MENTION_SAME_WORDS = 0.5;

/**
 * A sentence of another source tells a single-source fact in part, in its own words (in-part.ts),
 * when it holds at least this share of the fact's IDF-weighted terms and most of its rarest terms
 * (IN_PART_RARE). Of the dev support pairs the points would still keep, it catches 103 of 179 gold
 * supports and 138 of 1,504 gold related (`npx node bench/elsewhere-dev.ts`, 2026-12-04).
 */
export const IN_PART_MIN_COVER = 0.4;
/** Of how many of a fact's rarest terms (by the story's IDF) the other sentence must hold how many. */
export const IN_PART_RARE = { of: 3, held: 2 } as const;

/**
 * An article tells a shared fact in part, so is not listed as omitting it, when one of its sentences
 * holds IN_PART_MIN_COVER of a supporter's IDF-weighted terms, one of its predicates and two of its
 * other terms (names alone tell no event), not its rarest terms (a paraphrase's "prison" for "jail").
 * On the dev support pairs (`npx node bench/omissions-dev.ts`, 2026-12-05) gold supports listed as
 * omitted 8 -> 2, gold related 53 -> 44.
 */
export const OMISSION_IN_PART = { rarest: false, predicate: true } as const;

/** A quote counts as paraphrased in an article when this share of its IDF weight recurs there. */
export const PARAPHRASE_MIN_COVER = 0.6;

/** Quotes with fewer content words than this are never called paraphrased (too little to match). */
export const PARAPHRASE_MIN_WORDS = 3;

// Share of the longer quote's words two direct quotes must share to be one quote in two wordings:
// QUOTE_VARIANT_MIN_SHARE of text/quotes/wording.ts, which the report and the timeline read too.

/** Quotes shorter than this many words are not matched across articles for speaker conflicts. */
export const MIN_QUOTE_WORDS = 5;

/**
 * Two quote passages are the same quote when this share of the shorter one's words recur, and of its
 * content words.
 */
export const SAME_QUOTE_MIN_OVERLAP = 0.6;

/** Distinctive terms kept per article (highest z first). */
export const FRAMING_TOP_TERMS = 12;

/** Distinctive terms must reach this z-score (one-sided, roughly p < 0.1). */
export const FRAMING_MIN_Z = 1.28;

/** Strength of the informative Dirichlet prior: alpha_w = PRIOR_SCALE x corpus count of w. */
export const PRIOR_SCALE = 0.1;

/** Additive smoothing of the sentiment ratio, so one lexicon hit does not read as extreme. */
export const TONE_SMOOTHING = 2;

/** Weekday names, for date comparison. */
export const WEEKDAY_RE = new RegExp(`^(?:${alternation(WEEKDAY_NAMES)})$`);

/** Month names and their abbreviations, for date comparison. */
export const MONTH_RE = new RegExp(`^(?:${alternation([...MONTH_NAMES, ...MONTH_ABBREVIATIONS])})\\.?$`);

/** A weekday or month name ("Monday", "Oct."): a date, checked as a date, not a participant. */
export const isDateWord = (w: string): boolean => WEEKDAY_RE.test(w) || MONTH_RE.test(w);

/** Below this share of a claim's weighted terms, a candidate sentence is about something else. */
export const RELATED_MIN_COVER = 0.2;

/** A candidate supports a claim only when it covers at least this share of the claim's weighted terms. */
export const SUPPORT_MIN_COVER = 0.55;

/** …or this share when the claim has no number and no date to anchor it. */
export const BARE_MIN_COVER = 0.7;

/** …and names at least this share of the claim's people, bodies and places. */
export const SUPPORT_MIN_NAME_SHARE = 0.5;

/** …and, to state it, at least this share of the words of those names, dates left out (two of three). */
export const SUPPORT_MIN_PARTICIPANT_SHARE = 0.66;

/**
 * …and has fewer than this many times the claim's tokens: a longer candidate tells much else, and the
 * claim's words it holds may belong to its other assertions (the operating point chosen on blind dev
 * audit rounds, README-support.md).
 */
export const SUPPORT_MAX_LENGTH_RATIO = 3;

/** A different value, day or polarity is a contradiction only when the sentences share this much. */
export const CONTRADICT_MIN_COVER = 0.3;

/** Opposite outcomes of one event contradict when the sentences share this much. */
export const OUTCOME_MIN_COVER = 0.2;

/**
 * Planned vs happened needs this much in common (the same event, told in two moods). Lower than a
 * support's: the mood is read where each side tells the one predicate (support/plan-done.ts).
 */
export const PLANNED_MIN_COVER = 0.4;

/**
 * Planned vs happened of one event both sides date to the same day ("will sign … on Monday" /
 * "signed … Monday") needs this much in common, whatever names each side gives (support/plan-done.ts).
 */
export const PLANNED_DATED_MIN_COVER = 0.25;

/** How many of a fact group's closest claims are tried as the claim shown (each judged against the group). */
export const REPRESENTATIVE_CANDIDATES = 6;

/** …or this share when the claim's figures (in digits, or a length of time) are all held by the candidate. */
export const ANCHORED_MIN_COVER = 0.35;

/** A group claim's closeness to the rest is summed over at most this many of them. */
export const REPRESENTATIVE_SAMPLE = 30;

/** Another day for one event, or the negation, is a contradiction only when the sentences share this much. */
export const DATE_CONTRADICT_MIN_COVER = 0.5;

/** How many words before a figure are searched for the verb that tells it ("killing at least 10"). */
export const GOVERNOR_REACH = 4;

/** …and before a length of time ("hospitalized in Los Angeles for four weeks"). */
export const DURATION_GOVERNOR_REACH = 8;

/**
 * A figure told by the same word on both sides, or of one named subject, with the names shared,
 * is a contradiction when the sentences share this much (a long sentence may tell much else).
 */
export const GOVERNED_CONTRADICT_MIN_COVER = 0.1;
