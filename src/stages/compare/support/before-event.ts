import type { Claim } from '../claims.ts';
import { earliestDay } from './event-dates.ts';
import { planAgainstDone } from './plan-done.ts';
import { tellsPastPlan } from './plan-told.ts';
import type { Reading } from './reading.ts';

/**
 * The first day a fact's event is dated to, from its supporters' resolved dates (a statement's day
 * too, "said Thursday": an article before it cannot tell it; a "today" from the day before its
 * article's, earliestDay), never a day after one of the supporters' own articles: an article cannot
 * tell as done what came after it ("the September 11 attacks" in an article of August 2013,
 * resolved to the nearest September 11, 2013).
 */
export function eventDay(
  supporters: readonly Claim[],
  readingOf: (index: number) => Reading,
  publishedDay: (articleId: string) => number | null,
): number | null {
  const latest = Math.min(...supporters.map((c) => publishedDay(c.articleId) ?? Number.POSITIVE_INFINITY));
  for (const c of supporters)
    for (const d of readingOf(c.index).dates) {
      if (!d.monthDay || d.year === null) continue;
      const day = earliestDay(d);
      if (day !== null && day <= latest) return day;
    }
  return null;
}

/**
 * Whether `claim`, judged planned-vs-happened against the fact's claim `rep`, tells as planned what
 * the fact tells as done, so was written before the event: not where the fact is a quotation (a
 * statement, not an event one can be published before), nor a plan told as past ("were planning
 * to", "was to release … yesterday": told after it), nor where the plan is the fact's own ("whom the
 * couple were planning to name" against "had named": that article tells it as done).
 */
export function toldAsPlanned(rep: Claim, claim: Claim, readingOf: (index: number) => Reading): boolean {
  const fact = readingOf(rep.index);
  return (
    fact.modality === 'happened' &&
    !rep.quoted &&
    !tellsPastPlan(claim.tokens) &&
    planAgainstDone(fact, readingOf(claim.index))?.[1] === 'planned'
  );
}
