// A date a headline or lead names may be the time of another event the article compares its own
// with: "crews walked out on Monday, as they did in May" tells of a new walkout and recalls May's,
// a look-alike. Such a date names no time of the article's event, so it bridges no gap in time to
// the look-alike's story (particulars.ts, `timesOf`); a follow-up names its event's time otherwise
// ("over the May 2023 strike", "who killed two co-workers in September").
import { clauseStartAt } from '../../text/dates/mentions.ts';
import { CLAUSE_BREAK } from '../../text/dates/patterns.ts';
import { RECALL_WORDS } from './data/recall-words.ts';

const OPENERS = new Set<string>(RECALL_WORDS.openers);
const PRO_VERBS = new Set<string>(RECALL_WORDS.proVerbs);
const ADVERBS = new Set<string>(RECALL_WORDS.adverbs);
const DATE_LEADS = new Set<string>(RECALL_WORDS.dateLeads);

/** What ends the clause a date is read in: a clause break or a sentence's full stop. */
const CLAUSE_OR_SENTENCE = new RegExp(`${CLAUSE_BREAK.source}|\\.`);

/** Subject words a comparison's clause may hold before its stand-in verb ("as the crews did"). */
const SUBJECT_WORDS = 3;

/**
 * True when the date starting at `at` in `text` closes a comparison with a like event: the words of
 * its clause after the last "as" or "like" are only words that lead a date ("as in 2023"), or a
 * short subject and a verb that repeats the clause's action ("as they did in May", "as crews had
 * done last May"), its adverbs and such words. Not the second "as" of "as early as May".
 * @example
 * recalledAt('They struck on Monday, as they did in May.', 35) // true
 */
export function recalledAt(text: string, at: number): boolean {
  // (a number's comma or point, "5,000", is no break: `clauseStartAt`)
  const from = clauseStartAt(text, at, CLAUSE_OR_SENTENCE);
  const words =
    text
      .slice(from, at)
      .toLowerCase()
      .match(/[\p{L}']+/gu) ?? [];
  const opener = words.findLastIndex((w) => OPENERS.has(w));
  if (opener < 0 || words[opener - 2] === 'as') return false;
  const rest = words.slice(opener + 1);
  while (rest.length && DATE_LEADS.has(rest[rest.length - 1] as string)) rest.pop();
  while (rest.length && ADVERBS.has(rest[rest.length - 1] as string)) rest.pop();
  if (!rest.length) return true;
  // the stand-in verb last ("did", "had done"), after at most a short subject
  let verbs = 0;
  while (rest.length && PRO_VERBS.has(rest[rest.length - 1] as string)) {
    rest.pop();
    verbs++;
  }
  return verbs > 0 && rest.length <= SUBJECT_WORDS;
}
