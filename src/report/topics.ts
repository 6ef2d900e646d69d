import type { Report, Story } from '../model/index.ts';

/** The other stories of a story's topic (its neighbours), in report order. */
export function topicNeighbours(story: Story, report: Report): Story[] {
  if (!story.topicId) return [];
  return report.stories.filter((s) => s !== story && s.topicId === story.topicId);
}

/**
 * The one line that names a story's topic (its id through `escapeText`) and its neighbours, each rendered
 * by `link`; null when the
 * story has no topic (a report made before topics).
 * @example
 * topicLine(story, report, (s) => s.id); // 'Topic t1; neighbours: s3, s5'
 */
export function topicLine(
  story: Story,
  report: Report,
  link: (neighbour: Story) => string,
  escapeText: (text: string) => string = (text) => text,
): string | null {
  if (!story.topicId) return null;
  const neighbours = topicNeighbours(story, report);
  return `Topic ${escapeText(story.topicId)}; ${neighbours.length ? `neighbours: ${neighbours.map(link).join('; ')}` : 'no other story in this run'}`;
}
