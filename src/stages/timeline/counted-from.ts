import type { Token } from '../../model/index.ts';
import type { DateMention } from '../../text/dates/mentions.ts';
import { reportWeekday } from '../../text/dates/quoted-day.ts';
import { resolveDate } from '../../text/dates/resolve.ts';
import { WOULD } from './patterns.ts';
import type { Reference } from './reference.ts';
import { pastVerb } from './sentence-dates.ts';

// Which day a date mention of a sentence is counted from, and which way: a bare weekday of an article
// written before its event is the one ahead; a plan's weekday reported with "said on Friday … would" is
// counted from the saying's day (events.ts dates each sentence with these).

/**
 * In an article written before the event it announces, a bare weekday in a sentence told in the present
 * with no past form ("On Monday the cranes stop.") is the one ahead, not the one before.
 */
export function aheadIfPresent(
  m: DateMention,
  tokens: readonly Token[],
  reference: Reference | null,
): DateMention {
  if (!reference?.beforeEvent || m.future || m.value.kind !== 'weekday') return m;
  if (m.value.shift !== null || m.value.week !== undefined) return m;
  return tokens.some(pastVerb) ? m : { ...m, future: true };
}

/**
 * The day a reported plan's weekday is counted from: "X said on Friday the bridge would open on
 * Monday" tells the Monday after that Friday (a "would" after a reporting verb is ahead of the report,
 * not of the writing), so a weekday told as ahead after the saying's own weekday and a "would" is
 * counted from the saying's day; null for any other date (counted from the day of writing).
 */
export function reportedPlanDay(
  text: string,
  mentions: readonly DateMention[],
  reference: Reference | null,
): (m: DateMention) => number | null {
  const report = reference ? reportWeekday(text, mentions) : null;
  const said = report && reference ? resolveDate(report, reference.day) : null;
  if (!report || !said) return () => null;
  return (m) =>
    m.future &&
    m.value.kind === 'weekday' &&
    m.value.shift === null &&
    m.start > report.end &&
    WOULD.test(text.slice(report.end, m.start))
      ? said.day
      : null;
}
