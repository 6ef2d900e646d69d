// What the store commands print: plain text and Markdown tables for people, JSON for programs.
import type { IngestSummary } from '../store/ingest/index.ts';
import type { SearchHit, StoredArticle, StoreStats, StorySummary } from '../store/types.ts';

/** `n` and the noun it counts, in the singular for one: `plural(1, 'page')` is "1 page". */
export const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '—');
// A story's published days: one day once, none as '—' (a story of undated articles has no days)
const days = (first: string | null, last: string | null) =>
  first && last && day(first) !== day(last) ? `${day(first)} – ${day(last)}` : day(first ?? last);
// Table cells hold one line, and a pipe would end the cell.
const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');

/**
 * The line an ingest ends with: what was stored where, what was already there, and how the stories
 * changed.
 * @example
 * ingestLine(summary, 'news.db') // 'ingested 8 articles into news.db: 8 new, 0 already stored; 2 new stories, 0 grown'
 */
export function ingestLine(summary: IngestSummary, location: string): string {
  const { articles, inserted, duplicates, duplicatesBy } = summary;
  const by = [
    duplicatesBy.url ? `${duplicatesBy.url} by URL` : '',
    duplicatesBy.content ? `${duplicatesBy.content} by text` : '',
  ].filter(Boolean);
  const already = `${duplicates} already stored${by.length ? ` (${by.join(', ')})` : ''}`;
  if (articles > 0 && inserted === 0)
    return `nothing new: ${articles === 1 ? 'the article is' : `all ${plural(articles, 'article')}`} already in ${location}${by.length ? ` (${by.join(', ')})` : ''}`;
  const copies = summary.copiesOfStored
    ? ` (${plural(summary.copiesOfStored, 'copy', 'copies')} of stored articles)`
    : '';
  const merged = summary.storiesMerged ? `, ${summary.storiesMerged} merged into others` : '';
  return `ingested ${plural(articles, 'article')} into ${location}: ${inserted} new${copies}, ${already}; ${plural(summary.storiesCreated, 'new story', 'new stories')}, ${summary.storiesGrown} grown${merged}`;
}

/** Stories as a Markdown table, newest change first: id, title, articles, outlets, dates, report state. */
export function storiesTable(stories: readonly StorySummary[]): string {
  if (!stories.length) return 'No stories.\n';
  const rows = stories.map(
    (s) =>
      `| ${s.id} | ${cell(s.title)} | ${s.articleCount} | ${cell(s.outlets.join(', ') || '—')} | ${days(s.firstAt, s.lastAt)} | ${s.reportStale ? 'to compute' : 'current'} |`,
  );
  return [
    '| story | title | articles | outlets | published | report |',
    '| --- | --- | ---: | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
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

/** One article as a line: id, date, outlet, story and title, tab-separated. */
export function articleLine(stored: StoredArticle): string {
  const a = stored.article;
  return `${[a.id, day(a.publishedAt ?? stored.ingestedAt), a.outlet ?? '—', stored.storyId ?? '—', (a.title ?? '(untitled)').replace(/\s+/g, ' ')].join('\t')}\n`;
}

/** One article as a JSON line: the cleaned article with the store's story id and ingest time. */
export function articleJson(stored: StoredArticle): string {
  return `${JSON.stringify({ ...stored.article, storyId: stored.storyId, ingestedAt: stored.ingestedAt })}\n`;
}

/** The store's counts and size, one `name: value` per line. */
export function statsLines(stats: StoreStats): string {
  const mib = stats.bytes / (1024 * 1024);
  return [
    `store: ${stats.backend} ${stats.location}`,
    `articles: ${stats.articles.toLocaleString('en-US')}`,
    `stories: ${stats.stories.toLocaleString('en-US')}`,
    `outlets: ${stats.outlets.toLocaleString('en-US')}`,
    `size: ${mib >= 1 ? `${mib.toFixed(1)} MiB` : `${Math.ceil(stats.bytes / 1024)} KiB`}`,
    `last ingest: ${stats.lastIngestAt ?? 'never'}`,
    `schema version: ${stats.schemaVersion}`,
    '',
  ].join('\n');
}

/** A store's location as printed: a URL's password hidden. */
export function shownLocation(location: string): string {
  return location.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}
