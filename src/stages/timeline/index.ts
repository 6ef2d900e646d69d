import type { Stage, StoryExtraction, StoryInput, StoryTimeline } from '../../model/index.ts';

/** Options of the timeline stage. */
export type TimelineOptions = Record<string, never>;

/** Build a story's dated timeline (placeholder until the timeline stage lands). */
export function timeline(_options: TimelineOptions = {}): Stage<StoryInput & StoryExtraction, StoryTimeline> {
  return () => ({ timeline: [] });
}
