import type { SegmentedArticle } from '../../model/index.ts';
import type { DateSource } from '../../stages/cluster/article-day.ts';
import type { ArticleFeatures, TitleSource } from '../../stages/cluster/index.ts';
import type { Particulars } from '../../stages/cluster/particulars.ts';
import { type StoredKicker, storedKicker, withoutSeriesKicker } from '../../stages/cluster/stored-series.ts';

/**
 * What the store keeps of an article for the online grouping (`NewArticle.features`): the cluster
 * stage's features as plain JSON, and what a story's title is read from, so that a later ingest
 * places new articles and titles stories without reading stored texts again.
 */
export interface StoredFeatures {
  readonly v: 1;
  readonly day: number | null;
  readonly dateSource: DateSource | null;
  readonly names: readonly (readonly [string, number])[];
  readonly lead: readonly (readonly [string, number])[];
  readonly body: readonly (readonly [string, number])[];
  /** Trigger words and named days of the headline and first sentence (absent in rows stored before them). */
  readonly particulars?: Particulars;
  /** Its outlet as the grouping tells outlets apart (`groupingOutletKey` of cluster/features.ts; absent in rows stored before it). */
  readonly outlet?: string | null;
  /** Its headline's kicker and the lead weights of its words (`storedKicker`; absent when none, and in rows stored before it). */
  readonly kicker?: StoredKicker;
  readonly title: string | null;
  readonly titleInferred: boolean;
  readonly syndicated: boolean;
  /** The first sentence, the title of a story none of whose articles has a headline. */
  readonly opening: string;
}

/** The stored form of an article's grouping features (name spellings, used only to explain, are left out). */
export function storeFeatures(features: ArticleFeatures, doc: SegmentedArticle): StoredFeatures {
  const { article } = doc;
  const first = doc.sentences[0];
  const kicker = storedKicker(doc);
  return {
    v: 1,
    day: features.day,
    dateSource: features.dateSource,
    names: [...features.names],
    lead: [...features.lead],
    body: [...features.body],
    ...(features.particulars ? { particulars: features.particulars } : {}),
    ...(features.outlet !== undefined ? { outlet: features.outlet } : {}),
    ...(kicker ? { kicker } : {}),
    title: article.title,
    titleInferred: article.titleInferred,
    syndicated: article.syndicatedFrom !== null,
    opening: first ? article.text.slice(first.start, first.end) : '',
  };
}

/** Misuse: a features value this version did not write (another program's, or a newer format). */
export class FeaturesFormatError extends Error {}

/** The headline kicker stored with an article's features (`storedKicker`), null when none was. */
export function kickerOfStored(stored: unknown): StoredKicker | null {
  return (stored as Partial<StoredFeatures> | null)?.kicker ?? null;
}

/**
 * Read stored features back as the grouper's `ArticleFeatures` of the article `id`, and its title
 * source; a headline kicker that is its outlet's series label in `series` (`seriesOf` of the stored
 * kickers) is left out of the lead, as `analyze` leaves it out (`runFeatures`).
 */
export function loadFeatures(
  id: string,
  stored: unknown,
  series: ReadonlySet<string> = new Set(),
): { features: ArticleFeatures; title: TitleSource } {
  const f = stored as StoredFeatures;
  if (!f || typeof f !== 'object' || f.v !== 1)
    throw new FeaturesFormatError(`article ${id}: stored grouping features of an unknown format`);
  return {
    features: withoutSeriesKicker(read(id, f), f.kicker, series),
    title: {
      article: {
        title: f.title,
        titleInferred: f.titleInferred,
        syndicatedFrom: f.syndicated ? 'copy' : null,
        text: f.opening,
      },
      sentences: f.opening ? [{ start: 0, end: f.opening.length }] : [],
    },
  };
}

// The grouper's features of stored ones, as stored.
function read(id: string, f: StoredFeatures): ArticleFeatures {
  return {
    id,
    day: f.day,
    dateSource: f.dateSource,
    names: new Map(f.names),
    lead: new Map(f.lead),
    body: new Map(f.body),
    labels: new Map(),
    ...(f.particulars ? { particulars: f.particulars } : {}),
    ...(f.outlet !== undefined ? { outlet: f.outlet } : {}),
  };
}
