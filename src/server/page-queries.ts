import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { isoOrNull } from '../store/dates.ts';
import { parseCursor } from '../store/story-cursor.ts';
import { LIST_LIMIT, MAX_LIST_LIMIT, MAX_QUERY_CHARS } from './patterns.ts';
import type { ListQuery } from './views/list.ts';
import type { PartQuery } from './views/story-part.ts';

/** The pages' query parameters read and checked: a malformed one is a 400 with what it takes. */

/** A 400 answer with its one line. */
export const bad = (message: string) => new HTTPException(400, { message });

/** The list page's query: a bad date or limit is a 400, empty fields are left out. */
export function listQuery(c: Context): ListQuery {
  const get = (name: string) => c.req.query(name)?.trim() || undefined;
  const since = get('since');
  if (since !== undefined && isoOrNull(since) === null) throw bad(`"since" takes a date such as 2025-03-01`);
  const limitText = get('limit');
  const limit = limitText === undefined ? LIST_LIMIT : Number(limitText);
  if (!(Number.isInteger(limit) && limit >= 1 && limit <= MAX_LIST_LIMIT))
    throw bad(`"limit" takes a whole number from 1 to ${MAX_LIST_LIMIT}`);
  const q = get('q');
  if (q !== undefined && q.length > MAX_QUERY_CHARS)
    throw bad(`the search is over ${MAX_QUERY_CHARS} characters`);
  const sort = get('sort');
  if (sort !== undefined && sort !== 'outlets')
    throw bad('"sort" takes outlets, or nothing (newest change first)');
  // a cursor names its place in one order: another order's is no place in this one
  const after = get('after');
  if (after !== undefined && parseCursor(after, sort === 'outlets') === null)
    throw bad('"after" takes the link of a previous page');
  return {
    ...(q ? { q } : {}),
    ...(after ? { after } : {}),
    ...(since ? { since } : {}),
    ...(get('outlet') ? { outlet: get('outlet') } : {}),
    ...(get('topic') ? { topic: get('topic') } : {}),
    ...(sort ? { sort } : {}),
    limit,
  };
}

/** `hl=START-END`: the cited span to highlight. */
export function highlightOf(value: string | undefined): { start: number; end: number } | null {
  if (value === undefined) return null;
  const match = /^(\d{1,9})-(\d{1,9})$/.exec(value);
  if (!match) throw bad('"hl" takes a span such as 120-184');
  return { start: Number(match[1]), end: Number(match[2]) };
}

/** `from` and `outlets` of a part's pages: where its window starts (0 when left out). */
export function partQuery(c: Context): PartQuery {
  const at = (name: string) => {
    const value = c.req.query(name);
    if (value === undefined || value === '') return 0;
    if (!/^\d{1,6}$/.test(value)) throw bad(`"${name}" takes a whole number from 0`);
    return Number(value);
  };
  return { from: at('from'), outlets: at('outlets') };
}
