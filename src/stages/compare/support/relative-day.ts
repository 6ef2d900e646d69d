// A time told from another event of the text ("the next day", "two weeks later"), read by the claim
// dates (dates.ts) as one key that any of its wordings share.
import type { Token } from '../../../model/index.ts';
import { dict } from '../../../text/data/dict.ts';
import { NUMBER_WORDS } from '../../../text/data/quantities.ts';
import { lookupOf } from '../text.ts';

const RELATIVE_UNITS: Readonly<Record<string, string>> = dict({
  day: 'd',
  days: 'd',
  morning: 'd',
  night: 'd',
  week: 'w',
  weeks: 'w',
});
const RELATIVE_UNIT = lookupOf(RELATIVE_UNITS);

/**
 * A time told from another event of the text, at token i (its unit word): "the next day", "the
 * following morning", "a day later", "two weeks later", "the day before", "the previous night", as
 * a key that any of its wordings share ("+1d"), else null. Only another wording of it states it.
 */
export function relativeDay(tokens: readonly Token[], i: number): string | null {
  const unit = RELATIVE_UNIT(tokens[i]?.norm ?? '');
  if (!unit) return null;
  const [b1, b2, a1] = [tokens[i - 1]?.norm, tokens[i - 2]?.norm, tokens[i + 1]?.norm];
  if (b2 === 'the' && (b1 === 'next' || b1 === 'following')) return `+1${unit}`;
  if (b2 === 'the' && b1 === 'previous') return `-1${unit}`;
  if (b1 === 'the' && (a1 === 'after' || a1 === 'before')) return `${a1 === 'after' ? '+' : '-'}1${unit}`;
  if (a1 === 'later' || a1 === 'earlier') {
    const n = b1 === 'a' || b1 === 'an' ? 1 : (NUMBER_WORDS[b1 ?? ''] ?? Number(b1));
    if (Number.isFinite(n) && n > 0) return `${a1 === 'later' ? '+' : '-'}${n}${unit}`;
  }
  return null;
}
