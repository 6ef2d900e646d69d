// What the store commands print: plain text and Markdown tables for people, JSON for programs.
import type { Issue } from '../model/index.ts';
import type { IngestSummary } from '../store/ingest/index.ts';
import { type ReportStanding, reportStanding } from '../store/report-version.ts';
import { storeCounts } from '../store/stats-counts.ts';
import { WORKING_TITLE, WORKING_TITLE_NOTE } from '../store/story-title.ts';
import type { SearchHit, StoredArticle, StoreStats, StorySummary } from '../store/types.ts';
import { publishedShown } from '../text/dates/published.ts';
import { textTime } from '../text/dates/text-time.ts';
import { REPORT_VERSION } from '../version.ts';
import { shellWord } from './shell-word.ts';

/** `n` and the noun it counts, in the singular for one: `plural(1, 'page')` is "1 page". */
export const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
// A day as the reports show it (`publishedShown`): an article's own day, the store's times' UTC day
const day = (iso: string | null) => publishedShown(iso)?.slice(0, 10) ?? '—';
// A story's published days: one day once, none as '—' (a story of undated articles has no days)
const days = (first: string | null, last: string | null) =>
  first && last && day(first) !== day(last) ? `${day(first)} – ${day(last)}` : day(first ?? last);
// Table cells hold one line, and a pipe would end the cell.
const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');

/**
 * The line an ingest ends with: what was stored where, what was already there, and how the stories
 * changed. `notStored`: the texts met at a stored address and not stored for want of a date (their
 * `ingest/undated-at-address` notes, printed above): counted apart, not as "already stored", since
 * they share little of the stored text.
 * @example
 * ingestLine(summary, 'news.db') // 'ingested 8 articles into news.db: 8 new, 0 already stored; 2 new stories, 0 grown'
 */
export function ingestLine(summary: IngestSummary, location: string, notStored = 0): string {
  const { articles, inserted, duplicatesBy } = summary;
  const duplicates = summary.duplicates - notStored;
  const by = [
    duplicatesBy.url > notStored ? `${duplicatesBy.url - notStored} by URL` : '',
    duplicatesBy.content ? `${duplicatesBy.content} by text` : '',
  ].filter(Boolean);
  const versions = [
    summary.replaced ? `, ${summary.replaced} replaced by a later version of its page` : '',
    summary.keptEarlier ? `, ${summary.keptEarlier} kept as an earlier version of a stored page` : '',
  ].join('');
  const already = `${duplicates} already stored${by.length ? ` (${by.join(', ')})` : ''}`;
  const held = notStored ? `${notStored} not stored for want of a date (said above)` : '';
  if (articles > 0 && inserted === 0 && !versions)
    return held
      ? `nothing stored in ${location}: ${duplicates ? `${already}, ` : ''}${held}`
      : `nothing new: ${articles === 1 ? 'the article is' : `all ${plural(articles, 'article')}`} already in ${location}${by.length ? ` (${by.join(', ')})` : ''}`;
  const copies = summary.copiesOfStored
    ? ` (${plural(summary.copiesOfStored, 'copy', 'copies')} of stored articles)`
    : '';
  const merged = summary.storiesMerged ? `, ${summary.storiesMerged} merged into others` : '';
  return `ingested ${plural(articles, 'article')} into ${location}: ${inserted} new${copies}${versions}, ${already}${held ? `, ${held}` : ''}; ${plural(summary.storiesCreated, 'new story', 'new stories')}, ${summary.storiesGrown} grown${merged}`;
}

/** Stories as a Markdown table, newest change first: id, title, articles, outlets, dates, report state. */
export function storiesTable(stories: readonly StorySummary[]): string {
  if (!stories.length) return 'No stories.\n';
  const rows = stories.map(
    (s) =>
      `| ${s.id} | ${cell(s.title)}${s.titleWorking ? ` (${WORKING_TITLE})` : ''} | ${s.articleCount} | ${cell(outletsCell(s))} | ${days(s.firstAt, s.lastAt)} | ${reportCell(s)} |`,
  );
  return [
    '| story | title | articles | outlets | published | report |',
    '| --- | --- | ---: | --- | --- | --- |',
    ...rows,
    ...(stories.some((s) => s.titleWorking)
      ? ['', `${WORKING_TITLE_NOTE} (parallax story ID computes it).`]
      : []),
    '',
  ].join('\n');
}

// A story's outlets as the stories table names them, then how many of its articles name none (so one
// named outlet is not read as the whole story's).
function outletsCell(story: StorySummary): string {
  const unnamed = story.unnamedArticles
    ? `${plural(story.unnamedArticles, 'article')} of no named outlet`
    : '';
  return [story.outlets.join(', '), unnamed].filter(Boolean).join('; ') || '—';
}

// A story's report as the stories table names it: one a newer Parallax made in a shape this version
// cannot read is computed for each reader.
function reportCell(story: StorySummary): string {
  if (story.reportStale) return 'to compute';
  return story.reportReadable ? 'current' : 'newer Parallax: computed when read';
}

/** Search hits, best first: rank, title, outlet and date, the story and article, then the snippet. */
export function searchLines(query: string, hits: readonly SearchHit[]): string {
  if (!hits.length) return `No articles match "${query}".\n`;
  return hits
    .map(
      (h, i) =>
        `${i + 1}. ${h.title ?? '(untitled)'} — ${h.outlet ?? 'unknown outlet'}, ${day(h.publishedAt)} [${h.articleId}${h.storyId ? ` in ${h.storyId}` : ''}]\n   ${h.snippet.replace(/\s+/g, ' ')}\n`,
    )
    .join('');
}

/**
 * One article as a line: id, date (of publication; else of its last update, marked; else the day it
 * was stored, marked), outlet, story and title, tab-separated.
 */
export function articleLine(stored: StoredArticle): string {
  const a = stored.article;
  // a day other than its publication's is marked so it is not read as one (text/dates/text-time.ts)
  const time = textTime(a);
  const when = !time
    ? `${day(stored.ingestedAt)} (stored)`
    : time.kind === 'updated'
      ? `${day(time.at)} (updated)`
      : day(time.at);
  return `${[a.id, when, a.outlet ?? '—', stored.storyId ?? '—', (a.title ?? '(untitled)').replace(/\s+/g, ' ')].join('\t')}\n`;
}

/** One article as a JSON line: the cleaned article with the store's story id and ingest time, and `more` (its revisions). */
export function articleJson(stored: StoredArticle, more: Readonly<Record<string, unknown>> = {}): string {
  return `${JSON.stringify({ ...stored.article, storyId: stored.storyId, ingestedAt: stored.ingestedAt, ...more })}\n`;
}

// What `stats` says of the reports of one version, by how it stands for this code.
const STANDING_LINES: Record<ReportStanding, (version: string | null) => string> = {
  current: (v) => `made by this version, ${v}`,
  older: (v) =>
    `made by ${v === null ? 'a Parallax naming no version' : `an older version, ${v}`}: computed again when read, and replaced`,
  newer: (v) => `made by a newer version, ${v}: shown as they are, never replaced`,
  unreadable: (v) =>
    `made by a newer version, ${v}, in a shape this one cannot read: computed for each reader, not stored`,
};

// How many of a newer version's reports have stories changed since: computed, never stored.
const newerStale = (n: number): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? 'has' : 'have'}: computed again for each reader, never replaced`;

// A version's reports whose stories changed since they were made: computed again when read.
const staleNote = (n: number): string =>
  `${n.toLocaleString('en-US')} stale: ${n === 1 ? 'its story' : 'their stories'} changed since, computed again when read`;

// Articles in no story: stored by a run stopped before it placed them, placed by the next grouping
// step, which reaches back to them (store/ingest/grouping.ts).
const unplacedNote = (n: number): string =>
  n > 0 ? ` (${n.toLocaleString('en-US')} in no story yet: the next ingest or fetch places them)` : '';

/** The stats as `parallax stats` shows them: the location's password hidden, and the counts `/api/stats` gives. */
export function shownStats(stats: StoreStats, latest: { readonly updatedAt: string } | undefined) {
  return { ...stats, ...storeCounts(stats, latest), location: shownLocation(stats.location) };
}

/**
 * The store's counts and size, one `name: value` per line, then its stored reports by the version
 * that made them and how each stands for `reader` (this code's `REPORT_VERSION`).
 */
export function statsLines(
  stats: StoreStats & { lastChangeAt?: string | null },
  reader = REPORT_VERSION,
): string {
  const mib = stats.bytes / (1024 * 1024);
  return [
    `store: ${stats.backend} ${stats.location}`,
    `articles: ${stats.articles.toLocaleString('en-US')}${unplacedNote(stats.unplaced)}`,
    `stories: ${stats.stories.toLocaleString('en-US')}`,
    `outlets: ${stats.outlets.toLocaleString('en-US')}`,
    `size: ${mib >= 1 ? `${mib.toFixed(1)} MiB` : `${Math.ceil(stats.bytes / 1024)} KiB`}`,
    `last ingest: ${stats.lastIngestAt ?? 'never'}`,
    ...(stats.lastChangeAt !== undefined ? [`last change: ${stats.lastChangeAt ?? 'never'}`] : []),
    `schema version: ${stats.schemaVersion}`,
    `reports: ${stats.reportVersions.reduce((n, r) => n + r.stories, 0).toLocaleString('en-US')}`,
    ...stats.reportVersions.map((r) => {
      const standing = reportStanding(r.version, reader);
      // (an older version's are computed again all the same)
      const count = r.stories.toLocaleString('en-US');
      // a newer version's: kept as they are, and a stale one is computed for each reader, not replaced
      if (standing === 'newer' && r.stale > 0)
        return `  ${count} made by a newer version, ${r.version}: shown as they are unless their story changed since (${newerStale(r.stale)})`;
      const stale = r.stale > 0 && standing !== 'older' ? ` (${staleNote(r.stale)})` : '';
      return `  ${count} ${STANDING_LINES[standing](r.version)}${stale}`;
    }),
    '',
  ].join('\n');
}

/** A store's location as printed: a URL's password hidden. */
export function shownLocation(location: string): string {
  return location.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}

/**
 * ` --db <the --db given>` for a command a hint prints, as a shell reads it, a URL's password hidden;
 * '' when none was given (the command then finds the store as this one did: $PARALLAX_DB or ./parallax.db).
 */
export function dbOption(db: string | undefined): string {
  return db === undefined ? '' : ` --db ${shellWord(shownLocation(db))}`;
}

// What ingest did with a page met at the address of a stored article, other than drop it as the same
// text: or dropped it for want of a date (another text, undated).
const STORED_PAGE_NOTES = new Set([
  'ingest/later-version',
  'ingest/earlier-version',
  'ingest/another-at-address',
  'ingest/undated-at-address',
]);

/**
 * The pages met at the address of a stored article and not dropped as stored already: a later version
 * stored in its place (a correction), an earlier one kept as its revision, another day's article
 * stored as one of its own (a page overwritten each day), another text not stored for want of a date
 * to tell which it is: one line each, "desk.jsonl#2: a later version of a1 (…) stored in its place; …".
 */
export function storedPageLines(issues: readonly Issue[]): string[] {
  return issues.filter((i) => STORED_PAGE_NOTES.has(i.code)).map((i) => `parallax: ${i.message}\n`);
}

/**
 * The warning line of an ingest's stored articles to which the manifest gave other values
 * (`ingest/stored-kept`), the first three named; '' when none. Shown quiet or not, as a manifest row
 * naming no input is.
 */
export function keptLine(issues: readonly Issue[]): string {
  const kept = issues.filter((i) => i.code === 'ingest/stored-kept');
  if (!kept.length) return '';
  const shown = kept.slice(0, 3).map((i) => i.message);
  if (kept.length > 3) shown.push(`and ${kept.length - 3} more`);
  const what = kept.length === 1 ? 'article already stored keeps its' : 'articles already stored keep their';
  return `parallax: warning: ${kept.length} ${what} values, not the manifest's: ${shown.join('; ')}\n`;
}

/**
 * The line of an ingest's files not stored for having the text of a stored article from another file
 * (`ingest/same-text`): how many, the first three named with the stored article each copies
 * ("day1/b.txt = 3f2a… (day1/a.md, Eastmoor Gazette)"); '' when none. A reprint's outlet is kept
 * as its own article only when a manifest or the page names it.
 */
export function sameTextLine(issues: readonly Issue[]): string {
  const same = issues.filter((i) => i.code === 'ingest/same-text');
  if (!same.length) return '';
  const shown = same.slice(0, 3).map((i) => i.message);
  if (same.length > 3) shown.push(`and ${same.length - 3} more`);
  return `parallax: ${plural(same.length, 'file')} not stored, the same text as a stored article (give its outlet in a manifest to keep it as that outlet's copy): ${shown.join('; ')}\n`;
}
