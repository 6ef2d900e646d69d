import { DATE_GUARDS, OWNING_YEAR } from './patterns.ts';
import { type DateMention, SHIFTS } from './values.ts';

const SENTENCE_END = /[.!?][”"’]?\s+[A-Z]/;

/**
 * A month or day without its year after "next year's" / "last year's" / "this year's" in the text
 * falls in that year ("next year's festival would move to the first Saturday in April"), unless a
 * stated year comes between.
 */
export function withOwningYear(text: string, found: DateMention[]): DateMention[] {
  if (!DATE_GUARDS.period.test(text)) return found;
  const owners = [...text.matchAll(OWNING_YEAR)].map((m) => ({
    at: m.index,
    shift: SHIFTS[(m[1] ?? '').toLowerCase()] as -1 | 0 | 1,
  }));
  if (!owners.length) return found;
  const yeared = found.filter(
    (m) => m.value.kind === 'year' || ((m.value.kind === 'day' || m.value.kind === 'month') && m.value.year),
  );
  return found.map((m) => {
    const v = m.value;
    if ((v.kind !== 'day' && v.kind !== 'month') || v.year !== null) return m;
    const owner = owners.filter((o) => o.at < m.start).pop();
    if (!owner || yeared.some((y) => y.start > owner.at && y.start < m.start)) return m;
    // (in its own sentence only, when the text holds more than one)
    if (SENTENCE_END.test(text.slice(owner.at, m.start))) return m;
    return { ...m, value: { ...v, yearShift: owner.shift } };
  });
}

// Between a weekday and the week named right beside it ("Monday last week", "Monday of last week",
// "last week, on Monday").
const WEEK_BESIDE = /^[\s,]*(?:(?:of|on)\s+)?$/i;
// Between a week and a weekday in what was said then ("said last week that … on Thursday").
const SAID_THEN = /\bthat\b/i;

/**
 * A bare weekday in a sentence that names one week falls in that week when it is right beside it
 * ("Monday of last week") or in a clause told of that week ("said last week that … on Thursday");
 * otherwise the week tells another event ("shot … Monday at the firm from which he was fired last
 * week", "who was fired last week shot … Monday", "Monday's shooting follows two last week").
 */
export function withWeek(text: string, found: DateMention[]): DateMention[] {
  const weeks = found.filter((m) => m.value.kind === 'period' && m.value.unit === 'week');
  const named = weeks[0];
  if (weeks.length !== 1 || named?.value.kind !== 'period') return found;
  const week = named.value.shift;
  const between = (m: DateMention) =>
    named.start < m.start ? text.slice(named.end, m.start) : text.slice(m.end, named.start);
  return found.map((m) =>
    m.value.kind === 'weekday' &&
    m.value.shift === null &&
    (WEEK_BESIDE.test(between(m)) || (named.start < m.start && SAID_THEN.test(between(m))))
      ? { ...m, value: { ...m.value, week } }
      : m,
  );
}
