import type { ChangedArticle, StoryChanges } from './change-types.ts';
import { isoOrNull } from './dates.ts';
import { addedNotes } from './revision-notes.ts';
import { cursorAfter } from './story-cursor.ts';
import type { StoryCursor, StoryEvent, StorySummary } from './story-types.ts';
import type { Store } from './types.ts';

/**
 * Putting a page of changed stories together from what each backend reads for it in one query of
 * each kind (never one per story): the stories, their newest new and updated articles with the
 * counts, and their merges and splits. And what the CLI, the API and the page share: a page with
 * its next cursor, and the time a `since` names.
 */

/** A new or updated article as a backend reads it: its story, and how many of its kind the story has. */
export interface ChangedArticleRow extends ChangedArticle {
  readonly storyId: string;
  readonly total: number;
}

/** Each story with its changes; `articles` rows come newest first within a story, up to the named number. */
export function assembleChanges(
  stories: readonly StorySummary[],
  articles: readonly ChangedArticleRow[],
  events: readonly StoryEvent[],
): StoryChanges[] {
  return stories.map((story) => {
    const own = articles.filter((row) => row.storyId === story.id);
    const count = (kind: ChangedArticle['kind']) => own.find((row) => row.kind === kind)?.total ?? 0;
    return {
      story,
      newArticles: count('new'),
      updatedArticles: count('updated'),
      articles: own.map(({ kind, id, title, outlet, at }) => ({ kind, id, title, outlet, at })),
      events: events.filter((e) => e.storyId === story.id || e.otherId === story.id),
    };
  });
}

/** A page of `storyChanges`, the cursor of the page after it, and the newest change of a first page. */
export interface ChangesPage {
  readonly changes: readonly StoryChanges[];
  /** `after` of the next page, or null on the last. */
  readonly next: string | null;
  /**
   * The time to look again from, on a first page: the newest change listed (an article stored or
   * updated, a merge or split), or when earlier the storage time of the earliest article still in
   * no story (a fetch stores pages as it reads them and places them at its end: placed later, such an
   * article is listed as new only from a time before it was stored). What to give back as
   * `changedSince` once every page is read; its story is listed again rather than an article missed.
   * Null on a later page, or when nothing is listed and every article is placed.
   */
  readonly newest: string | null;
}

/**
 * A page of `limit` changed stories; one story past it is read, so a last page that happens to be
 * full links to no empty page.
 */
export async function changesPage(
  store: Store,
  since: string,
  after: StoryCursor | undefined,
  limit: number,
): Promise<ChangesPage> {
  const read = await store.storyChanges({
    changedSince: since,
    limit: limit + 1,
    ...(after ? { after } : {}),
  });
  const changes = await withNotes(store, read.slice(0, limit), since);
  const last = read.length > limit ? changes.at(-1) : undefined;
  return {
    changes,
    next: last ? cursorAfter(last.story) : null,
    newest: after ? null : earliestOf(newestChange(changes), await store.earliestUnplaced('stored')),
  };
}

// The stories with each updated article listed given the editors' notes its versions since the time
// added (`addedNotes`): two reads an article, its text and its kept versions, for the few listed.
function withNotes(store: Store, changes: readonly StoryChanges[], since: string): Promise<StoryChanges[]> {
  const noted = async (a: ChangedArticle): Promise<ChangedArticle> => {
    if (a.kind !== 'updated') return a;
    const [stored, revisions] = await Promise.all([store.article(a.id), store.articleRevisions(a.id)]);
    return { ...a, notes: stored ? addedNotes(stored.article, revisions, since) : [] };
  };
  return Promise.all(
    changes.map(async (change) => ({ ...change, articles: await Promise.all(change.articles.map(noted)) })),
  );
}

// The latest time of the changes listed (not a story's change time: the grouping places an article
// after it was stored, and an article another process stored in between is placed later still).
function newestChange(changes: readonly StoryChanges[]): string | null {
  const times = changes.flatMap((x) => [...x.articles.map((a) => a.at), ...x.events.map((e) => e.at)]);
  return times.length ? times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a)) : null;
}

const earliestOf = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null || Date.parse(a) <= Date.parse(b) ? a : b;

/**
 * What "since" names, as an ISO time: a stored article's id (the time the store stored it), else a
 * full ISO date or date-time; null when neither. The id is looked up first. Only a whole date is a
 * date: Date.parse reads "7" as 2001-07-01 and "x-1" as 2001-01-01. A time without a zone is UTC,
 * in the CLI, the API and the page alike (the page's form sends one, labelled UTC).
 */
export async function changesSince(store: Store, value: string): Promise<string | null> {
  const word = value.trim();
  const stored = /^[a-z][\w-]{0,99}$/i.test(word) ? await store.article(word) : null;
  return stored ? stored.ingestedAt : sinceTime(word);
}

const ISO_DATE = /^\d{4}-\d\d-\d\d$/;
const ISO_TIME = /^(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?)(Z|[+-]\d\d:?\d\d)?$/i;

/** A full ISO date (midnight UTC) or date-time (UTC when it names no zone) as ISO, else null. */
export function sinceTime(value: string): string | null {
  const text = value.trim();
  if (ISO_DATE.test(text)) return isoOrNull(text);
  const time = ISO_TIME.exec(text);
  return time ? isoOrNull(time[2] ? text : `${time[1]}Z`) : null;
}
