/** The manifest: a user's table of inputs with their outlet, URL, date and leaning. */
import { posix } from 'node:path';
import { z } from 'zod';
import { dict } from '../../text/data/dict.ts';
import { siteHost } from '../../text/platform-hosts.ts';
import { parseCsv } from '../compare/user-files.ts';

// a text cell that may be missing, null or blank: undefined then
const OPTIONAL = z
  .string()
  .trim()
  .nullish()
  .transform((s) => s || undefined);

/** One row of a manifest: the input file it describes and what it says about it. */
export const ManifestEntrySchema = z
  .object({
    file: z.string().trim().min(1, 'file is empty'),
    outlet: OPTIONAL,
    url: OPTIONAL.refine((u) => u === undefined || /^https?:\/\/\S+$/i.test(u), 'url must be an http(s) URL'),
    publishedAt: OPTIONAL.refine(
      (d) => d === undefined || (/^\d{4}-\d{2}-\d{2}/.test(d) && !Number.isNaN(Date.parse(d))),
      'publishedAt must be an ISO date (YYYY-MM-DD, or a date-time)',
    ),
    leaning: OPTIONAL,
  })
  .refine((e) => e.leaning === undefined || e.outlet !== undefined, 'leaning needs an outlet');
/** One row of a manifest. */
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

// Column and key names accepted for each field (snake_case and a few common spellings).
const ALIASES: Readonly<Record<string, string>> = dict({
  path: 'file',
  filename: 'file',
  published_at: 'publishedAt',
  publishedat: 'publishedAt',
  date: 'publishedAt',
});

// a JSON row's keys under the names the schema reads (`published_at` -> `publishedAt`)
const renameKeys = (row: unknown): unknown =>
  row && typeof row === 'object' && !Array.isArray(row)
    ? Object.fromEntries(Object.entries(row).map(([k, v]) => [ALIASES[k.toLowerCase()] ?? k, v]))
    : row;

const ManifestSchema = z.preprocess(
  (v) => {
    const rows = v && typeof v === 'object' && !Array.isArray(v) && 'files' in v ? v.files : v;
    return Array.isArray(rows) ? rows.map(renameKeys) : rows;
  },
  z.array(ManifestEntrySchema).min(1, 'the manifest lists no files'),
);

function readRows(text: string): unknown {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) throw new Error('the file is empty');
  if (/^[[{]/.test(trimmed)) {
    try {
      return JSON.parse(trimmed);
    } catch (error) {
      throw new Error(`invalid JSON (${(error as Error).message.split('\n')[0]})`, { cause: error });
    }
  }
  const rows = parseCsv(trimmed);
  const header = (rows[0] ?? []).map((h) => ALIASES[h.trim().toLowerCase()] ?? h.trim().toLowerCase());
  if (!header.includes('file'))
    throw new Error('CSV needs a header row with the columns file,outlet,url,publishedAt,leaning');
  return rows.slice(1).map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

/**
 * How a message names each row of a manifest, as she finds it in the file: a CSV's row by its line
 * ("line 3": the header is line 1; blank lines counted, as an editor or a spreadsheet shows them), a
 * JSON row by its place in the list ("row 2"). A CSV whose cells hold line breaks is told by rows.
 * @example
 * manifestRowNames('file,outlet\na.txt,X\n\nb.txt,Y'); // ['line 2', 'line 4']
 */
export function manifestRowNames(text: string): string[] {
  const body = text.replace(/^\uFEFF/, '');
  const start = body.trimStart();
  if (/^[[{]/.test(start)) return [];
  const skipped = body.slice(0, body.length - start.length).split(/\r\n|\r|\n/).length - 1;
  const filled = start
    .trimEnd()
    .split(/\r\n|\r|\n/)
    .map((line, i) => [line, i + 1 + skipped] as const)
    .filter(([line]) => line.replace(/[,;\t"\s]/g, '') !== '')
    .map(([, n]) => `line ${n}`);
  const rows = (() => {
    try {
      return parseCsv(start.trim()).length;
    } catch {
      return -1;
    }
  })();
  return rows === filled.length ? filled.slice(1) : [];
}

// "06/12/2026": the day and the month could be either way round, and both readings are told; when
// one of the two is over 12 ("25/10/2026") or they are the same, it is one day; a reading that is no
// day of the calendar ("31/02/2026", "45/10/2026") is none
function dateHint(value: string): string {
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value.trim());
  if (!m) return '';
  const [a = '', b = '', year] = [m[1]?.padStart(2, '0'), m[2]?.padStart(2, '0'), m[3]];
  const day = (month: string, date: string) => {
    const iso = `${year}-${month}-${date}`;
    const at = new Date(Date.UTC(Number(year), Number(month) - 1, Number(date)));
    return Number(date) >= 1 && !Number.isNaN(at.getTime()) && at.toISOString().startsWith(iso) ? iso : null;
  };
  const readings = [...new Set([day(b, a), day(a, b)].filter((d) => d !== null))];
  if (readings.length > 1)
    return ` (day and month either way round: write it ${readings[0]} or ${readings[1]})`;
  return readings.length ? ` (write it ${readings[0]})` : '';
}

/**
 * Parse a manifest: CSV with a header row (`file,outlet,url,publishedAt,leaning`) or JSON (an array,
 * or `{files: [...]}`); throws an Error naming every bad row, one line each (its line in a CSV, its
 * place in JSON; its file and the value refused).
 * @example
 * parseManifest('file,outlet\n01-courier.txt,The Norhaven Courier');
 */
export function parseManifest(text: string): ManifestEntry[] {
  let rows: unknown;
  try {
    rows = readRows(text);
  } catch (error) {
    throw new Error(`manifest: ${(error as Error).message}`, { cause: error });
  }
  const result = ManifestSchema.safeParse(rows);
  if (result.success) return result.data;
  const names = manifestRowNames(text);
  const lines = new Map<string, string>();
  for (const issue of result.error.issues) {
    const index = issue.path[0];
    // the row told by its line, its file and the value refused, so it is found whatever counts rows
    const found =
      typeof index === 'number' && Array.isArray(rows) ? (rows[index] as Record<string, unknown>) : null;
    const file = typeof found?.file === 'string' && found.file.trim() ? ` (${found.file.trim()})` : '';
    const field = issue.path[1];
    const given = typeof field === 'string' && typeof found?.[field] === 'string' ? found[field] : null;
    const value = given === null ? '' : `, not "${given}"${field === 'publishedAt' ? dateHint(given) : ''}`;
    const row = typeof index === 'number' ? `${names[index] ?? `row ${index + 1}`}${file}: ` : '';
    // one line a row: its first fault
    const key = typeof index === 'number' ? String(index) : '';
    if (!lines.has(key)) lines.set(key, `manifest: ${row}${issue.message}${value}`);
  }
  throw new Error([...lines.values()].join('\n') || 'manifest: invalid');
}

/** Which input each manifest row describes, and the rows that name no input. */
export interface ManifestMatch {
  /** Input path (or `path#N` for one record of a JSON/JSONL file) -> its row. */
  readonly byInput: ReadonlyMap<string, ManifestEntry>;
  readonly unmatched: readonly ManifestEntry[];
}

const normal = (path: string): string => posix.normalize(path.replace(/\\/g, '/')).replace(/^\.\//, '');

/**
 * Match manifest rows to input paths: a row's `file` (optionally `#N` for one record) names the input
 * whose path equals it, equals it relative to the manifest's folder `base`, or ends with it (so a
 * base name is enough). Throws when a row matches two inputs or two rows match one.
 */
export function matchManifest(
  entries: readonly ManifestEntry[],
  paths: readonly string[],
  base = '.',
  names: readonly string[] = [],
): ManifestMatch {
  const rowName = (row: number) => names[row] ?? `row ${row + 1}`;
  const inputs = paths.map((p) => [p, normal(p)] as const);
  const byInput = new Map<string, ManifestEntry>();
  const rowOf = new Map<string, number>();
  const unmatched: ManifestEntry[] = [];
  entries.forEach((entry, row) => {
    const [file = '', record] = entry.file.split(/#(?=\d+$)/);
    const wanted = normal(file);
    const relative = normal(posix.join(normal(base), wanted));
    const hits = inputs.filter(([, p]) => p === wanted || p === relative || p.endsWith(`/${wanted}`));
    const exact = hits.filter(([, p]) => p === wanted || p === relative);
    const chosen = exact.length === 1 ? exact : hits;
    if (chosen.length > 1)
      throw new Error(
        `manifest: ${rowName(row)} (${entry.file}) matches ${chosen.length} inputs; give a longer path`,
      );
    const input = chosen[0]?.[0];
    if (input === undefined) {
      unmatched.push(entry);
      return;
    }
    const key = record ? `${input}#${record}` : input;
    const earlier = rowOf.get(key);
    if (earlier !== undefined)
      throw new Error(`manifest: ${rowName(earlier)} and ${rowName(row)} both describe ${key}`);
    rowOf.set(key, row);
    byInput.set(key, entry);
  });
  return { byInput, unmatched };
}

/**
 * The outlet rows a manifest adds to the framing's outlet table: one per outlet given a leaning,
 * with the domains of its URLs. Parallax never invents a leaning; these come from the user.
 */
export function manifestOutlets(
  entries: readonly ManifestEntry[],
): { name: string; domains: string[]; leaning: string | null; owner: string | null }[] {
  const out = new Map<string, { name: string; domains: string[]; leaning: string | null; owner: null }>();
  for (const e of entries) {
    if (!e.outlet || !e.leaning) continue;
    const row = out.get(e.outlet.toLowerCase()) ?? {
      name: e.outlet,
      domains: [],
      leaning: e.leaning,
      owner: null,
    };
    const host = e.url ? siteHost(new URL(e.url).hostname) : null;
    if (host && !row.domains.includes(host)) row.domains.push(host);
    out.set(e.outlet.toLowerCase(), row);
  }
  return [...out.values()];
}
