// `eval:cluster --dev --splits` on ECB+: which gold events of a topic are split (recall) or put in one
// story with another event (precision), topic by topic, so a change's effect can be read by event.

/** One gold topic not grouped cleanly: each (gold event, story) cell with its article count. */
export interface TopicCells {
  readonly topic: string;
  readonly cells: readonly { readonly event: string; readonly story: string; readonly n: number }[];
  /** Gold events in more than one story. */
  readonly split: number;
  /** Stories holding articles of more than one gold event. */
  readonly merged: number;
}

/**
 * The gold topics whose events are not one story each (an event in pieces, or two events in one
 * story), in topic order; `predicted`, `event` and `topic` map an article id to its story, gold event
 * and gold topic; only the articles `keep` selects are read.
 */
export function topicCells(
  predicted: ReadonlyMap<string, string>,
  event: ReadonlyMap<string, string>,
  topic: ReadonlyMap<string, string>,
  keep: (id: string) => boolean,
): TopicCells[] {
  const byTopic = new Map<string, Map<string, number>>();
  for (const [id, story] of predicted) {
    const e = event.get(id);
    const t = topic.get(id);
    if (!keep(id) || e === undefined || t === undefined) continue;
    const cells = byTopic.get(t) ?? new Map<string, number>();
    const key = `${e}\u0000${story}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
    byTopic.set(t, cells);
  }
  const out: TopicCells[] = [];
  for (const [t, counts] of byTopic) {
    const cells = [...counts]
      .map(([key, n]) => {
        const [e, story] = key.split('\u0000') as [string, string];
        return { event: e, story, n };
      })
      .sort((a, b) => (a.event < b.event ? -1 : a.event > b.event ? 1 : b.n - a.n));
    const pieces = (of: 'event' | 'story', by: 'event' | 'story') => {
      const seen = new Map<string, Set<string>>();
      for (const c of cells) seen.set(c[of], (seen.get(c[of]) ?? new Set()).add(c[by]));
      return [...seen.values()].filter((s) => s.size > 1).length;
    };
    const split = pieces('event', 'story');
    const merged = pieces('story', 'event');
    if (split || merged) out.push({ topic: t, cells, split, merged });
  }
  return out.sort((a, b) => Number(a.topic) - Number(b.topic) || (a.topic < b.topic ? -1 : 1));
}

/** The topics as printed lines: `topic 20 (1 split, 1 merged): 20_ecb→s3 5  20_ecbplus→s3 9 ...`. */
export function formatTopicCells(topics: readonly TopicCells[]): string {
  const lines = topics.map(
    (t) =>
      `    topic ${t.topic} (${t.split} split, ${t.merged} merged): ${t.cells.map((c) => `${c.event}→${c.story} ${c.n}`).join('  ')}\n`,
  );
  return `    gold topics not one story per event: ${topics.length}\n${lines.join('')}`;
}
