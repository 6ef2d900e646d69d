import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { changesPage, changesSince } from '../store/changes.ts';
import { parseCursor } from '../store/story-cursor.ts';
import { ChangesQuerySchema, ChangesSchema } from './change-schemas.ts';
import { type AppContext, leaningsFor, summaryJson } from './data.ts';
import { LIST_LIMIT } from './patterns.ts';
import { ErrorSchema } from './schemas.ts';

const route = createRoute({
  method: 'get',
  path: '/api/changes',
  summary:
    'What changed since a time: stories that gained articles, had an article’s page read again changed (updated), or merged or split; newest change first',
  request: { query: ChangesQuerySchema },
  responses: {
    200: { content: { 'application/json': { schema: ChangesSchema } }, description: 'the changed stories' },
    400: { content: { 'application/json': { schema: ErrorSchema } }, description: 'bad request' },
  },
});

/** Register `GET /api/changes` (a part of the JSON API, ./api.ts). */
export function registerChangesApi(app: OpenAPIHono, context: AppContext): void {
  app.openapi(route, async (c) => {
    const query = c.req.valid('query');
    const since = await changesSince(context.store, query.since);
    // a word that is no stored article's id (nor a date: "x-1")
    if (since === null)
      throw new HTTPException(400, {
        message: `"since" is no stored article's id and no date: ${query.since}`,
      });
    const cursor = query.after === undefined ? undefined : (parseCursor(query.after) ?? undefined);
    const [page, leanings] = await Promise.all([
      changesPage(context.store, since, cursor, query.limit ?? LIST_LIMIT),
      leaningsFor(context),
    ]);
    const changes = page.changes.map((x) => ({
      ...x,
      story: summaryJson(x.story, leanings),
      articles: [...x.articles],
      events: [...x.events],
    }));
    return c.json({ since, changes, next: page.next, newest: page.newest }, 200);
  });
}
