import type { SegmentedArticle } from '../../model/index.ts';
import { titleTokens } from '../../text/headline.ts';
import { type ArticleFeatures, addHeadline, groupingOutletKey } from './features.ts';
import { type Kicker, kickerOf, seriesKey } from './kicker.ts';

/**
 * An article's headline kicker as a store keeps it, for a later grouping step to read series labels
 * from stored headlines (`seriesOf`): the kicker and its outlet, the words after it, and the lead
 * weights its words add (what the lead loses when the kicker is its outlet's series label).
 */
export interface StoredKicker extends Kicker {
  readonly outlet: string;
  readonly lead: readonly (readonly [string, number])[];
}

/**
 * The kicker of an article's headline (`kickerOf`) with the lead weights its words add, or null: no
 * known outlet, no kicker, or one the features already leave out (a label of the item's kind,
 * "Today's briefing:").
 */
export function storedKicker(doc: SegmentedArticle): StoredKicker | null {
  const outlet = groupingOutletKey(doc.article.outlet);
  const kicker = outlet ? kickerOf(titleTokens(doc) ?? []) : null;
  if (!outlet || !kicker) return null;
  const whole = new Map<string, number>();
  const without = new Map<string, number>();
  addHeadline(whole, doc, new Set());
  addHeadline(without, doc, new Set([seriesKey(outlet, kicker.kicker)]));
  const lead = [...whole]
    .map(([key, weight]) => [key, weight - (without.get(key) ?? 0)] as const)
    .filter(([, weight]) => weight > 1e-9);
  return lead.length ? { outlet, ...kicker, lead } : null;
}

/**
 * The features with a series label's words taken out of the lead, as `runFeatures` reads them when the
 * kicker is its outlet's series label in `series` (`seriesOf`); else the features as they are.
 */
export function withoutSeriesKicker(
  features: ArticleFeatures,
  kicker: StoredKicker | undefined,
  series: ReadonlySet<string>,
): ArticleFeatures {
  if (!kicker || !series.has(seriesKey(kicker.outlet, kicker.kicker))) return features;
  const lead = new Map(features.lead);
  for (const [key, weight] of kicker.lead) {
    const left = (lead.get(key) ?? 0) - weight;
    if (left > 1e-9) lead.set(key, left);
    else lead.delete(key);
  }
  return { ...features, lead };
}
