import type { OpenAPIHono } from '@hono/zod-openapi';
import { changesSince, changesPage as readChanges } from '../store/changes.ts';
import { parseCursor } from '../store/story-cursor.ts';
import { type AppContext, leaningsFor } from './data.ts';
import { page } from './html.ts';
import { bad } from './page-queries.ts';
import { LIST_LIMIT, MAX_LIST_LIMIT } from './patterns.ts';
import { type ChangesQuery, changesPage } from './views/changes.ts';

/** Register the "What changed" page (`/changes?since=TIME|ARTICLE-ID`, a part of pages.ts). */
export function registerChangesPage(app: OpenAPIHono, context: AppContext): void {
  app.get('/changes', async (c) => {
    const get = (name: string) => c.req.query(name)?.trim() || undefined;
    const given = get('since');
    const after = get('after');
    const cursor = after === undefined ? undefined : parseCursor(after);
    if (cursor === null) throw bad('"after" takes the link of a previous page');
    const limitText = get('limit');
    const limit = limitText === undefined ? LIST_LIMIT : Number(limitText);
    if (!(Number.isInteger(limit) && limit >= 1 && limit <= MAX_LIST_LIMIT))
      throw bad(`"limit" takes a whole number from 1 to ${MAX_LIST_LIMIT}`);
    const since = given === undefined ? undefined : await changesSince(context.store, given); // the form's time has no zone: UTC, as labelled
    if (since === null)
      throw bad(
        '"since" takes a date such as 2026-12-06, a time such as 2026-12-06T08:30 (UTC), or a stored article’s id',
      );
    const query: ChangesQuery = {
      ...(given ? { given } : {}),
      ...(since ? { since } : {}),
      ...(after ? { after } : {}),
      ...(limit !== LIST_LIMIT ? { limit } : {}),
    };
    const [found, leanings] = await Promise.all([
      since ? readChanges(context.store, since, cursor, limit) : Promise.resolve(null),
      leaningsFor(context),
    ]);
    return c.html(
      page(changesPage(query, found, leanings, new Date()), { title: 'What changed', current: 'changes' }),
    );
  });
}
