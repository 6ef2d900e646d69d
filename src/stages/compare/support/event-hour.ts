// The hour a sentence tells its own event at: of the times of day it tells (text/day-part-time.ts),
// only one told with the event's verb, not one of another event in the sentence ("The council, which
// had met at 9 a.m., voted at 7 p.m."; "After a 10 a.m. briefing, crews reached the site Wednesday
// night"; "The ferry sank Wednesday, hours before a storm warning took effect at 8 p.m.") nor a bound
// ("under control by 6 p.m."). Read by before-event.ts: an article of the event's day published
// before that hour was written before the event.
import type { Token } from '../../../model/index.ts';
import { timesOfDay } from '../../../text/day-part-time.ts';
import { stem } from '../../../text/normalise.ts';
import { verbOfDate } from '../../timeline/told.ts';
import type { Claim } from '../claims.ts';
import { HOUR_BOUND_WORDS, OTHER_EVENT_OPENERS } from '../data/hour-words.ts';
import { REPORTING_STEMS } from '../data/word-forms.ts';
import { baseStem } from './reading.ts';
import { sameClass } from './relations.ts';

// Where a clause or phrase ends, looking back from a word.
const BREAK = /^[,;:()—–]$/;

const stemOf = (t: Token): string => baseStem(stem(t.text));
const saying = (t: Token | undefined): boolean => t?.pos === 'VERB' && REPORTING_STEMS.has(stemOf(t));

// Whether token i stands after a word that opens another event's phrase or clause, back to the
// clause's break (OTHER_EVENT_OPENERS): "that" not after a verb of saying ("said Wednesday that").
function ofAnotherEvent(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (BREAK.test(t.text)) return false;
    if (!OTHER_EVENT_OPENERS.has(t.norm)) continue;
    if (t.norm !== 'that' || ![1, 2, 3].some((back) => saying(tokens[k - back]))) return true;
  }
  return false;
}

// Whether the time of day at token i is a bound: a word of HOUR_BOUND_WORDS right before it, past
// adverbs ("well by 6 p.m.").
function bound(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (tokens[k]?.pos === 'ADV') k--;
  return HOUR_BOUND_WORDS.has(tokens[k]?.norm ?? '');
}

/**
 * The verbs a claim tells its own event by, as base stems: its verbs but those of saying and those
 * in another event's phrase or clause ("The ferry sank Wednesday, hours before a storm warning took
 * effect": "sink").
 */
export function eventVerbs(claim: Claim): Set<string> {
  const tokens = claim.tokens;
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.pos === 'VERB' && !saying(t) && !ofAnotherEvent(tokens, i)) out.add(stemOf(t));
  });
  return out;
}

// The claim's words as one line, each where it stands after the first (gaps as spaces), and where
// each token starts in that line.
function lineOf(tokens: readonly Token[]): { line: string; starts: number[] } {
  let line = '';
  const starts: number[] = [];
  const from = tokens[0]?.start ?? 0;
  for (const t of tokens) {
    line = line.padEnd(t.start - from, ' ');
    starts.push(line.length);
    line += t.text;
  }
  return { line, starts };
}

/**
 * The earliest time of day, in minutes after midnight, that `claim` tells its fact's event at: a time
 * in no other event's phrase or clause and no bound, whose verb (the timeline's `verbOfDate`) is
 * one of `verbs` (the fact's own, `eventVerbs`) or of its class; null for none.
 * @example
 * // 'The council, which had met at 9 a.m., voted at 7 p.m. to ask the state to close the quarry.'
 * eventHour(claim, new Set(['vot'])) // 1140
 */
export function eventHour(claim: Claim, verbs: ReadonlySet<string>): number | null {
  const tokens = claim.tokens;
  const { line, starts } = lineOf(tokens);
  const hours: number[] = [];
  for (const { minute, index } of timesOfDay(line)) {
    const k = starts.findLastIndex((s) => s <= index);
    const at = tokens[k];
    if (!at || ofAnotherEvent(tokens, k) || bound(tokens, k)) continue;
    const found = verbOfDate(tokens, at.start);
    const verb = tokens[found.verb];
    if (!verb || found.copula || saying(verb) || ofAnotherEvent(tokens, found.verb)) continue;
    const told = stemOf(verb);
    if ([...verbs].some((v) => sameClass(v, told))) hours.push(minute);
  }
  return hours.length ? Math.min(...hours) : null;
}
