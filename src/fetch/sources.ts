import { z } from 'zod';
import { parseCsv } from '../stages/compare/user-files.ts';
import type { FetchSource } from '../store/fetch-types.ts';
import type { OutletInfo } from '../store/types.ts';
import { dict } from '../text/data/dict.ts';
import { siteHost } from '../text/platform-hosts.ts';
import { MIN_EVERY_MS } from './patterns.ts';

/**
 * The sources file: the outlets a user follows, with their feed, sitemap or URL-list addresses, their
 * leaning and owner (which also feed the framing's outlet table) and how often to poll them. CSV with
 * a header row (`name,urls,leaning,owner,every`; several URLs in one cell separated by spaces, or one
 * row per URL) or JSON (an array, or `{"sources": [...]}`).
 */

/**
 * A duration such as `15m`, `1h`, `90s`, `1d` (a bare number is minutes), in ms; throws an Error with
 * a one-line message for anything else.
 * @example
 * parseDuration('15m') // 900000
 */
export function parseDuration(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|min|h|d)?$/i.exec(text.trim());
  if (!match) throw new Error(`"${text}" is not a duration such as 15m, 1h or 90s`);
  const unit = (match[2] ?? 'm').toLowerCase();
  const scale: Record<string, number> = {
    ms: 1,
    s: 1000,
    m: 60_000,
    min: 60_000,
    h: 3_600_000,
    d: 86_400_000,
  };
  return Math.round(Number(match[1]) * (scale[unit] as number));
}

const OPTIONAL = z
  .string()
  .trim()
  .nullish()
  .transform((s) => s || null);

const URLS = z
  .union([z.array(z.string()), z.string().transform((s) => s.split(/[\s|]+/))])
  .transform((list) => list.map((u) => u.trim()).filter(Boolean))
  .pipe(
    z
      .array(z.string().regex(/^https?:\/\/\S+$/i, 'each URL must be an http(s) URL'))
      .min(1, 'no feed, sitemap or URL list'),
  );

const SourceSchema = z.object({
  name: z.string().trim().min(1, 'name is empty'),
  urls: URLS,
  leaning: OPTIONAL,
  owner: OPTIONAL,
  every: z
    .union([z.number(), z.string()])
    .nullish()
    .transform((v, ctx) => {
      if (v === null || v === undefined || v === '') return null;
      try {
        const ms = typeof v === 'number' ? v * 60_000 : parseDuration(v);
        if (ms < MIN_EVERY_MS)
          throw new Error(`"${v}" is shorter than the ${MIN_EVERY_MS / 60_000}-minute minimum`);
        return ms;
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    }),
});

// Column and key names accepted for each field.
const ALIASES: Readonly<Record<string, string>> = dict({
  outlet: 'name',
  url: 'urls',
  feed: 'urls',
  feeds: 'urls',
  sitemap: 'urls',
  interval: 'every',
  poll: 'every',
});
const rename = (key: string): string => ALIASES[key.trim().toLowerCase()] ?? key.trim().toLowerCase();

function readRows(text: string): unknown[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) throw new Error('the file is empty');
  if (/^[[{]/.test(trimmed)) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      throw new Error(`invalid JSON (${(error as Error).message.split('\n')[0]})`, { cause: error });
    }
    const rows =
      value && typeof value === 'object' && !Array.isArray(value) && 'sources' in value
        ? value.sources
        : value;
    if (!Array.isArray(rows)) throw new Error('JSON must be an array of sources, or {"sources": [...]}');
    return rows.map((row) =>
      row && typeof row === 'object' && !Array.isArray(row)
        ? Object.fromEntries(Object.entries(row).map(([k, v]) => [rename(k), v]))
        : row,
    );
  }
  const [header = [], ...rows] = parseCsv(trimmed);
  const names = header.map(rename);
  if (!names.includes('name') || !names.includes('urls'))
    throw new Error('CSV needs a header row with the columns name,urls (and optionally leaning,owner,every)');
  return rows
    .filter((cells) => cells.some((c) => c.trim()))
    .map((cells) => Object.fromEntries(names.map((h, i) => [h, cells[i] ?? ''])));
}

/**
 * Parse a sources file; rows naming the same outlet (case-insensitive) are merged, their URLs
 * joined. Throws an Error with a one-line message naming the bad row.
 * @example
 * parseSources('name,urls,leaning\nWexmoor Post,https://post.example/feed.xml,centre')
 */
export function parseSources(text: string): FetchSource[] {
  let rows: unknown[];
  try {
    rows = readRows(text);
  } catch (error) {
    throw new Error(`sources: ${(error as Error).message}`, { cause: error });
  }
  if (rows.length === 0) throw new Error('sources: the file lists no sources');
  const byName = new Map<string, FetchSource>();
  rows.forEach((row, index) => {
    const parsed = SourceSchema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.length ? `${String(issue.path[0])}: ` : '';
      throw new Error(`sources: row ${index + 1}: ${field}${issue?.message ?? 'invalid'}`);
    }
    const s = parsed.data;
    const key = s.name.toLowerCase();
    const before = byName.get(key);
    byName.set(key, {
      name: before?.name ?? s.name,
      urls: [...new Set([...(before?.urls ?? []), ...s.urls])],
      leaning: s.leaning ?? before?.leaning ?? null,
      owner: s.owner ?? before?.owner ?? null,
      everyMs: s.every ?? before?.everyMs ?? null,
    });
  });
  return [...byName.values()];
}

/**
 * The outlets sources describe, as the store records them for the framing's outlet table and
 * coverage by leaning: name, the hosts of their URLs, leaning and owner (null when the file gives
 * none: Parallax never invents either).
 */
export function sourceOutlets(sources: readonly FetchSource[]): OutletInfo[] {
  return sources.map((s) => ({
    name: s.name,
    domains: [...new Set(s.urls.map((u) => siteHost(new URL(u).hostname)))],
    leaning: s.leaning,
    owner: s.owner,
  }));
}
