import type { FactMark } from '../../model/index.ts';
import { eventDayKeys } from '../../text/dates/event-days.ts';
import { stem } from '../../text/normalise.ts';
import type { Claim } from './claims.ts';
import { EVENT_WORDS } from './data/outcome-cues.ts';
import type { CheckedFact } from './support/facts.ts';
import { tellsPastPlan } from './support/plan-told.ts';
import type { Reading } from './support/reading.ts';

const EVENT_STEMS = new Set(EVENT_WORDS.map(stem));

// The kinds of event a claim names (a meeting, talks, a visit), by stem: "met" and "meet" are one.
const eventsOf = (c: Claim): string[] => c.stems.filter((s) => EVENT_STEMS.has(s));

/**
 * An article that announces, for the day a meeting, visit or talks took place, the same kind of event
 * as still ahead ("the city would meet the union … later on Tuesday", in an article of that Tuesday)
 * was written before it: on the fact that tells it as done it is "published before" (◷, with that
 * sentence), not "does not mention it", even where it names the participants otherwise ("the bus
 * drivers' union" for the union's name) and the judge found too little in common to call it the plan
 * of the same event. Only articles marked absent change; a quotation and a plan told as past ("were
 * planning to") are no plan of the writer's time.
 * @example
 * // a6: "City officials, the NRTA and the union met on Tuesday"; a2 (dated that Tuesday): "… would meet … later on Tuesday"
 * markPlansBeforeEvent(checked, claims, readingOf) // a2: published-before on a6's fact
 */
export function markPlansBeforeEvent(
  checked: readonly CheckedFact[],
  claims: readonly Claim[],
  readingOf: (index: number) => Reading,
): CheckedFact[] {
  return markAbsentOnEvents(
    checked,
    claims,
    // the days of the event, not of a statement ("said Thursday"); a weekday alone dates no plan
    (c) => eventDayKeys(readingOf(c.index).dates, 'never'),
    (c, kinds, days) => {
      if (!eventsOf(c).some((s) => kinds.has(s))) return false;
      const r = readingOf(c.index);
      return (
        r.modality === 'planned' &&
        !tellsPastPlan(c.tokens) &&
        eventDayKeys(r.dates, 'never').some((d) => days.has(d))
      );
    },
    { mark: 'published-before', reason: 'tells it as planned for the day it took place', told: 'as-planned' },
  );
}

/**
 * Mark the articles left absent on a fact that tells a meeting, visit or talks as done, dated by its
 * supporters (`daysOf`), where one of their claims that name an event (not quoted) is `found` for
 * the fact's kinds of event and days: that claim is the mark's evidence.
 */
export function markAbsentOnEvents<T>(
  checked: readonly CheckedFact[],
  claims: readonly Claim[],
  daysOf: (c: Claim) => readonly T[],
  found: (c: Claim, kinds: ReadonlySet<string>, days: ReadonlySet<T>) => boolean,
  mark: Omit<FactMark, 'evidence'>,
): CheckedFact[] {
  // the claims naming an event, by article: the only ones that can tell one
  const byArticle = new Map<string, Claim[]>();
  for (const c of claims)
    if (!c.quoted && eventsOf(c).length) {
      const list = byArticle.get(c.articleId) ?? [];
      list.push(c);
      byArticle.set(c.articleId, list);
    }
  if (!byArticle.size) return [...checked];
  return checked.map((fact) => {
    if (fact.modality !== 'happened') return fact;
    const kinds = new Set(fact.supporters.flatMap(eventsOf));
    if (!kinds.size) return fact;
    const days = new Set(fact.supporters.flatMap(daysOf));
    if (!days.size) return fact;
    let marks: Map<string, FactMark> | null = null;
    for (const [articleId, was] of fact.marks) {
      if (was.mark !== 'absent') continue;
      const claim = (byArticle.get(articleId) ?? []).find((c) => found(c, kinds, days));
      if (!claim) continue;
      marks ??= new Map(fact.marks);
      marks.set(articleId, { ...mark, evidence: { articleId, span: { ...claim.span } } });
    }
    return marks ? { ...fact, marks } : fact;
  });
}
