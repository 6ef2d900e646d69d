import { cosine, type Vector } from '../../text/vectors.ts';
import type { Candidate } from './candidates.ts';
import type { Telling } from './modality.ts';
import { type Pending, relevance } from './select.ts';
import type { SupportFinder } from './support.ts';

/** What each sentence's worth is weighed against: the story's vectors, its sources, the tellings. */
export interface WorthContext {
  /** Every candidate's TF-IDF vector, by its index. */
  readonly vectors: readonly Vector[];
  /** The story's centroid, and the outlets' own titles as one bag. */
  readonly centroid: Vector;
  readonly titles: Vector;
  /** Independent sources in the story. */
  readonly totalSources: number;
  /** Its words the other sources use too (see `sharedWords`). */
  readonly shared: (c: Candidate) => number;
  /** How each candidate tells its event (see `candidateTellings`), by its index. */
  readonly tellings: readonly (Telling | null)[];
  readonly supports: SupportFinder;
}

/**
 * The sentences selection may choose, each weighed at once from above (every source supporting,
 * then every source with a sentence alike) and by its support only when selection asks for it.
 */
export function pendingOf(usable: readonly Candidate[], context: WorthContext): Pending[] {
  const { vectors, centroid, titles, totalSources, shared, tellings, supports } = context;
  return usable.map((c) => {
    const vector = vectors[c.index] as Vector;
    const telling = tellings[c.index];
    const modality = telling?.modality ?? 'happened';
    // what is told as happened beside a "would" or "could" costs as much as a plan
    const weighed = modality === 'happened' && telling && !telling.plain ? 'planned' : modality;
    const standing = {
      centrality: cosine(vector, centroid),
      titles: cosine(vector, titles),
      totalSources,
      shared: shared(c),
      modality: weighed,
    };
    const factWeight = supports.factWeight(c);
    const factIds = supports.factIds(c);
    // before judging: every source supporting, then every source with a sentence alike
    const worth = (sources: number) => relevance(c, { sources: { size: sources }, factWeight }, standing);
    let bound: number | undefined;
    return {
      candidate: c,
      vector,
      modality,
      factIds: factIds.length ? factIds : null,
      ceiling: worth(totalSources),
      bound: () => {
        bound ??= worth(supports.ceiling(c));
        return bound;
      },
      resolve: () => {
        const support = supports.of(c);
        return {
          candidate: c,
          support,
          vector,
          modality,
          plain: telling?.plain ?? true,
          relevance: relevance(c, support, standing),
        };
      },
    };
  });
}
