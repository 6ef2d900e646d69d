/** POS tags whose tokens carry a story's content. */
export const CONTENT_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

/** Extra weight of a multi-word proper name (a person, place or body both articles name). */
export const NAME_WEIGHT = 2;

/** Average-linkage similarity above which two groups of articles tell the same story. */
export const SAME_STORY_THRESHOLD = 0.12;

/** How many of a story's top terms are reported as its keywords. */
export const KEYWORDS = 8;
