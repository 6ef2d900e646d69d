import { MONTH_ABBREVIATIONS } from '../calendar.ts';
import { dict } from './dict.ts';

// The full stop a label's date may hold: an abbreviated month's ("Dec. 3", "Sept. 14") or a time's
// ("5 p.m."); no other word's ("Corrections, the state's No. 2 expense — behind Medicaid — rose …" is news).
const DATE_STOP = String.raw`(?<=\b(?:${MONTH_ABBREVIATIONS.join('|')}|[ap]|[ap]\.m))\.`;

/**
 * An editor's note about the article itself, which tells no event of the story: a labelled note
 * ("Correction: …", "Clarification: …", "Editor's note: …", with a date between label and colon:
 * "Correction (March 5): …", "Correction, March 5, 2025: …", "Correction, Dec. 3: …", a short
 * word's full stop inside the date) or a sentence whose subject is the
 * article: "An earlier version of this story …", or "This article/story/post" with a verb of the
 * article's own history after it ("This article was updated on Wednesday …", "This story contains
 * …"); "This post office has served …" and "This story began in 2029 …" are news.
 * "Update:" and "Updated:" are left out: a live-updated article labels its news so ("Update: The
 * council voted on Monday …"). "report" is left out: "This report" is as often a report the story
 * tells of. Read by the compare stage (no fact), the timeline (no event) and the report's list of
 * corrections (text/editors-notes.ts).
 */
export const EDITORS_NOTE = new RegExp(
  String.raw`^\s*(?:(?:corrections?|clarifications?|editor['’]s note)(?:\s*\([^()]{1,40}\)|,\s*(?=[^:]{0,30}\d)(?:[^:;.]|${DATE_STOP}){1,30})?\s*[:—–]|(?:an earlier|a previous) version of this\s+(?:article|story|post)\b|this\s+(?:article|story|post)\s+(?:(?:was|is|has\s+been|had\s+been|have\s+been)\s+)?(?:updated|corrected|changed|amended|edited|revised|clarified|originally|incorrectly|wrongly|mistakenly|erroneously|misstated|misreported|misidentified|misnamed|misquoted|misspell?ed|misspelt|misattributed|contains|includes|first\s+(?:appeared|published)|appeared|published)\b)`,
  'i',
);

/** What kind of note a labelled one is, by its label's first word. */
export const NOTE_LABELS = dict<'correction' | 'clarification' | 'editors-note'>({
  correction: 'correction',
  corrections: 'correction',
  clarification: 'clarification',
  clarifications: 'clarification',
  editor: 'editors-note',
});

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
 * Kettle Star"). Group 1: the quoted words; group 2: the name (a full stop ends it, unless a letter
 * follows: "Lars Holm. The …" is "Lars Holm").
 */
export const WRONG_WORDING =
  /\bas\s+(?:saying\s+)?(?:[“"]([^”"]{3,200})[”"]|(?:the\s+)?(\p{Lu}(?:[\p{L}'’-]|\.(?=\p{L}))*(?:\s+(?:of\s+|de\s+|van\s+)?\p{Lu}(?:[\p{L}'’-]|\.(?=\p{L}))*){0,4}))/u;

/** A value right after one of these is the wrong one ("12 people, not 14, were injured"). */
export const NOT_BEFORE = /\b(?:not|rather than|instead of)\s*$/i;

/** Where the clause of a wrong value ends: the correct value is told after it. */
export const WRONG_CLAUSE_END = /[;.]|\b(?:but|when|while|instead)\b|,\s*(?:not|it|the correct)\b/i;

/**
 * The label of a note that puts the article right ("Correction:", "Clarification (May 5):"): a
 * paragraph it opens is the note's whole. "Editor's note:" is left out: it may warn of what follows
 * and the news goes on in its paragraph ("Editor's note: This article contains details …").
 */
export const FIX_LABEL = /^\s*(?:corrections?|clarifications?)\b/i;

/** A note's continuation: after a note that opens its paragraph, at most this many more sentences are the note's. */
export const NOTE_MORE_SENTENCES = 2;

/**
 * The label of a live-updated article's news, no note: "Update: The council voted on Monday …", with
 * its day or time ("Update (May 7):", "Update, May 7, 2031:", "UPDATED 18:40:", "Updated at 6.40pm BST —").
 */
export const UPDATE_LABEL = new RegExp(
  String.raw`^\s*updated?\s*(?:\([^()]{1,40}\)|(?:,\s*|\s+)(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,5})?|,\s*(?:[^:;.]|${DATE_STOP}){1,30}?\d{1,4})?\s*[:—–]`,
  'i',
);

/** Before a wrong name: the note tells of a name ("gave the name of the ferry as …", "misidentified … as …"). */
export const NAME_ERROR =
  /\b(?:names?|named|spell\w*|misspel\w*|identif\w*|misidentif\w*|misnam\w*|called|titles?|titled)\b/i;

/** Before a wrong quotation: the note tells of a quotation ("misquoted the mayor as saying “…”"). */
export const QUOTE_ERROR = /\b(?:\w*quot\w*|saying)\b/i;

/**
 * A sentence after a correction that goes on telling of it: what the article should have said, with
 * the pronoun of the corrected thing or person, or a bare count ("It opens on May 8.", "She said …",
 * "Twelve were.", "The correct figure is 12."). Any other sentence is news.
 */
export const NOTE_GOES_ON =
  /^\s*(?:(?:it|she|he|they|this|that)\s|the\s+(?:correct|right|actual)\b|(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundreds?|dozens?)\s+(?:were|was|are|is|had|have|did)\b)/i;

/**
 * The verbs of a sentence after a correction's or clarification's label that names who gives the
 * right value, in the present of the note ("Harlow Water says the figure is about 3,000.", "Kell
 * council says the vote was on Monday."): the note's too (text/note-source.ts reads its subject and
 * whether it tells the note's value again). News after the label is told in the past ("Crews worked …").
 * In lower case: "The United States says …" names its source by "says".
 */
export const NOTE_SOURCE_VERB = /\b(?:says|confirms|states|maintains)\b/;

/** Words that tell a note's value again, in a sentence naming its source ("says the figure is …"). */
export const NOTE_VALUE_WORDS =
  /\b(?:figure|number|total|count|toll|tally|correct|right|actual|accurate|spelling|spelled|spelt|name)\b/i;

/**
 * A note's value that changed since, not one put right: "The toll has since risen to five", "now
 * stands at …". A note so is an update, with nothing "still given" by others.
 */
export const CHANGED_SINCE =
  /\b(?:has|have|had)\s+since\b|\bsince\s+(?:risen|rose|fallen|fell|climbed|grown|increased|decreased|dropped|changed)\b|\b(?:has|have)\s+(?:risen|fallen|climbed|grown|increased|decreased|dropped)\s+to\b|\bnow\s+(?:stands?|is|are|at)\b/i;

/**
 * A sentence that tells a value as an earlier or overtaken word ("The fire service initially said 14
 * …", "Police had feared 14 …, but the count is lower"): it gives no value as its own.
 */
export const SUPERSEDED =
  /\b(?:initially|at first|first\s+(?:said|reported|put|gave|estimated|thought|told)|earlier|originally|previously|had\s+(?:feared|estimated|thought|expected|said|reported|believed)|feared|estimates?d?|revised|later|corrected)\b|\bbut\b[^.;]*\b(?:lower|higher|fewer|more|less|wrong|revised)\b/i;

/** The verbs of a note that tell which thing or person it named wrongly ("misidentified the man … as …"). */
export const NAMING_VERB =
  /\b(?:misidentif\w*|misnam\w*|identif\w*|named|gave|given|called|spel\w*|misspel\w*|titled|listed)\b/gi;

/**
 * The thing a name was given for, right after a NAMING_VERB: "the man who was arrested", "the name of
 * the ferry" (group 1: its words, up to the name; its head is the last before "who", "that", "of" …).
 */
export const NAMED_ROLE =
  /^\s+(?:the|a|an|its|his|her|their)\s+(?:(?:name|spelling|title)\s+of\s+(?:the\s+|a\s+|an\s+|its\s+)?)?([^,;.]*)/i;

/** Where the words of a NAMED_ROLE stop naming the thing: its head is the word before. */
export const ROLE_END = new Set([
  'who',
  'whom',
  'that',
  'which',
  'whose',
  'as',
  'of',
  'in',
  'at',
  'on',
  'from',
  'with',
  'for',
  'by',
]);

/** Before a misquotation's words: whom the note says was misquoted ("misquoted Mayor Ilse Tannery as saying"; group 1). */
export const MISQUOTED_SPEAKER = /\b(?:misquot\w*|misattribut\w*|quot\w*)\s+(.{2,60}?)\s+as\s+saying\b/i;

/** A label's day ("Correction (May 5):", "Update, May 7, 2031:") or a verb of the note's history before its day ("updated on Monday"). */
export const NOTE_DAY_LABEL = new RegExp(
  String.raw`^\s*(?:corrections?|clarifications?|editor['’]s note|updated?)\s*(?:\(([^()]{1,40})\)|,?\s*((?:[^:;.]|${DATE_STOP}){1,30}?))\s*[:—–]`,
  'i',
);
export const NOTE_DAY_VERB =
  /\b(?:updated|corrected|changed|amended|edited|revised|clarified)\s+(?:on\s+|at\s+[^,;.]{1,12}\s+on\s+)?$/i;

/** Words of a note that tell of the article, not of what it got wrong (no evidence of one subject). */
export const NOTE_OWN_WORDS: readonly string[] = (
  'article story post version earlier previous correction corrected clarification update updated ' +
  'said say stated reported gave show misstated incorrectly wrongly number figure editor note'
).split(' ');

/**
 * After a wrong name, the note's right one: a sentence or clause whose subject is the name's bearer
 * or the name ("; it is …", ". He is …", ". The correct spelling is …", ". Her name is …", ". The
 * man arrested is …"), then "is" (group 1: the words after it, where the name is read). A name after
 * a clause's "is" within the wrong name's own clause ("Lars Holm, who is Danish") is none.
 */
export const RIGHT_NAME_AFTER =
  /^[^;.]*[;.]\s*(?:it|she|he|they|(?:the\s+)?(?:correct|right|proper)\s+(?:name|spelling)|(?:his|her|their|its)\s+(?:name|surname|first name)|the\s+(?:[a-z]+\s+){0,3}[a-z]+)\s+(?:is|was|are)\s+(?:(?:spelled|spelt|named|called)\s+)?(.{2,80})/i;

/** A name in capitals opening a text (up to five words, "of"/"de"/"van" between): a note's right name. */
export const NAME_AT_START =
  /^(\p{Lu}(?:[\p{L}'’-]|\.(?=\p{L}))*(?:\s+(?:of\s+|de\s+|van\s+)?\p{Lu}(?:[\p{L}'’-]|\.(?=\p{L}))*){0,4})/u;

/** A misspelling's cue, after which "the name of X" gives the wrong spelling X when the note gives a right one. */
export const MISSPELT_NAME_OF =
  /\bmisspel(?:led|t)\s+(?:the\s+)?(?:name|surname|first name)\s+of\s+(\p{Lu}(?:[\p{L}'’-]|\.(?=\p{L}))*(?:\s+\p{Lu}(?:[\p{L}'’-]|\.(?=\p{L}))*){0,4})/u;

/** Verbs of saying and words of time that tell who gives a value or when, not what it counts ("Police now say …"). */
export const UPDATE_NEUTRAL_WORDS: readonly string[] = (
  'say said says saying tell told report reported reports confirm confirmed add added announce announced now ' +
  'update updated latest since'
).split(' ');
