import type { Article, Stage } from '../../model/index.ts';
import { nearDuplicateNote } from '../../model/syndication-note.ts';
import { publishedInstant, publishedTogether, togetherNote } from '../../text/dates/published.ts';
import { rootOf } from '../../text/forest.ts';
import { originalOutlet } from '../clean/outlet.ts';
import { AGGREGATOR_NAME, AGGREGATOR_REASON, MIN_CONTAINMENT, MIN_SHARED } from './patterns.ts';
import { sharedCounts, shingleHashes } from './shingles.ts';

/** Options of the syndicate stage. */
export interface SyndicateOptions {
  /** Share of the smaller text's 5-word shingles that must appear in the other; default 0.5. */
  readonly minContainment?: number;
  /** Fewest shared shingles for a copy; default 8. */
  readonly minShared?: number;
}

/** The syndication group of an article: the id of the original it republishes, or its own id. */
export function syndicationGroupOf(article: Pick<Article, 'id' | 'syndicatedFrom'>): string {
  return article.syndicatedFrom ?? article.id;
}

/** The aggregator named in an article's removed disclaimer, `''` for an unnamed one, or null. */
export function aggregatorOf(article: Pick<Article, 'removed'>): string | null {
  const disclaimer = article.removed.find((r) => AGGREGATOR_REASON.test(r.reason));
  if (!disclaimer) return null;
  return AGGREGATOR_NAME.exec(disclaimer.text)?.[1]?.trim() ?? '';
}

/** The outlet that first published an article, as its removed republication note names it, or null. */
export function originalOutletOf(article: Pick<Article, 'removed'>): string | null {
  for (const r of article.removed) {
    if (!AGGREGATOR_REASON.test(r.reason)) continue;
    const name = originalOutlet(r.text);
    if (name) return name;
  }
  return null;
}

/**
 * Link republished copies to their original: texts sharing most of their 5-word shingles form a
 * group whose original is the earliest non-aggregator, longest article; the others get
 * `syndicatedFrom` and a note saying why. An article carrying an aggregator's disclaimer is noted as
 * a republication even when its original is not in the batch, and a note such as "This article
 * originally appeared on X" names the original outlet in `syndicationNote`.
 * @example
 * const linked = syndicate()(articles, ctx);
 */
export function syndicate(options: SyndicateOptions = {}): Stage<readonly Article[], Article[]> {
  const minContainment = options.minContainment ?? MIN_CONTAINMENT;
  const minShared = options.minShared ?? MIN_SHARED;
  return (articles) => {
    const n = articles.length;
    const sets = articles.map((a) => shingleHashes(a.text));
    const aggregators = articles.map(aggregatorOf);
    const parent = articles.map((_, i) => i);
    const pairs = sharedCounts(sets);
    const containmentOf = (i: number, j: number): number => {
      const shared = pairs.get(Math.min(i, j) * n + Math.max(i, j)) ?? 0;
      return shared / Math.max(1, Math.min(sets[i]?.length ?? 1, sets[j]?.length ?? 1));
    };
    for (const [key, shared] of pairs) {
      const i = Math.floor(key / n);
      const j = key % n;
      if (shared >= minShared && containmentOf(i, j) >= minContainment)
        parent[rootOf(parent, i)] = rootOf(parent, j);
    }
    const groups = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const r = rootOf(parent, i);
      const group = groups.get(r);
      if (group) group.push(i);
      else groups.set(r, [i]);
    }
    const out = articles.map((a) => ({ ...a }));
    for (const members of groups.values()) {
      const original = members.length > 1 ? pickOriginal(members, articles, aggregators) : members[0];
      for (const i of members) {
        const article = out[i] as Article;
        const aggregator = aggregators[i];
        const first = originalOutletOf(article);
        const notes: string[] = [];
        if (i !== original && original !== undefined) {
          article.syndicatedFrom = articles[original]?.id ?? null;
          const share = Math.round(containmentOf(i, original) * 100);
          notes.push(
            nearDuplicateNote(
              article.syndicatedFrom ?? '',
              share >= Math.round(minContainment * 100) ? share : null,
            ),
          );
          // the same minute, or the same day where one gives a day alone, names no original (the group's
          // is only the one ranked first), unless the copy's own note says it is one (an aggregator's,
          // "first published by")
          const together = publishedTogether(articles[original]?.publishedAt, article.publishedAt);
          if (together && aggregator === null && !first) notes.push(togetherNote(together));
        }
        if (aggregator !== null)
          notes.push(
            aggregator
              ? `republished by the automatic aggregator ${aggregator} (its disclaimer was removed from the text)`
              : 'republished by an automatic aggregator (its disclaimer was removed from the text)',
          );
        if (first && first !== article.outlet)
          notes.push(`first published by ${first} (its note was removed from the text)`);
        if (notes.length) article.syndicationNote = notes.join('; ');
      }
    }
    return out;
  };
}

// The original of a group: not an aggregator's copy, published first, of a named outlet (a file saved
// twice, its copy under no name, tells the named one as the original, whichever sorts first), longest,
// first in the input.
function pickOriginal(
  members: readonly number[],
  articles: readonly Article[],
  aggregators: readonly (string | null)[],
): number {
  // published first as an instant: times of two zones are not compared as text
  const at = (i: number) => publishedInstant(articles[i]?.publishedAt);
  const rank = (i: number): [number, number, number, number, number] => [
    aggregators[i] === null ? 0 : 1,
    Number.isNaN(at(i)) ? Number.POSITIVE_INFINITY : at(i),
    articles[i]?.outlet?.trim() ? 0 : 1,
    -(articles[i]?.wordCount ?? 0),
    i,
  ];
  return [...members].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let k = 0; k < ra.length; k++) {
      if (ra[k] === rb[k]) continue;
      return (ra[k] as number) < (rb[k] as number) ? -1 : 1;
    }
    return 0;
  })[0] as number;
}
