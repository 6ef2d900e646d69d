import type { Stage, StoryComparison, StoryExtraction, StoryInput } from '../../model/index.ts';

/** Options of the compare stage. */
export type CompareOptions = Record<string, never>;

/** Compare a story's coverage across outlets (placeholder until the compare stage lands). */
export function compare(_options: CompareOptions = {}): Stage<StoryInput & StoryExtraction, StoryComparison> {
  return () => ({ facts: [], conflicts: [], omissions: {}, quoteMatrix: [], framing: null });
}
