import type { Article, Stage } from '../../model/index.ts';

/** Options of the syndicate stage. */
export type SyndicateOptions = Record<string, never>;

/** Link republished copies to their original (placeholder until the syndicate stage lands). */
export function syndicate(_options: SyndicateOptions = {}): Stage<readonly Article[], Article[]> {
  return (articles) => [...articles];
}
