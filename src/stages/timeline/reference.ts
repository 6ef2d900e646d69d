import { dayOf, parseIsoDay } from './calendar.ts';
import type { DateMention } from './mentions.ts';
import { resolveDate } from './resolve.ts';

/** The date an article's relative expressions are resolved against, and whether it was inferred. */
export interface Reference {
  readonly day: number;
  /** True when the article has no publication date and the reference was inferred from stated dates. */
  readonly inferred: boolean;
}

/** What reference inference needs of one article: its publication date and its date expressions. */
export interface DatedArticle {
  readonly id: string;
  readonly publishedAt: string | null;
  readonly mentions: readonly DateMention[];
}

function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}

// Days that fix the story's years: full dates, the middle of "March of 2024" months, publication dates.
function yearAnchors(articles: readonly DatedArticle[]): number[] {
  const anchors: number[] = [];
  for (const article of articles) {
    const published = article.publishedAt ? parseIsoDay(article.publishedAt) : null;
    if (published !== null) anchors.push(published);
    for (const { value: v } of article.mentions) {
      if (v.kind === 'day' && v.year !== null) anchors.push(dayOf(v.year, v.month, v.day) ?? Number.NaN);
      if (v.kind === 'month' && v.year !== null) anchors.push(dayOf(v.year, v.month, 15) ?? Number.NaN);
    }
  }
  return anchors.filter(Number.isFinite);
}

// The latest day-precise date an article states in a past clause (a report is written after it).
function latestStated(article: DatedArticle, anchor: number | null): number | null {
  let latest: number | null = null;
  for (const mention of article.mentions) {
    if (mention.value.kind !== 'day' || mention.future) continue;
    const resolved = resolveDate(mention, anchor, 'closest');
    if (resolved && (latest === null || resolved.day > latest)) latest = resolved.day;
  }
  return latest;
}

// Spread of the article's bare past weekdays ("on Wednesday") when resolved against `reference`.
function weekdaySpread(article: DatedArticle, reference: number): number {
  const days = article.mentions
    .filter(
      (m) => m.value.kind === 'weekday' && m.value.shift === null && m.value.week === undefined && !m.future,
    )
    .map((m) => resolveDate(m, reference)?.day ?? reference);
  return days.length ? Math.max(...days) - Math.min(...days) : 0;
}

/**
 * Reference dates for a story's articles. A publication date is used as given. An undated article is
 * taken to be written on or after the latest day-precise date stated anywhere in the story (L); among
 * L .. L+slack it gets the earliest day that keeps its bare weekdays ("on Wednesday", "Thursday's
 * statement") closest together, since one report's weekdays usually fall in one week. Articles of a
 * story with no stated day and no publication date get no reference.
 */
export function inferReferences(
  articles: readonly DatedArticle[],
  slackDays: number,
): Map<string, Reference | null> {
  const anchor = median(yearAnchors(articles));
  const published = new Map(articles.map((a) => [a.id, a.publishedAt ? parseIsoDay(a.publishedAt) : null]));
  const bounds = articles
    .map((a) => published.get(a.id) ?? latestStated(a, anchor))
    .filter((d): d is number => d !== null);
  const bound = bounds.length ? Math.max(...bounds) : null;
  const out = new Map<string, Reference | null>();
  for (const article of articles) {
    const given = published.get(article.id) ?? null;
    if (given !== null) {
      out.set(article.id, { day: given, inferred: false });
      continue;
    }
    if (bound === null) {
      out.set(article.id, null);
      continue;
    }
    let best = bound;
    let bestSpread = weekdaySpread(article, bound);
    for (let day = bound + 1; day <= bound + slackDays; day++) {
      const spread = weekdaySpread(article, day);
      if (spread < bestSpread) [best, bestSpread] = [day, spread];
    }
    out.set(article.id, { day: best, inferred: true });
  }
  return out;
}
