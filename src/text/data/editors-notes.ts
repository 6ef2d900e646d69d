/**
 * An editor's note about the article itself, which tells no event of the story: a labelled note
 * ("Correction: …", "Clarification: …", "Editor's note: …", with a date between label and colon:
 * "Correction (March 5): …", "Correction, March 5, 2025: …") or a sentence whose subject is the
 * article ("This article was updated on Wednesday …", "An earlier version of this story …").
 * "Update:" and "Updated:" are left out: a live-updated article labels its news so ("Update: The
 * council voted on Monday …"). "report" is left out: "This report" is as often a report the story
 * tells of. Read by the compare stage (no fact), the timeline (no event) and the report's list of
 * corrections (text/editors-notes.ts).
 */
export const EDITORS_NOTE =
  /^\s*(?:(?:corrections?|clarifications?|editor['’]s note)(?:\s*\([^()]{1,40}\)|,\s*(?=[^:]{0,30}\d)[^:;.]{1,30})?\s*[:—–]|(?:this|an earlier version of this|a previous version of this)\s+(?:article|story|post)\b)/i;

/** What kind of note a labelled one is, by its label's first word. */
export const NOTE_LABELS: Readonly<Record<string, 'correction' | 'clarification' | 'editors-note'>> = {
  correction: 'correction',
  corrections: 'correction',
  clarification: 'clarification',
  clarifications: 'clarification',
  editor: 'editors-note',
};

/** A note whose subject is the article, and that tells of an error put right: a correction. */
export const CORRECTION_WORDS =
  /\b(?:correct(?:s|ed|ion)?|misstat\w*|misreport\w*|misidentif\w*|misspel\w*|misquot\w*|misattribut\w*|incorrect\w*|wrong\w*|erroneous\w*|mistaken\w*|in error|earlier version|previous version)\b/i;

/** A note whose subject is the article and that tells of a clarification, or of an update. */
export const CLARIFICATION_WORDS = /\bclarif\w*/i;
export const UPDATE_WORDS = /\bupdat\w*/i;

/**
 * Where a note tells what the article said wrongly: a value after one of these, in its clause
 * ("An earlier version of this article said 14 people were injured; …"), is the wrong one.
 */
export const WRONG_CUE =
  /\b(?:earlier version|previous version|incorrectly|wrongly|erroneously|mistakenly|misstated|misreported|misspelled|misspelt|misidentified|misnamed|misquoted|misattributed|originally (?:said|reported|stated|gave))\b/gi;

/**
 * The wording a note calls wrong, in the clause after WRONG_CUE: after "as", a quotation ("misquoted
 * the mayor as saying “a very good meeting”") or a name in capitals ("gave the name of the ferry as
 * Kettle Star"). Group 1: the quoted words; group 2: the name.
 */
export const WRONG_WORDING =
  /\bas\s+(?:saying\s+)?(?:[“"]([^”"]{3,200})[”"]|(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|de\s+|van\s+)?\p{Lu}[\p{L}'’.-]*){0,4}))/u;

/** A value right after one of these is the wrong one ("12 people, not 14, were injured"). */
export const NOT_BEFORE = /\b(?:not|rather than|instead of)\s*$/i;

/** Where the clause of a wrong value ends: the correct value is told after it. */
export const WRONG_CLAUSE_END = /[;.]|\b(?:but|when|while|instead)\b|,\s*(?:not|it|the correct)\b/i;

/** A note's continuation: after a note that opens its paragraph, at most this many more sentences are the note's. */
export const NOTE_MORE_SENTENCES = 2;

/** The label of a live-updated article's news ("Update: The council voted on Monday …"), no note. */
export const UPDATE_LABEL = /^\s*updated?\s*(?:\([^()]{1,40}\))?\s*[:—–]/i;

/** Before a wrong name: the note tells of a name ("gave the name of the ferry as …", "misidentified … as …"). */
export const NAME_ERROR =
  /\b(?:names?|named|spell\w*|misspel\w*|identif\w*|misidentif\w*|misnam\w*|called|titles?|titled)\b/i;

/** Before a wrong quotation: the note tells of a quotation ("misquoted the mayor as saying “…”"). */
export const QUOTE_ERROR = /\b(?:\w*quot\w*|saying)\b/i;
