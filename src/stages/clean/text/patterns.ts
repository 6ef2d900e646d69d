/** A word of a line: letters and digits with inner apostrophes, hyphens and dots. */
export const WORD = /[\p{L}\p{N}]+(?:['’.\-/][\p{L}\p{N}]+)*/gu;

/**
 * A line that ends a sentence: terminal punctuation, optionally followed by closing quotes/brackets, or a
 * closing quote after punctuation ("…," she said”). A quote closing on a word ends no sentence: it ends a
 * headline that quotes a word ('port says talks were "constructive"').
 */
export const TERMINAL = /[.!?…:;][”"’')\]]*$|(?:^|[^\p{L}\p{N}])[”"]$/u;

/** A quoted sentence, even without its final stop: `“We will not stop,” she said`. */
export const QUOTED_SENTENCE = /^[“"‘]\p{L}|[,.!?][”"’]\s+\p{Ll}/u;

/** A line that starts like a list item. */
export const BULLET = /^(?:[-•*·▪–—]\s|\d{1,2}[.)]\s)/u;

/** Inline links to other stories inside a body line: "(RELATED: ...)", "[READ MORE: ...]", one level of brackets inside. */
export const INLINE_TEASER =
  /\s*[([](?:related|read more|read also|also read|see also|watch|more|listen|read)\s*:(?:[^()[\]]|\([^()]{0,80}\)){1,300}[)\]]/giu;

/** "By Jane Roe", optionally followed by a role, outlet or date after a separator. */
export const BY_PREFIX = /^(?:by|posted by|written by|words by|story by|reporting by)\s*:?\s+/i;

/** Separators between the name and the rest of a byline ("Jane Roe | Reuters", "Jane Roe, Staff"). */
export const BYLINE_SEPARATOR =
  /\s*(?:[,|•·]|\s[—–-]\s|\s+and\s+(?=[a-z])|\s+(?:on|at)\s+(?=[\p{Lu}\d]))\s*/u;

/** A name token of a byline: a capitalised word or an initial. */
export const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’.-]*|de|da|del|van|von|der|la|le|bin|al|and|&)$/u;

/** Words that mark a dateline's date as the last update rather than the publication. */
export const UPDATED_WORD = /\b(?:updated|modified|last updated|edited)\b/i;

/** Tunables of the line classifier; weights add to a line's scores. */
export const TUNING = {
  /** Lines longer than this are read (features, rules) from their opening and their end only. */
  longLineChars: 4000,
  /** Lines of a block between these lengths, all but the last, mark the block as hard-wrapped. */
  wrapMinChars: 55,
  wrapMaxChars: 100,
  /** A prose line scores at least this (terminal punctuation, length, lower case). */
  proseMin: 2.5,
  /** Longest line (in words) that can be a headline, a heading, a section label or a byline. */
  headlineMaxWords: 16,
  /** Longest line (in words) that can be the title at the top of a text. */
  titleMaxWords: 30,
  sectionMaxWords: 4,
  bylineMaxWords: 10,
  /** Share of a line's content words found elsewhere in the story below which it is "not about it". */
  lowOverlap: 0.34,
  /** Boilerplate score from which an undecided line is removed. */
  removeAt: 2.5,
  /** Feature weights of the boilerplate score. */
  weights: {
    lowOverlap: 1.25,
    footer: 1.5,
    headerOrFooterShort: 0.5,
    repeat: 2.5,
    nextIsProse: -1.5,
    inHeadlineRun: 1.5,
    inMenuRun: 2.5,
    quotedSentence: -1.5,
    sentenceEnd: -1,
  },
  /** Lines repeating an earlier one: near-duplicates share this many leading normalised characters. */
  repeatPrefixChars: 48,
  /** Shortest body line (in words) whose exact repetition is removed as a pull quote. */
  repeatMinWords: 5,
  /** A run of at least this many headline-like lines inside the body is a list of other stories. */
  headlineRunMin: 3,
  /** A run of at least this many lines of a few words each inside the body is a site menu. */
  menuRunMin: 6,
  menuItemMaxWords: 4,
  /** Prose separated by at least this many short or boilerplate lines starts a new run of text. */
  clusterGap: 4,
  /** A run of prose beside the main one joins it when it has at least this share of its words. */
  clusterJoin: 0.5,
  /** A run this small (share of the main run's words) between two joined runs is stepped over. */
  clusterSkip: 0.2,
  /** A smaller neighbouring run joins when at least this share of its content words is in the main run. */
  clusterSameTopic: 0.4,
  /** Weight of a run's words when a trailer (comment box, related list) comes right before it. */
  afterTrailerWeight: 0.25,
  /** Words of a run of prose from which a trailer after it marks the end of an article. */
  articleMinWords: 60,
  /** Header lines the title search looks back over, from the first prose line. */
  titleWindow: 8,
  /** Most lines above the body for a masthead under the headline to be read (more: a page's menus). */
  mastheadHeaderLines: 5,
  /** Shortest line (in words) kept as a standfirst between the headline and the body. */
  standfirstMinWords: 6,
} as const;

/** A person's age between commas, after the name ("Ilse Varga, 54, of Marrowby"; not "188,000, up"). */
export const AGE_BETWEEN_COMMAS = /,\s+\d{1,3},\s/u;

/** The credit at the end of a caption: bracketed credits, or a "Photo: ..." label after the sentence. */
export const TRAILING_CREDIT =
  /(?:\s*\([^()]{0,200}\))+\s*$|(?<=[.!?”"])\s+(?:photo|image|picture|photograph)(?:\s+credit)?\s*:\s*[^.!?]{2,80}$/iu;

/** First sentence of a paragraph, for an inferred title. */
export const FIRST_SENTENCE = /^.{10,200}?[.!?](?=\s+\p{Lu}|$)/u;

/** Most words an inferred title keeps. */
export const INFERRED_TITLE_MAX_WORDS = 14;
