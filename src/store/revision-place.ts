import { laterVersion, type VersionDates } from '../text/dates/versions.ts';

/**
 * Where a version of an article's page earlier than the stored one, met after it, goes among the
 * versions kept (`Store.keepEarlierVersions`): before the first kept version later than it, so that
 * every version ends in the order of its own time (its last change, else its publication, as
 * `laterVersion` orders versions), whatever order they were met in. Shared by both backends.
 */

/** A kept version as the store holds it, in the article's order (`ord`). */
export interface KeptVersion extends VersionDates {
  readonly seq: number;
  readonly ord: number;
  /** When the store read the version after it. */
  readonly replacedAt: string;
  /** When the store read this version; null when not recorded (kept before schema 14). */
  readonly readAt: string | null;
}

/** Where an earlier version goes: its order, when the store read the version after it, and the kept
 * version before it, now replaced by it (read `now`), when there is one. */
export interface EarlierPlace {
  readonly ord: number;
  readonly replacedAt: string;
  readonly before: { readonly seq: number } | null;
}

/**
 * The place of `version` among `kept` (in order), given when the store read the present version's
 * first text (`ingestedAt`).
 * @example
 * placeEarlier([{ seq: 7, ord: 7, replacedAt: t0, readAt: t1, publishedAt: '2026-11-17' }],
 *   { publishedAt: '2026-11-16' }, t0); // { ord: 6, replacedAt: t1, before: null }
 */
export function placeEarlier(
  kept: readonly KeptVersion[],
  version: VersionDates,
  ingestedAt: string,
): EarlierPlace {
  const found = kept.findIndex((k) => laterVersion(k, version) === 1);
  const at = found < 0 ? kept.length : found;
  const [before, after] = [kept[at - 1], kept[at]];
  // when the store read the version after it: a kept one's own read, else read when the version
  // before that one was replaced (or the article stored); the present version's, when the last
  // kept one was replaced
  const read =
    after === undefined
      ? (before?.replacedAt ?? ingestedAt)
      : (after.readAt ?? kept[at - 1]?.replacedAt ?? ingestedAt);
  const ord =
    after === undefined
      ? (before?.ord ?? 0) + 1
      : before === undefined
        ? after.ord - 1
        : (before.ord + after.ord) / 2;
  return { ord, replacedAt: read, before: before === undefined ? null : { seq: before.seq } };
}

/** When the store read an article's present version: when the last kept version was replaced, else its ingest. */
export function presentRead(kept: readonly Pick<KeptVersion, 'replacedAt'>[], ingestedAt: string): string {
  return kept.at(-1)?.replacedAt ?? ingestedAt;
}
