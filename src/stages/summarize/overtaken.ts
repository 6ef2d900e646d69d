// A story with follow-ups: a value its first reports gave that a later day's reports give anew (a
// toll of two, then of four; 140 homes damaged, then 310) is the story's earlier state, not its news.
import type { Evidence, Fact, Figure, SegmentedArticle } from '../../model/index.ts';
import { evidenceWithin } from '../../text/evidence.ts';
import { articleOutletKey } from '../../text/source.ts';
import type { Candidate } from './candidates.ts';
import { articleDays } from './periods.ts';

/** A value given anew on a later day: the value, what it counts, and the day it was given anew. */
export interface OvertakenValue {
  readonly value: number;
  /** Its unit, else the noun it counts ("homes"). */
  readonly measure: string;
  /** The day number of the earliest article giving another value of the same measure. */
  readonly since: number;
}

const measureOf = (f: Figure): string | null => f.unit ?? f.counts;

// Another value given later: the outlets giving it and the first day it was given.
interface Later {
  readonly outlets: Set<string>;
  readonly since: number;
}

// The figures written inside a sentence, with what each counts.
const figuresIn = (figures: readonly Figure[], e: Evidence | null): Figure[] =>
  e ? figures.filter((f) => f.occurrences.some((o) => evidenceWithin(o, e))) : [];

/**
 * The values a later day's reports give anew: of each fact that articles of a later day than every
 * article stating it (✓) are marked as giving another value of (coverage told 'other-value' or
 * 'later-value'), each value of the fact's own sentence whose measure the later sentences give one
 * other value of, and not this one, in two outlets' articles at least. Other values on the same day
 * are outlets differing (the differences show them), not a follow-up; so is one outlet alone giving
 * another value later (17 dead the next morning where three outlets gave seven: an outlier, not the
 * story's news); undated articles tell no order.
 * @example
 * overtakenValues(facts, figures, articles) // [{ value: 2, measure: 'people', since: 20517 }]
 */
export function overtakenValues(
  facts: readonly Fact[],
  figures: readonly Figure[],
  articles: readonly SegmentedArticle[],
): OvertakenValue[] {
  const days = articleDays(articles);
  const dayOf = new Map(articles.map((d, i) => [d.article.id, days[i] ?? null]));
  const outletOf = new Map(articles.map((d) => [d.article.id, articleOutletKey(d.article)]));
  // by earlier value and measure ("2 people"): each other value given later, its outlets and first day
  const anew = new Map<string, { value: number; measure: string; later: Map<number, Later> }>();
  for (const f of facts) {
    const cells = Object.entries(f.coverage);
    const stating = cells.filter(([, c]) => c.mark === 'supports');
    const stated = stating.map(([id]) => dayOf.get(id) ?? null);
    if (!stated.length || stated.some((d) => d === null)) continue;
    const last = Math.max(...(stated as number[]));
    // the figures of the fact's own sentence (its text), not all its stating sentences give ("two
    // died and 300 were evacuated" states a fact of the 300 too)
    const own = figuresIn(figures, f.evidence[0] ?? null);
    for (const [id, c] of cells) {
      const day = dayOf.get(id) ?? null;
      if ((c.told !== 'other-value' && c.told !== 'later-value') || day === null || day <= last) continue;
      const later = figuresIn(figures, c.evidence);
      for (const mine of own) {
        const measure = measureOf(mine);
        if (measure === null) continue;
        const same = later.filter((l) => measureOf(l) === measure);
        if (!same.length || same.some((l) => l.value === mine.value)) continue;
        const key = `${mine.value} ${measure}`;
        const known = anew.get(key) ?? { value: mine.value, measure, later: new Map<number, Later>() };
        anew.set(key, known);
        for (const v of new Set(same.map((l) => l.value))) {
          const given = known.later.get(v) ?? { outlets: new Set<string>(), since: day };
          given.outlets.add(outletOf.get(id) ?? id);
          known.later.set(v, { outlets: given.outlets, since: Math.min(given.since, day) });
        }
      }
    }
  }
  // (given anew by two outlets at least: one alone is an outlet differing)
  const out: OvertakenValue[] = [];
  for (const { value, measure, later } of anew.values()) {
    const agreed = [...later.values()].filter((l) => l.outlets.size >= 2);
    if (agreed.length) out.push({ value, measure, since: Math.min(...agreed.map((l) => l.since)) });
  }
  return out;
}

/**
 * The candidates that give a value the story's later reports give anew (`overtakenValues`), written
 * before that day: the summary tells the newer state, so they are left out.
 * @example
 * overtakenCandidates(candidates, overtaken, figures, articles) // Set { 3, 7 }
 */
export function overtakenCandidates(
  candidates: readonly Candidate[],
  overtaken: readonly OvertakenValue[],
  figures: readonly Figure[],
  articles: readonly SegmentedArticle[],
): Set<number> {
  const out = new Set<number>();
  if (!overtaken.length) return out;
  const days = articleDays(articles);
  const dayOf = new Map(articles.map((d, i) => [d.article.id, days[i] ?? null]));
  for (const c of candidates) {
    const day = dayOf.get(c.articleId) ?? null;
    if (day === null) continue;
    const given = figuresIn(figures, c.evidence);
    if (
      overtaken.some(
        (o) => day < o.since && given.some((f) => f.value === o.value && measureOf(f) === o.measure),
      )
    )
      out.add(c.index);
  }
  return out;
}
