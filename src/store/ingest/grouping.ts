import {
  type ArticleFeatures,
  createGrouper,
  dateOrder,
  storiesOf,
  type TitleSource,
} from '../../stages/cluster/index.ts';
import { MERGE_THRESHOLD, TIME_WINDOW_DAYS } from '../../stages/cluster/patterns.ts';
import { isoOf } from '../../text/dates/days.ts';
import type { Store, StoryChange } from '../types.ts';
import { loadFeatures } from './features.ts';

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

/** A new story's id, from its first article's store id, so that ingest processes never collide. */
export function newStoryId(articleId: string): string {
  return /^a\d+$/.test(articleId) ? `s${articleId.slice(1)}` : `s-${articleId}`;
}

// Store ids in insertion order (`a9` before `a10`), other ids after, by text.
const bySeq = (a: string, b: string) => {
  const x = /^\D*(\d+)$/.exec(a);
  const y = /^\D*(\d+)$/.exec(b);
  if (x && y) return Number(x[1]) - Number(y[1]) || (a < b ? -1 : a > b ? 1 : 0);
  return x ? -1 : y ? 1 : a < b ? -1 : a > b ? 1 : 0;
};

/**
 * Place the store's unplaced articles into stories, under the store's grouping lock: rebuild the
 * online grouper from the stored features of the window (each article restored into its story, so
 * stored stories keep their membership and id, with the days of their articles before the window), place the unplaced ones in date order, merge whole
 * stories that now score as one (`mergeStories`: what a new article that bridges two stories makes
 * of them), and save the stories that changed. A stored story merged into another hands it all its
 * articles, those before the window too, and the store records the merge (its id then opens the
 * other). `days` are the days of the batch just stored (they set the window).
 */
export async function groupPending(
  store: Store,
  days: readonly (number | null)[],
  now: Date,
): Promise<GroupingOutcome> {
  return store.withGroupingLock(async () => {
    const grouper = createGrouper();
    const titles = new Map<string, TitleSource>();
    const stored: { features: ArticleFeatures; storyId: string }[] = [];
    const pending: ArticleFeatures[] = [];
    const since = windowStart(days, now);
    for await (const row of store.featuresSince(since)) {
      const { features, title } = loadFeatures(row.id, row.features);
      titles.set(row.id, title);
      grouper.observe(features);
      if (row.storyId === null) pending.push(features);
      else stored.push({ features, storyId: row.storyId });
    }
    const window = stored.length;
    if (!pending.length) return { placed: 0, created: 0, grown: 0, merged: 0, window };
    // each stored story gets a grouper key; its articles go back in unscored
    const keyOf = new Map<string, number>();
    const idOf = new Map<number, string>();
    const oneOf = new Map<string, string>(); // a stored story → one of its articles in the window
    for (const { features, storyId } of stored) {
      let key = keyOf.get(storyId);
      if (key === undefined) {
        key = keyOf.size;
        keyOf.set(storyId, key);
        idOf.set(key, storyId);
        oneOf.set(storyId, features.id);
      }
      grouper.restore(features, key);
    }
    // a story's articles before the window keep its start where it is (look-alikes weeks later
    // do not chain into it)
    for (const [storyId, before] of await store.storyDaysBefore([...keyOf.keys()], since))
      grouper.remember(keyOf.get(storyId) as number, before);
    const added = new Map<number, string[]>();
    for (const features of dateOrder(pending)) {
      const { story } = grouper.place(features);
      added.set(story, [...(added.get(story) ?? []), features.id]);
    }
    grouper.mergeStories(MERGE_THRESHOLD);
    const keyOfArticle = new Map(grouper.entries().map((e) => [e.id, e.placement.story]));
    // where the new articles are now, and the stored stories merged into another key (whole: a merge
    // moves every article of a key)
    const gained = new Map<number, string[]>();
    for (const ids of added.values())
      for (const id of ids) {
        const key = keyOfArticle.get(id) as number;
        gained.set(key, [...(gained.get(key) ?? []), id]);
      }
    const absorbed = new Map<number, string[]>();
    for (const [storyId, key] of keyOf) {
      const at = keyOfArticle.get(oneOf.get(storyId) as string) as number;
      if (at !== key) absorbed.set(at, [...(absorbed.get(at) ?? []), storyId].sort(bySeq));
    }
    const changed = new Set([...gained.keys(), ...absorbed.keys()]);
    // a new key that took stored stories continues the first of them; other new ones are named by
    // their first article; stored ones keep their id
    for (const key of changed) {
      if (idOf.has(key)) continue;
      const taken = absorbed.get(key);
      const first = [...(gained.get(key) ?? [])].sort(bySeq)[0] as string;
      idOf.set(key, taken?.length ? (taken.shift() as string) : newStoryId(first));
    }
    const groups = new Map(
      storiesOf(grouper, titles).map((g) => [keyOfArticle.get(g.articleIds[0] as string) as number, g]),
    );
    const topicIds = topicNames(groups, idOf);
    // the window may hold only part of an older story: its whole membership comes from the store
    const wanted = [...changed].flatMap((key) => [idOf.get(key) as string, ...(absorbed.get(key) ?? [])]);
    const members = await store.storyArticleIds(wanted.filter((id) => keyOf.has(id)));
    const changes: StoryChange[] = [...changed].map((key) => {
      const id = idOf.get(key) as string;
      const group = groups.get(key);
      const ids = [id, ...(absorbed.get(key) ?? [])].flatMap((s) => members.get(s) ?? []);
      return {
        id,
        title: group?.title ?? 'Untitled story',
        topicId: topicIds.get(key) ?? null,
        articleIds: [...new Set([...ids, ...(gained.get(key) ?? [])])].sort(bySeq),
      };
    });
    await store.saveStories(changes);
    const created = changes.filter((c) => !keyOf.has(c.id)).length;
    const merged = [...absorbed.values()].reduce((n, ids) => n + ids.length, 0);
    return { placed: pending.length, created, grown: changes.length - created, merged, window };
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
