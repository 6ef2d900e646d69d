// The tunables of the annotated article (annotated.ts: ranges to skip, headline-like sentences) and
// the number tokens quantities (quantities.ts) are read from.

/** Text inside parentheses that credits a photo or a wire ("(Photo by ...)", "(AP Photo/...)"). */
export const CREDIT_PAREN =
  /\([^()]*?(?:\bPhoto\b|\bphoto\b|Getty|Credit|\bvia AP\b|Reuters|\bAFP\b|Shutterstock|iStock)[^()]*\)/g;

/** Whole lines that are widget text, teasers or credits, never article prose. */
export const WIDGET_LINE =
  /^(?:Font Size:|Read More:|Also Read:|Read Next:|Related:|RELATED:|Credit:|Photo:|Image:|Share this|Click here|Sign up|Subscribe|Leave a Comment|Related Posts|Photo of author|Advertisement)/i;

/** Share of longer words that must be capitalised for a sentence to count as a Title-Case headline. */
export const TITLE_CASE_SHARE = 0.7;

/** Longest sentence (tokens) that may still be a headline when it ends with a full stop. */
export const TITLE_CASE_MAX_PROSE = 12;

/** Fewest capitalised longer words for a sentence to count as a headline. */
export const TITLE_CASE_MIN_WORDS = 3;

/** Number tokens: digits with thousands separators and decimals. */
export const NUMBER_RE = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/;

/** Words after a number that make it a clock time ("5 a.m."), not a quantity. */
export const CLOCK_RE =
  /^(a\.?m\.?|p\.?m\.?|o['’]clock|GMT|BST|UTC|ET|EST|EDT|CST|CDT|MST|MDT|PT|PST|PDT|CET|IST)$/i;

/** A time of day told in four digits, 24-hour ("0930", "1100", "2359"). */
export const FOUR_DIGIT_CLOCK_RE = /^(?:[01]\d|2[0-3])[0-5]\d$/;

/** Words of hours after a four-digit time of day ("1100 hrs", "0930 hours"). */
export const CLOCK_HOURS_RE = /^(?:hrs?|hours)$/i;

/** A plural noun's ending: -s, not a singular's -ss, -us or -is ("stimulus", "bus", "crisis", "tennis"). */
export const PLURAL_ENDING = /[^siu]s$/i;

/** Four-digit numbers read as years, not quantities. */
export const YEAR_RE = /^(1[89]|20)\d\d$/;

/** A transcript's speaker label at the start of a quoted paragraph: "WALLACE: …". */
export const TRANSCRIPT_LABEL = /^([A-Z][A-Z.'’ -]{1,30}[A-Z.]):\s/;
