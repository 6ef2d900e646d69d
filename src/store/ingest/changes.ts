/**
 * What a grouping step changes in the stored stories, worked out from where each article of its
 * window was before the step (its stored story, or none) and where the grouper put it: which story
 * id each grouper key continues, which keys changed, and which stored stories went whole into
 * another key (a merge: their articles before the window follow).
 */

/** The ids a grouping step gives its grouper keys, and what changed. */
export interface StepPlan {
  /** The story id of every key that holds an article. */
  readonly idOf: ReadonlyMap<number, string>;
  /** Keys whose membership changed (new articles, articles moved in or out, stories merged in). */
  readonly changed: readonly number[];
  /** Of those, the keys that gained articles or stories (not those that only lost some). */
  readonly grown: readonly number[];
  /** Stored stories whose every window article went to this key, which they merge into. */
  readonly whole: ReadonlyMap<number, readonly string[]>;
}

/** Store ids in insertion order (`a9` before `a10`), other ids after, by text. */
export function bySeq(a: string, b: string): number {
  const x = /^\D*(\d+)$/.exec(a);
  const y = /^\D*(\d+)$/.exec(b);
  if (x && y) return Number(x[1]) - Number(y[1]) || (a < b ? -1 : a > b ? 1 : 0);
  return x ? -1 : y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** A new story's id, from its first article's store id, so that ingest processes never collide. */
export function newStoryId(articleId: string): string {
  return /^a\d+$/.test(articleId) ? `s${articleId.slice(1)}` : `s-${articleId}`;
}

/**
 * Plan a step: a stored story continues in the key holding most of its window articles (its home;
 * a key home to several continues the one with most there); any other key is a new story, named
 * after its first article (the next one when that name is taken in the window). A stored story
 * that continues nowhere and whose window articles all went to one key merges into it.
 * @example
 * planStep(new Map([['a1', 's1'], ['a2', null]]), new Map([['a1', 0], ['a2', 0]]));
 * // { idOf: Map { 0 => 's1' }, changed: [0], grown: [0], whole: Map {} }
 */
export function planStep(
  before: ReadonlyMap<string, string | null>,
  after: ReadonlyMap<string, number>,
): StepPlan {
  const members = new Map<number, string[]>();
  // for each stored story: how many of its window articles each key holds
  const spread = new Map<string, Map<number, number>>();
  for (const [id, key] of after) {
    members.set(key, [...(members.get(key) ?? []), id]);
    const story = before.get(id) ?? null;
    if (story === null) continue;
    const counts = spread.get(story) ?? new Map<number, number>();
    counts.set(key, (counts.get(key) ?? 0) + 1);
    spread.set(story, counts);
  }
  const most = (counts: ReadonlyMap<number, number>) =>
    [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0] as [number, number];
  // each key's candidates: the stored stories whose home it is, most articles there first
  const homes = new Map<number, [string, number][]>();
  for (const [story, counts] of spread) {
    const [key, n] = most(counts);
    homes.set(key, [...(homes.get(key) ?? []), [story, n] as [string, number]]);
  }
  const idOf = new Map<number, string>();
  const taken = new Set<string>(spread.keys());
  for (const [key, candidates] of homes) {
    const [story] = candidates.sort((x, y) => y[1] - x[1] || bySeq(x[0], y[0]))[0] as [string, number];
    idOf.set(key, story);
  }
  for (const [key, ids] of [...members].sort((x, y) => x[0] - y[0])) {
    if (idOf.has(key)) continue;
    const names = [...ids].sort(bySeq).map(newStoryId);
    const name = names.find((n) => !taken.has(n)) ?? `${names[0]}-${key}`;
    taken.add(name);
    idOf.set(key, name);
  }
  // stored stories that continue nowhere, all in one key: merged into it
  const continued = new Set(idOf.values());
  const whole = new Map<number, string[]>();
  for (const [story, counts] of spread) {
    if (continued.has(story) || counts.size !== 1) continue;
    const [key] = most(counts);
    whole.set(key, [...(whole.get(key) ?? []), story].sort(bySeq));
  }
  // a story that lost articles to another key changed too: saved again, its topic is read with the
  // story it parted from (left out, it kept the topic read while it held them)
  const left = new Set<string>();
  for (const [key, ids] of members)
    for (const id of ids) {
      const story = before.get(id) ?? null;
      if (story !== null && story !== idOf.get(key)) left.add(story);
    }
  const gains = ([key, ids]: [number, string[]]) =>
    whole.has(key) || ids.some((id) => (before.get(id) ?? null) !== idOf.get(key));
  const grown = [...members].filter(gains).map(([key]) => key);
  const changed = [...members]
    .filter((m) => gains(m) || left.has(idOf.get(m[0]) as string))
    .map(([key]) => key);
  return { idOf, changed, grown, whole };
}
