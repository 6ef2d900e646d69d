import type { Token } from '../../model/index.ts';
import { timeOfDayAt } from '../../text/clock.ts';
import type { VerbOfDate } from './told.ts';

// The words that set a plan after another event: "will close after a vote on Sunday night", "will
// reopen following an inspection on Monday". The event they name is the plan's anchor.
const ANCHOR_WORDS: ReadonlySet<string> = new Set(['after', 'following']);
// what may stand between the anchor word and the date: the anchor's noun phrase ("a narrow council vote")
const ANCHOR_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/**
 * Whether the date at offset `at` dates the event a plan is set after, not the plan: an "after" or
 * "following" and then only that event's noun phrase stand before the date ("will close after a
 * narrow council vote on Sunday night", "After the hearing on Monday the board will vote"). Its mood is not told (the vote may be past or
 * ahead, as "will reopen after an inspection on Monday"), so neither the plan's nor the writing's
 * tense dates it.
 */
export function datesPlanAnchor(tokens: readonly Token[], at: number, verb: VerbOfDate): boolean {
  let k = tokens.findIndex((t) => t.end > at);
  if (k < 0) k = tokens.length;
  // the date's own preposition ("on", "at")
  if (tokens[k - 1]?.pos === 'ADP') k--;
  let noun = false;
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (ANCHOR_WORDS.has(t.norm)) return noun;
    // "will close after 10 p.m. on Sunday", "after midnight on Friday": a time of day is no event
    if (timeOfDayAt(tokens, j)) continue;
    // the date's verb may be the anchor's noun the tagger read as a verb ("a council vote")
    if (j === verb.verb || t.pos === 'NOUN') noun = true;
    else if (!ANCHOR_POS.has(t.pos)) return false;
  }
  return false;
}
