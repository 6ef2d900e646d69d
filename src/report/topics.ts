import type { Report, Story } from '../model/index.ts';

/**
 * Neighbours a report names under a story's title. A topic of a few hundred stories (a run of news on one
 * country's politics) would otherwise print every one under every story: 275 neighbours made 6 of the
 * 7.7 MB of a Markdown report of 921 short articles. The JSON report's `topicId` still tells them all.
 */
export const TOPIC_NEIGHBOURS_SHOWN = 8;

// Each report's stories by topic, in report order: read once per report, not once per story (a report
// of many stories would otherwise be filtered whole for each of them).
const byTopic = new WeakMap<Report, Map<string, Story[]>>();

function storiesByTopic(report: Report): Map<string, Story[]> {
  let topics = byTopic.get(report);
  if (!topics) {
    topics = new Map();
    for (const s of report.stories) {
      if (!s.topicId) continue;
      const members = topics.get(s.topicId);
      if (members) members.push(s);
      else topics.set(s.topicId, [s]);
    }
    byTopic.set(report, topics);
  }
  return topics;
}

/** The other stories of a story's topic (its neighbours), in report order. */
export function topicNeighbours(story: Story, report: Report): Story[] {
  if (!story.topicId) return [];
  return (storiesByTopic(report).get(story.topicId) ?? []).filter((s) => s !== story);
}

/** The neighbours a report names (the first `TOPIC_NEIGHBOURS_SHOWN`, in report order) and how many more there are. */
export function shownNeighbours(story: Story, report: Report): { shown: Story[]; more: number } {
  const all = topicNeighbours(story, report);
  return {
    shown: all.slice(0, TOPIC_NEIGHBOURS_SHOWN),
    more: Math.max(0, all.length - TOPIC_NEIGHBOURS_SHOWN),
  };
}

/**
 * The one line that names a story's topic (its id through `escapeText`) and its first neighbours, each
 * rendered by `link`, with how many more it has; null when the story has no topic (a report made before topics).
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
  const { shown, more } = shownNeighbours(story, report);
  const rest = more ? `; and ${more} more` : '';
  return `Topic ${escapeText(story.topicId)}; ${shown.length ? `neighbours: ${shown.map(link).join('; ')}${rest}` : 'no other story of its topic in this report'}`;
}
