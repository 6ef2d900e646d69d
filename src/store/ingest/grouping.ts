import {
  type ArticleFeatures,
  createGrouper,
  dateOrder,
  type Grouper,
  storiesOf,
  type TitleSource,
} from '../../stages/cluster/index.ts';
import { seriesOf } from '../../stages/cluster/kicker.ts';
import { MERGE_THRESHOLD } from '../../stages/cluster/merge-patterns.ts';
import { FIRST_PASS_THRESHOLD, REFINE_PASSES, TIME_WINDOW_DAYS } from '../../stages/cluster/patterns.ts';
import { isoOf } from '../../text/dates/days.ts';
import type { Store, StoryChange } from '../types.ts';
import { bySeq, planStep } from './changes.ts';
import { kickerOfStored, loadFeatures } from './features.ts';

/** What one grouping step did. */
export interface GroupingOutcome {
  /** Articles placed (this batch's, and any an interrupted run left unplaced in the window). */
  readonly placed: number;
  /** Stories created, and existing stories that gained articles. */
  readonly created: number;
  readonly grown: number;
  /** Stored stories merged into another (their ids now open it). */
  readonly merged: number;
  /** Placed articles the step read back from the store: its window's stories, what it rebuilt. */
  readonly window: number;
}

const MS_PER_DAY = 86_400_000;

/**
 * The first day of the grouping window of articles dated `days` (null: undated, taken as today):
 * stories whose articles lie before it are too far in time to draw new articles in.
 */
export function windowStart(days: readonly (number | null)[], now: Date): string {
  const today = Math.floor(now.getTime() / MS_PER_DAY);
  const first = days.reduce<number>((min, day) => Math.min(min, day ?? today), today);
  return `${isoOf(first - TIME_WINDOW_DAYS)}T00:00:00.000Z`;
}

/**
 * Place the store's unplaced articles into stories, under the store's grouping lock: rebuild the
 * online grouper from the stored features of the window (each article restored into its story, so
 * stored stories keep their membership and id, with the days of their articles before the window), place the unplaced ones in date order
 * (a pile of them as `analyze` places a pile: a strict first pass, then again; when settling, the
 * stored stories they joined are placed again with them as a pile), merge whole
 * stories that now score as one (`mergeStories`: what a new article that bridges two stories makes
 * of them), and save the stories that changed. A stored story merged into another hands it all its
 * articles, those before the window too, and the store records the merge (its id then opens the
 * other). `days` are the days of the batch just stored: they set the window, which reaches back to
 * any article a stopped run left in no story (the next ingest or fetch places it, whatever it reads).
 */
export async function groupPending(
  store: Store,
  days: readonly (number | null)[],
  now: Date,
  { settle = false }: { readonly settle?: boolean } = {},
): Promise<GroupingOutcome> {
  return store.withGroupingLock(async () => {
    const titles = new Map<string, TitleSource>();
    const rows: { features: ArticleFeatures; storyId: string | null }[] = [];
    // articles a stopped run stored and never placed, however long ago: the window reaches back to them
    const earliest = await store.earliestUnplaced();
    const back = earliest === null ? [] : [Math.floor(Date.parse(earliest) / MS_PER_DAY)];
    const since = windowStart([...days, ...back], now);
    const raw: { id: string; features: unknown; storyId: string | null }[] = [];
    for await (const row of store.featuresSince(since)) raw.push(row);
    // a headline kicker one outlet puts on items of other events ("Harbour diary: …") is its series'
    // label, read from the window's stored headlines as `analyze` reads it from its run's
    const series = seriesOf(raw.map((row) => kickerOfStored(row.features)));
    for (const row of raw) {
      const { features, title } = loadFeatures(row.id, row.features, series);
      titles.set(row.id, title);
      rows.push({ features, storyId: row.storyId });
    }
    const stored = rows.filter(
      (r): r is { features: ArticleFeatures; storyId: string } => r.storyId !== null,
    );
    const pending = rows.filter((r) => r.storyId === null).map((r) => r.features);
    const window = stored.length;
    if (!pending.length) return { placed: 0, created: 0, grown: 0, merged: 0, window };
    const storedIds = new Set(stored.map((r) => r.storyId));
    // a story's articles before the window keep its start where it is (look-alikes weeks later
    // do not chain into it)
    const earlier = await store.storyDaysBefore([...storedIds], since);
    let grouper = placeWindow(rows, earlier, settle, new Set());
    // settling places the articles of the stored stories this step's new articles joined once more,
    // with the new ones, as `analyze` places a pile (a strict first pass among the window's stories,
    // then again): a feed's small polls had drawn a look-alike event's first reports into a story one
    // at a time, and re-placing them one by one never parted them (dev halves ingested ten at a time,
    // seed 1: ECB+ 0.844 -> 0.866, NeuS 0.877 -> 0.881, bench/eval-store-grouping.ts). Stories with
    // articles before the window stay as they are (only part of them is here).
    if (settle) {
      const keyed = new Map(grouper.entries().map((e) => [e.id, e.placement.story]));
      const storyOfKey = new Map(stored.map((r) => [keyed.get(r.features.id) as number, r.storyId]));
      const touched = new Set<string>();
      for (const features of pending) {
        const id = storyOfKey.get(keyed.get(features.id) as number);
        if (id !== undefined && !earlier.has(id)) touched.add(id);
      }
      if (touched.size) grouper = placeWindow(rows, earlier, settle, touched);
    }
    const before = new Map<string, string | null>([
      ...stored.map(({ features, storyId }) => [features.id, storyId] as const),
      ...pending.map((features) => [features.id, null] as const),
    ]);
    const keyOfArticle = new Map(grouper.entries().map((e) => [e.id, e.placement.story]));
    const { idOf, changed, grown, whole } = planStep(before, keyOfArticle);
    const groups = new Map(
      storiesOf(grouper, titles, { keywords: false }).map((g) => [
        keyOfArticle.get(g.articleIds[0] as string) as number,
        g,
      ]),
    );
    const topicIds = topicNames(groups, idOf);
    // the window may hold only part of an older story: its articles before the window come from the
    // store, and those of a story merged whole follow it
    const windowIds = new Set(keyOfArticle.keys());
    const wanted = changed.flatMap((key) => [idOf.get(key) as string, ...(whole.get(key) ?? [])]);
    const members = await store.storyArticleIds(wanted.filter((id) => storedIds.has(id)));
    const inKey = new Map<number, string[]>();
    for (const [id, key] of keyOfArticle) inKey.set(key, [...(inKey.get(key) ?? []), id]);
    const changes: StoryChange[] = changed.map((key) => {
      const id = idOf.get(key) as string;
      const group = groups.get(key);
      const older = [id, ...(whole.get(key) ?? [])]
        .flatMap((story) => members.get(story) ?? [])
        .filter((article) => !windowIds.has(article));
      return {
        id,
        title: group?.title ?? 'Untitled story',
        topicId: topicIds.get(key) ?? null,
        articleIds: [...new Set([...older, ...(inKey.get(key) ?? [])])].sort(bySeq),
      };
    });
    await store.saveStories(changes);
    const created = changes.filter((c) => !storedIds.has(c.id)).length;
    // a stored story saved only as it lost articles (a split off it) did not grow
    const gained = grown.filter((key) => storedIds.has(idOf.get(key) as string)).length;
    const merged = [...whole.values()].reduce((n, ids) => n + ids.length, 0);
    return { placed: pending.length, created, grown: gained, merged, window };
  });
}

// Each story's topic named after the topic's first story (`s12` → `t12`), so the name stays put as
// stories join the topic; storiesOf numbers topics per run.
function topicNames(
  groups: ReadonlyMap<number, { readonly topicId?: string }>,
  idOf: ReadonlyMap<number, string>,
): Map<number, string> {
  const first = new Map<string, string>();
  for (const [key, group] of groups) {
    const id = idOf.get(key);
    if (!group.topicId || !id) continue;
    const held = first.get(group.topicId);
    if (held === undefined || bySeq(id.replace(/^s-?/, ''), held.replace(/^s-?/, '')) < 0)
      first.set(group.topicId, id);
  }
  const names = new Map<number, string>();
  for (const [key, group] of groups) {
    const story = group.topicId ? first.get(group.topicId) : undefined;
    if (story) names.set(key, `t${story.replace(/^s-?/, '')}`);
  }
  return names;
}

/**
 * The grouper of a step: the window's stored stories restored (but those in `repile`), the rest placed
 * in date order, then, when settling, every article re-placed and stories parted; stories that now
 * score as one merged.
 */
function placeWindow(
  rows: readonly { features: ArticleFeatures; storyId: string | null }[],
  earlier: ReadonlyMap<string, readonly number[]>,
  settle: boolean,
  repile: ReadonlySet<string>,
): Grouper {
  const grouper = createGrouper();
  for (const { features } of rows) grouper.observe(features);
  const keyOf = new Map<string, number>();
  const pending: ArticleFeatures[] = [];
  for (const { features, storyId } of rows) {
    if (storyId === null || repile.has(storyId)) {
      pending.push(features);
      continue;
    }
    let key = keyOf.get(storyId);
    if (key === undefined) {
      key = keyOf.size;
      keyOf.set(storyId, key);
    }
    grouper.restore(features, key);
  }
  for (const [storyId, before] of earlier) {
    const key = keyOf.get(storyId);
    if (key !== undefined) grouper.remember(key, before);
  }
  // a pile (more than one, at least as many as the window's stored ones, or stories placed again)
  // placed as `analyze` places a pile (`consolidate`): first only where they score above the strict
  // first-pass bar, so each event's own articles find one another before a look-alike's story draws
  // them in, then again among the stories that pass made. A few arriving into a settled window (a
  // feed's poll) are placed at the join bar as they arrive (placed the strict way, shuffled dev halves
  // ingested ten at a time gained nothing beyond the order's noise: ECB+ dev 0.828 -> 0.807 in one
  // order; a whole dev half in one ingest gains 0.909 -> 0.950, bench/eval-store-grouping.ts).
  const stored = rows.length - pending.length;
  const pile = repile.size > 0 || (pending.length > 1 && pending.length >= stored);
  for (const features of dateOrder(pending)) grouper.place(features, pile ? FIRST_PASS_THRESHOLD : undefined);
  const fresh = new Set(pending.map((features) => features.id));
  if (pile) for (let pass = 0; pass < REFINE_PASSES; pass++) grouper.refine(undefined, fresh);
  // settling re-places every article of the window against the stories as they now are, then parts a
  // story whose articles fall into groups that share no sign of one event (`splitStories`: dev halves
  // ingested ten at a time, three seeds: ECB+ 0.805 / 0.844 / 0.872 -> 0.844 / 0.844 / 0.872, NeuS
  // 0.857 / 0.879 / 0.823 -> 0.877 / 0.887 / 0.852, bench/eval-store-grouping.ts)
  if (settle) {
    grouper.refine();
    grouper.splitStories();
  }
  grouper.mergeStories(MERGE_THRESHOLD);
  return grouper;
}
