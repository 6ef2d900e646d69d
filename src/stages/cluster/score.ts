import { firstAtLeast } from '../../text/sorted.ts';
import type { Signal } from './counts.ts';
import { type Particulars, StoryParticulars } from './particulars.ts';
import {
  FAR_IN_TIME_FACTOR,
  LEAD_ALONE,
  SITE_CONFLICT_DAYS,
  SITE_CONFLICT_PENALTY,
  TIME_WINDOW_DAYS,
  TRIGGER_BONUS,
  WEIGHTS,
  WHEN_CONFLICT_PENALTY,
} from './patterns.ts';
import { emptySites, type SiteIds, type StorySites, siteConflict, updateSites } from './sites.ts';
import { Centroid, type Packed } from './vectors.ts';

/** The tunables of the score (defaults in patterns.ts). */
export interface ScoreTuning {
  readonly weights: { readonly lead: number; readonly names: number; readonly body: number };
  /** The weighted sum is at least this times the lead cosine (`LEAD_ALONE`). */
  readonly leadAlone: number;
  readonly timeWindowDays: number;
  readonly farInTimeFactor: number;
  readonly triggerBonus: number;
  readonly whenConflictPenalty: number;
  readonly siteConflictPenalty: number;
  readonly siteConflictDays: number;
}

/** The score's tunables as patterns.ts sets them. */
export const DEFAULT_TUNING: ScoreTuning = {
  weights: WEIGHTS,
  leadAlone: LEAD_ALONE,
  timeWindowDays: TIME_WINDOW_DAYS,
  farInTimeFactor: FAR_IN_TIME_FACTOR,
  triggerBonus: TRIGGER_BONUS,
  whenConflictPenalty: WHEN_CONFLICT_PENALTY,
  siteConflictPenalty: SITE_CONFLICT_PENALTY,
  siteConflictDays: SITE_CONFLICT_DAYS,
};

/** An article as the grouping compares it: IDF-weighted unit vectors of its three signals, its day and particulars. */
export interface ArticleVectors {
  readonly lead: Packed;
  readonly names: Packed;
  readonly body: Packed;
  readonly day: number | null;
  /** Trigger words and named days of its headline and first sentence, when read. */
  readonly particulars?: Particulars | undefined;
  /** Each signal's share of its whole weight its vector keeps (`Weighted.kept`), when known. */
  readonly kept?: Readonly<Record<Signal, number>> | undefined;
  /** The sites its headline and first sentence name, as name ids (`siteIds`), when read. */
  readonly sites?: SiteIds | undefined;
}

/** A story as the grouping compares it: the centroids of its articles' signals and their dated range. */
export interface StoryProfile {
  readonly lead: Centroid;
  readonly names: Centroid;
  readonly body: Centroid;
  /** Days of its dated articles, ascending (with those `Grouper.remember` adds). */
  readonly days: number[];
  /** The dates its articles' headlines and leads name (`Particulars.times`), each span with its count. */
  readonly times: Map<string, { readonly span: readonly [number, number]; readonly n: number }>;
  readonly particulars: StoryParticulars;
  /**
   * The kept shares (`ArticleVectors.kept`) of its articles that carry them, summed per signal, and
   * how many they are: a story of one such article knows that article's (`heldShare`).
   */
  readonly kept: Record<Signal, number> & { n: number };
  /** Its articles' sites (`updateSites`). */
  readonly sites: StorySites;
}

/** The parts of one article-to-story score, for `--explain-grouping`. */
export interface ScoreParts {
  readonly lead: number;
  readonly names: number;
  readonly body: number;
  /** Cosine of the trigger words, and how much the named weekdays and months disagree (0..1). */
  readonly triggers: number;
  readonly whenConflict: number;
  /** Whether the article's lead names a site the story's do not (`siteConflict`). */
  readonly siteConflict: boolean;
  /** Days between the article and the story's anchor day (`anchorDay`); null when either is undated. */
  readonly gapDays: number | null;
  /** True when `gapDays` is measured from a date the article's or the story's headlines and leads name. */
  readonly gapNamed: boolean;
  readonly score: number;
}

/** An empty story profile. */
export function emptyProfile(): StoryProfile {
  return {
    lead: new Centroid(),
    names: new Centroid(),
    body: new Centroid(),
    days: [],
    times: new Map(),
    particulars: new StoryParticulars(),
    kept: { lead: 0, names: 0, body: 0, n: 0 },
    sites: emptySites(),
  };
}

/** Add (`sign` 1) or take away (`sign` -1) one article from a story profile. */
export function updateProfile(profile: StoryProfile, article: ArticleVectors, sign: 1 | -1): void {
  profile.lead.update(article.lead, sign);
  profile.names.update(article.names, sign);
  profile.body.update(article.body, sign);
  if (article.particulars) profile.particulars.update(article.particulars, sign);
  if (article.sites) updateSites(profile.sites, article.sites, sign);
  if (article.kept) {
    for (const signal of ['lead', 'names', 'body'] as const)
      profile.kept[signal] += sign * article.kept[signal];
    profile.kept.n += sign;
  }
  for (const span of article.particulars?.times ?? []) {
    const key = `${span[0]}:${span[1]}`;
    const n = (profile.times.get(key)?.n ?? 0) + sign;
    if (n > 0) profile.times.set(key, { span, n });
    else profile.times.delete(key);
  }
  if (article.day === null) return;
  const at = firstAtLeast(profile.days, article.day);
  if (sign === 1) profile.days.splice(at, 0, article.day);
  else if (profile.days[at] === article.day) profile.days.splice(at, 1);
}

/**
 * A story's anchor day: the day a quarter of its dated articles (`days`, ascending) precede, so its
 * start (the event and its first coverage), not a stray early date, and not its latest article: a
 * window measured from the story's range would move with every article that joins, and look-alike
 * stories a few weeks apart would chain into one that grows with the feed. Null when none is dated.
 */
export function anchorDay(days: readonly number[]): number | null {
  return days.length ? (days[(days.length - 1) >> 2] as number) : null;
}

// Days from `day` to the nearest day of the spans (0 inside one; Infinity when there are none).
function distance(day: number, spans: Iterable<readonly [number, number]>): number {
  let gap = Number.POSITIVE_INFINITY;
  for (const [first, last] of spans) gap = Math.min(gap, Math.max(0, first - day, day - last));
  return gap;
}

// Days between the article and the story's anchor day, or between one's day and a date the other's
// headlines and leads name, when nearer: a follow-up a year on tells of its event's time ("convicted
// of the 2010 shooting"), a look-alike of its own. Read only beyond the window (within it the score
// is the same), and a named date never makes the gap longer.
function gapOf(article: ArticleVectors, story: StoryProfile, window: number): number | null {
  const anchor = anchorDay(story.days);
  if (article.day === null || anchor === null) return null;
  const gap = Math.abs(article.day - anchor);
  if (gap <= window) return gap;
  let named = distance(anchor, article.particulars?.times ?? []);
  for (const { span } of story.times.values()) named = Math.min(named, distance(article.day, [span]));
  return Math.min(gap, named);
}

/**
 * The score of an article against a story: a weighted sum of the cosines of its headline-and-lead,
 * names and body vectors with the story's centroids (a signal the article or the whole story lacks, names or
 * body, is left out and the other weights rescaled), at least `leadAlone` times the lead's cosine, plus
 * `triggerBonus` times the cosine of their
 * trigger words; multiplied by `1 - whenConflictPenalty × ` how much the weekdays and months they name
 * disagree, by `1 - siteConflictPenalty` when the article's lead names a site the story's do not (of close days or undated), and, when the article lies more than `timeWindowDays` from the story's anchor day, by
 * `farInTimeFactor` once per window of the gap.
 */
export function scoreAgainst(
  article: ArticleVectors,
  story: StoryProfile,
  tuning: ScoreTuning = DEFAULT_TUNING,
): ScoreParts {
  const { weights } = tuning;
  const lead = story.lead.cosine(article.lead);
  const names = story.names.cosine(article.names);
  const body = story.body.cosine(article.body);
  // a signal one side lacks altogether (a headline-only article, a story without names) is left out
  const hasNames = article.names.ids.length > 0 && story.names.size > 0;
  const hasBody = article.body.ids.length > 0 && story.body.size > 0;
  const total = weights.lead + (hasBody ? weights.body : 0) + (hasNames ? weights.names : 0);
  const sum =
    weights.lead * lead + (hasBody ? weights.body * body : 0) + (hasNames ? weights.names * names : 0);
  const gapDays = gapOf(article, story, tuning.timeWindowDays);
  const gapNamed =
    gapDays !== null && gapDays !== Math.abs((article.day as number) - (anchorDay(story.days) as number));
  const far = gapDays !== null && gapDays > tuning.timeWindowDays;
  const factor = far ? tuning.farInTimeFactor ** ((gapDays as number) / tuning.timeWindowDays) : 1;
  const p = article.particulars;
  const triggers = p ? story.particulars.triggerCosine(p) : 0;
  const whenConflict = p ? story.particulars.whenConflict(p) : 0;
  // (of close days, or undated: a story's later news moves to other places, the trial to the court)
  const sites =
    (gapDays === null || gapDays <= tuning.siteConflictDays) &&
    siteConflict(article.sites, article.names, story.sites, story.names);
  const penalty =
    (1 - tuning.whenConflictPenalty * whenConflict) * (sites ? 1 - tuning.siteConflictPenalty : 1);
  const mix = Math.max(sum / total, tuning.leadAlone * lead);
  const score = (mix + tuning.triggerBonus * triggers) * penalty * factor;
  return { lead, names, body, triggers, whenConflict, siteConflict: sites, gapDays, gapNamed, score };
}

/**
 * How well one story's articles match another story's, on average: the mean of two means over the
 * articles of `own`, each article's score against the other story (`target`, the centroids of
 * `theirs`) and against its best-matching single article of `theirs` (0 when either is empty). A
 * centroid blurs what tells look-alike events apart (another ship, other people); pieces of one
 * event told by other outlets match some article of the other piece better than its centroid.
 */
export function storyMatch(
  own: readonly ArticleVectors[],
  target: StoryProfile,
  theirs: readonly ArticleVectors[],
  tuning: ScoreTuning = DEFAULT_TUNING,
): number {
  if (!own.length || !theirs.length) return 0;
  const singles = theirs.map((article) => {
    const profile = emptyProfile();
    updateProfile(profile, article, 1);
    return profile;
  });
  let sum = 0;
  for (const article of own) {
    let top = 0;
    for (const one of singles) top = Math.max(top, scoreAgainst(article, one, tuning).score);
    sum += (top + scoreAgainst(article, target, tuning).score) / 2;
  }
  return sum / own.length;
}
