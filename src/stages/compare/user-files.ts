import { z } from 'zod';
import { siteHost } from '../../text/platform-hosts.ts';
import type { ContestedTermEntry } from './data/contested-terms.ts';

/**
 * One row of a user's contested-terms file: the term, a neutral alternative, a note, and optionally
 * the one use it counts (`label` or `act`, see ContestedTermEntry); a blank use counts every use.
 */
export const ContestedTermEntrySchema = z
  .object({
    // a term is matched with its forms (plural, -ly, past and -ing), not by prefix: a "*" matched
    // nothing and said nothing, so it is refused
    term: z
      .string()
      .trim()
      .min(1, 'term is empty')
      .refine((t) => !t.includes('*'), {
        message:
          'term has a "*": terms match their plural, -ly, past and -ing forms, not a prefix; write the word ("consolidation") or one row per form',
      }),
    neutral: z.string().trim().default(''),
    note: z.string().trim().default(''),
    use: z.preprocess(
      (v) => (typeof v === 'string' ? v.trim().toLowerCase() || undefined : (v ?? undefined)),
      z.enum(['label', 'act'], { message: 'use must be "label", "act" or blank' }).optional(),
    ),
  })
  // no `use` key at all when none is given, so entries compare and print as written
  .transform(({ use, ...rest }): ContestedTermEntry => (use ? { ...rest, use } : rest));

/** A user's contested-terms file: a JSON array (or `{terms: [...]}`) of entries, or CSV `term,neutral,note[,use]`. */
export const TermsFileSchema = z.preprocess(
  (v) => (v && typeof v === 'object' && !Array.isArray(v) && 'terms' in v ? v.terms : v),
  z.array(ContestedTermEntrySchema),
);

// a text cell that may be missing, null or blank: null then
const OPTIONAL_TEXT = z
  .string()
  .trim()
  .nullable()
  .default(null)
  .transform((s) => s || null);

/** One outlet of a user's outlet table; shown beside the framing, never invented by Parallax. */
export const OutletEntrySchema = z.object({
  name: z.string().trim().min(1, 'name is empty'),
  domains: z
    .union([z.array(z.string()), z.string().transform((s) => s.split(/[\s;|]+/))])
    .default([])
    .transform((ds) => ds.map((d) => siteHost(d.trim())).filter(Boolean)),
  leaning: OPTIONAL_TEXT,
  owner: OPTIONAL_TEXT,
});
/**
 * Where an outlet row came from: the manifest, the outlet table (`--outlets`, also when unset), or both
 * (the manifest's leaning with the table's owner).
 */
export type OutletSource = 'manifest' | 'table' | 'both';
/** One outlet of a user's outlet table or manifest. */
export type OutletEntry = z.infer<typeof OutletEntrySchema> & { readonly from?: OutletSource };

/** A user's outlet table: a JSON array (or `{outlets: [...]}`), or CSV `name,domains,leaning,owner`. */
export const OutletTableSchema = z.preprocess(
  (v) => (v && typeof v === 'object' && !Array.isArray(v) && 'outlets' in v ? v.outlets : v),
  z.array(OutletEntrySchema),
);

/**
 * Parse CSV (RFC 4180 quoting) into rows of cells. A first line that holds semicolons (or tabs) and
 * no comma sets that separator: a spreadsheet in a European locale saves "CSV" with semicolons.
 */
export function parseCsv(text: string): string[][] {
  const first = text.slice(0, text.search(/\r|\n|$/));
  const separator = first.includes(',') ? ',' : first.includes(';') ? ';' : first.includes('\t') ? '\t' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') [cell, i] = [`${cell}"`, i + 1];
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === separator) [row, cell] = [[...row, cell], ''];
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      rows.push([...row, cell]);
      [row, cell] = [[], ''];
    } else cell += c;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows.filter((r) => r.some((x) => x.trim() !== ''));
}

// JSON when it looks like JSON, else CSV with a header row naming the columns.
function readTable(text: string, what: string, columns: readonly string[]): unknown {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) throw new Error(`${what}: the file is empty`);
  if (/^[[{]/.test(trimmed)) {
    try {
      return JSON.parse(trimmed);
    } catch (error) {
      throw new Error(`${what}: invalid JSON (${(error as Error).message.split('\n')[0]})`, { cause: error });
    }
  }
  let rows: string[][];
  try {
    rows = parseCsv(trimmed);
  } catch (error) {
    throw new Error(`${what}: invalid CSV (${(error as Error).message})`, { cause: error });
  }
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const first = columns[0] as string;
  if (!header.includes(first))
    throw new Error(`${what}: CSV needs a header row with the columns ${columns.join(',')}`);
  return rows.slice(1).map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
}

function validate<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? `entry ${issue.path.join('.')}: ` : '';
  throw new Error(`${what}: ${where}${issue?.message ?? 'invalid'}`);
}

/**
 * Parse a user's contested-terms file (JSON or CSV with a `term,neutral,note` header and an optional
 * `use` column); throws an Error with a one-line message on bad input.
 * @example
 * parseTermsFile('term,neutral,note,use\nillegal,undocumented immigrants,AP style,label');
 */
export function parseTermsFile(text: string): ContestedTermEntry[] {
  return validate(
    TermsFileSchema,
    readTable(text, 'terms file', ['term', 'neutral', 'note', 'use']),
    'terms file',
  );
}

/**
 * Parse a user's outlet table (JSON or CSV with a `name,domains,leaning,owner` header; domains
 * separated by spaces or `;`); throws an Error with a one-line message on bad input.
 * @example
 * parseOutletTable('name,domains,leaning,owner\nDaily Example,example.com,center,Example Media');
 */
export function parseOutletTable(text: string): OutletEntry[] {
  return validate(
    OutletTableSchema,
    readTable(text, 'outlet table', ['name', 'domains', 'leaning', 'owner']),
    'outlet table',
  );
}
