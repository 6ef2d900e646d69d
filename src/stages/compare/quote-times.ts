import { isCalendarWord } from '../../text/calendar.ts';
import { YEAR_RE } from '../../text/patterns.ts';

// Words that time what a sentence tells by the day it was written ("next year", "last week").
const RELATIVE = new Set(['next', 'last', 'this', 'coming']);
const SPANS = new Set(['year', 'month', 'week', 'weekend', 'spring', 'summer', 'autumn', 'fall', 'winter']);
const DAYS = new Set(['today', 'tonight', 'tomorrow', 'yesterday']);

/** The times a text names: month and weekday names, years, "next year" and the like, lower case. */
export function timesNamed(text: string): ReadonlySet<string> {
  const words = text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
  const out = new Set<string>();
  words.forEach((w, i) => {
    if (isCalendarWord(w) || DAYS.has(w) || YEAR_RE.test(w)) out.add(w);
    else if (SPANS.has(w) && RELATIVE.has(words[i - 1] ?? '')) out.add(`${words[i - 1]} ${w}`);
  });
  return out;
}

/**
 * Whether a sentence names a time for what a quote tells and none the quote names ("might close
 * next year" / "will close at the end of January"): another account, no paraphrase of the quote.
 */
export function otherTimeNamed(quote: ReadonlySet<string>, sentence: string): boolean {
  if (quote.size === 0) return false;
  const own = timesNamed(sentence);
  return own.size > 0 && ![...own].some((t) => quote.has(t));
}
