/** Default length of the summary, in words. */
export const DEFAULT_WORDS = 120;

/** MMR trade-off between a sentence's own worth (1) and its novelty against those already chosen (0). */
export const MMR_LAMBDA = 0.7;

/** Cosine similarity from which a sentence of another article counts as stating the same thing. */
export const SUPPORT_SIMILARITY = 0.3;

/** How many of an article's most similar sentences are checked for support (the rest are less alike). */
export const MAX_CHECKED = 3;

/**
 * The compare stage's reasons for not counting a sentence as support that still make it the same
 * event told with fewer details (same predicate, participants, mood and polarity): a summary tells
 * such a pair once.
 */
export const SAME_EVENT_REASONS: ReadonlySet<string> = new Set([
  'missing number or date',
  'not every predicate',
  'a participant missing',
  'a person missing',
]);

/** Shortest candidate sentence, in words. */
export const MIN_WORDS = 7;
/** Longest candidate sentence, in words. */
export const MAX_WORDS = 55;

/** Share of a sentence inside quotation marks from which it must name who speaks (an attribution verb). */
export const UNATTRIBUTED_QUOTE_SHARE = 0.6;

/**
 * Relevance weights: share of independent sources supporting, fact status, centrality, position, style,
 * and what a sentence costs when it tells a plan or a possibility rather than what happened.
 */
export const WEIGHTS = {
  support: 1.0,
  fact: 0.6,
  centrality: 1.5,
  title: 1,
  shared: 1,
  position: 0.5,
  attributed: 0.1,
  opinion: 0.25,
  quote: 0.25,
  repaired: 0.05,
  length: 0.3,
  contested: 0.5,
  planned: 0.15,
  hypothetical: 0.3,
  /** More for an article's first sentence when the summary's opening is chosen (select.ts). */
  lede: 0.1,
} as const;

/**
 * The fewest sentences a sentence's place in its article is counted over (`WEIGHTS.position` at the top,
 * none at the last): in an excerpt of two or three sentences every one is near the top of the news
 * (the second of three is a quarter down, not half), as in an article of five.
 */
export const LEAD_SENTENCES = 4;

/** Sentence length (words) above which a sentence starts to cost relevance, per `WEIGHTS.length`. */
export const LONG_SENTENCE_WORDS = 25;

/** Weight of a fact's status when a sentence states it. */
export const FACT_STATUS_WEIGHT = {
  consensus: 1,
  corroborated: 0.6,
  'single-source': 0.1,
  conflicting: -0.6,
} as const;

/**
 * The judge's verdicts and reasons by which another source's sentence tells a single-source fact in
 * part (elsewhere.ts): it is then not listed as reported by one source only. A clash (contradicts,
 * differs) is not among them: no kind of clash has proven precise, and the differences list both sides.
 */
export const POINT_TOLD_VERDICTS: ReadonlySet<string> = new Set(['supports']);
export const POINT_TOLD_REASONS: ReadonlySet<string> = new Set(['partial']);
/**
 * The least share of a single-source fact's IDF-weighted terms (a name's words counting as words)
 * another source's sentence must hold, with its predicate and participants, to tell it in other words
 * (paraphrase.ts).
 */
export const PARAPHRASE_MIN_COVER = 0.5;
/**
 * The least share of a single-source fact's IDF-weighted terms another source's sentence must hold
 * to tell it in other words by another verb, naming its participants, one of them and a noun of the
 * fact told there (paraphrase.ts).
 */
export const PARAPHRASE_NEARLY_ALL = 0.8;
/**
 * The least share of a single-source fact's IDF-weighted terms its reading without the details no
 * other source gives must keep for those details to be shown as its only reason to be listed
 * (elsewhere-only.ts): less, and the rest tells too little to be the same fact.
 */
export const ONLY_HERE_REST_MIN = 0.5;
/**
 * The least share of the names of a fact's rest (less its details) another source's sentence must
 * name to tell that rest in part (elsewhere-only.ts restToldInPart): all but one in five, so that a
 * common word a tagger capitalised ("the New Director of …") does not keep a rest untold. Chosen on
 * dev points (session 26).
 */
export const ONLY_HERE_NAMES = 0.75;
/**
 * The least share of another source's headline's IDF-weighted terms a single-source fact's sentence
 * must hold to tell all the headline tells (headlines.ts): a headline has few words, so most of them,
 * not half ("Blasts reported at plant flooded by storm" is not told by "an officer was hospitalized
 * after explosions at the flooded plant", which holds half of it).
 */
export const HEADLINE_MIN_COVER = 2 / 3;
/** How many counts in digits, each counted alike, tell a fact whoever is named doing it (paraphrase.ts). */
export const PARAPHRASE_MIN_FIGURES = 2;
/** The fewest letters of a name's word that a spelling one letter apart is taken as the same name (aliases.ts). */
export const SPELLED_MIN = 6;
/** From what cosine another article's sentence is read for whether it tells a single-source fact. */
export const POINT_NEAR_SIMILARITY = 0.05;

/**
 * Share of the words of two sentences (shared of all, case and punctuation aside) from which copies
 * of one source carry one sentence ("… this morning, according to …" / "… Thursday morning, according
 * to …": 19 of 21).
 */
export const COPY_MIN_SHARED_WORDS = 0.8;

/** How many single-source points are listed (those with figures first). */
export const MAX_POINTS = 12;

/** Shortest headline, in words. */
export const HEADLINE_MIN_WORDS = 4;
/** Longest headline, in words. */
export const HEADLINE_MAX_WORDS = 16;
/** How many first sentences of an article are its lede, read for a headline when its own is left out. */
export const HEADLINE_LEDE_SENTENCES = 2;

/**
 * A discourse connective opening a sentence, which can be dropped ("However, ..."). Group 1: the rest.
 * Not when it opens a phrase that the sentence needs ("Instead of …", "So far …", "In addition to …",
 * "In exchange for …"; "Besides" without a comma is a preposition). An example's marker ("For
 * instance, …") is one too: told alone, the example is a statement of its own, and the marker would
 * point at a sentence the summary may not tell.
 */
export const LEADING_CONNECTIVE =
  /^(?:(?:However|Meanwhile|Moreover|Furthermore|Additionally|In addition|Also|Still|Yet|But|And|So|Instead|Nonetheless|Nevertheless|In exchange|As a result|Consequently|Therefore|Thus|Likewise|Similarly|Separately|Then|In turn|Even so|At the same time),?\s+(?!(?:of|to|for|far|long|much|many|as)\b)|(?:Besides|For instance|For example),\s+)(.+)$/s;

/**
 * A kicker label opening a sentence, which carries nothing the sentence needs: "Why it matters: ",
 * "The big picture: " (a dateline is read by text/dateline.ts). Group 1: the rest.
 */
export const LEADING_LABEL =
  /^(?:Why it matters|The big picture|By the numbers|The numbers|Driving the news|The bottom line|Between the lines|What's next|What’s next|What they're saying|What they’re saying|State of play|The latest|Details|Flashback|Catch up quick|The backstory|Go deeper|Zoom in|Zoom out|Yes, but):\s+(\p{Lu}.*)$/su;

/**
 * A personal pronoun opening a sentence, replaceable by the person it refers to: first, or the subject
 * after a short opening phrase of lower-case words that names no one ("After all, he faced …", "In
 * 2017, she …"; a phrase with a pronoun of its own, "After he lost, he …", is not one). Group 1: the
 * opening phrase; group 2 or 3: the pronoun.
 */
export const LEADING_PERSON_PRONOUN =
  /^(?:(\p{Lu}\p{Ll}*(?:\s+(?!(?:he|she|his|her|him|they|their)\b)[\p{Ll}\d]+){0,4},\s+)(he|she)|(He|She))\b/u;

/** A pronoun as the speaker of an attribution inside a sentence ("…,” she said."). Group 1: pronoun. */
export const PRONOUN_SPEAKER =
  /(?<=[,”"’?!]\s)(he|she)(?=\s+(?:said|says|added|adds|told|wrote|explained|noted|continued|asked)\b)/i;

/** An opening that needs its antecedent and cannot be repaired ("This includes", "They said", "It was"). */
export const LEADING_DEPENDENT =
  /^(?:They|It|Its|Their|His|Her|Them|This|These|That|Those|Such|Both|Another|Other|The latter|The former|There|Here)\b(?!\s+(?:week|month|year|morning|afternoon|evening|weekend)\b)/;

/**
 * An opening that names as known a happening the sentence does not tell ("The announcement followed a
 * four-hour meeting …", "The show-stopping development comes as …"): it needs the sentence before it.
 */
export const LEADING_ANAPHOR =
  /^The (?:[\p{L}-]+ )?(?:announcement|move|decision|development|news|step|statement|remarks|ruling|deal|visit|trip|meeting|tour|attack|incident|shift|request)\s+(?:comes?|came|followed|follows)\b/u;

/**
 * A subordinate clause told as a sentence, with no main clause after it ("Because the withdrawal led to
 * …, and thus invited …."): it answers the sentence before it. A main clause follows a comma.
 */
export const LONE_SUBORDINATE = /^(?:Because(?! of\b)|Although|Though|Whereas)\b[^,;:]*$/s;

/** A phrase pointing back at something the sentence does not say ("that number was 646,822"). */
export const DEPENDENT_PHRASE =
  /\b(?:(?:that|this|the same) (?:number|figure|amount|total|year|day)|the (?:number|figure|total) (?:was|is|were|stood))\b/i;

/** A first-person pronoun: outside quotation marks it is the writer's own voice, never the summary's. */
export const FIRST_PERSON = /^(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|us|[Oo]ur|[Oo]urs|[Oo]urselves)$/;

/**
 * Days between two days of a story's articles from which the later starts another period (a follow-up
 * told after its event: `periods.ts`); first reports over two days stay one period.
 */
export const PERIOD_GAP_DAYS = 3;

/** Attribution in the outlet's own voice: a sentence that says who says so. */
export const ATTRIBUTION =
  /\b(?:said|says|told|according to|announced|stated|reported|added|wrote|confirmed|testified)\b/i;

/** A sentence that names its own source with "according to" ("…, according to the organisers."). */
export const NAMES_ITS_SOURCE = /\baccording to\b/i;

/**
 * Leftover scraper text that no summary sentence may contain, or a call to the reader ("Watch the full
 * interview (video).").
 */
export const BOILERPLATE =
  /\b(?:Photo|Credit|Getty Images|Read More|Also Read|Read Next|RELATED|Click here|Subscribe)\b|\(AP\)|©|^(?:Watch|Listen to)\b|\((?:[Vv]ideo|VIDEO|[Aa]udio|[Ww]atch|[Pp]hotos?)\)/;

/**
 * An opening by which the outlet weighs what it tells ("The good news is …", "The problem is …",
 * "Make no mistake, …"): its verdict, not a report.
 */
export const VERDICT_OPENER =
  /^(?:The (?:good|bad|real|sad) news (?:is|was)|The (?:problem|trouble|question|truth|reality|irony|point|lesson|bottom line) (?:here )?(?:is|was)|Make no mistake|Let(?:'|’)?s be clear|Let us be clear)\b/;

/** Titles that make a following proper name a person, for antecedents without the extract stage. */
export const PERSON_TITLES =
  /^(?:President|Secretary|Gov|Governor|Sen|Senator|Rep|Mayor|Minister|Prime|Chancellor|Judge|Mr|Mrs|Ms|Dr|General|Gen|Chief|Director|Spokesperson|Spokesman|Spokeswoman|Commissioner|King|Queen|Pope)\.?$/;

/**
 * A time still to come, which makes a sentence in the present progressive a plan ("is dispatching his
 * officials to Norhaven in the coming days"), matched on its tokens' normal forms joined by spaces.
 */
export const FUTURE_TIME =
  /(?:^| )(?:in the (?:coming|next) (?:few )?(?:hours|days|weeks|months)|(?:next|later this) (?:week|weekend|month|year)|tomorrow)(?: |$)/;

/** The present forms of "be" that make a verb in -ing a present progressive. */
export const PRESENT_BE: ReadonlySet<string> = new Set(['am', 'is', 'are', "'s", "'re", "'m"]);

/**
 * The share of a sentence's content (IDF-weighted distinct stems) new beside the sentences already
 * chosen under which it tells nothing new, when it names no one and no figure they do not (told.ts).
 */
export const TOLD_AGAIN_NOVELTY = 0.45;

/** How many figures and tallies two outlets' related sentences share to tell one fact (told-twice.ts). */
export const MARKS_OF_ONE_FACT = 2;

/** The least count without a unit that marks its event ("240 passengers"; not "two libraries"). */
export const MARK_MIN_COUNT = 10;

/**
 * A sentence's closing phrase is its outlet's own reading of the event (own-tail.ts) when it holds at
 * least this many distinct content words besides names …
 */
export const OWN_TAIL_MIN_WORDS = 3;
/** … and at least this share of them no other source of the story uses. */
export const OWN_TAIL_UNSHARED = 0.5;
