import type { Stage, StoryExtraction, StoryInput } from '../../model/index.ts';

/** Options of the extract stage. */
export type ExtractOptions = Record<string, never>;

/** Find the entities, quotes and figures of a story (placeholder until the extract stage lands). */
export function extract(_options: ExtractOptions = {}): Stage<StoryInput, StoryExtraction> {
  return () => ({ entities: [], quotes: [], figures: [] });
}
