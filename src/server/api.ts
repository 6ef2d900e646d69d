import { createRoute, type OpenAPIHono, type z } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { revisionChanges } from '../store/revision-changes.ts';
import { storeCounts } from '../store/stats-counts.ts';
import { parseCursor, storyListPage } from '../store/story-cursor.ts';
import { splitParts } from '../store/story-moves.ts';
import { registerChangesApi } from './api-changes.ts';
import { type AppContext, leaningsFor, loadStory, summaryJson } from './data.ts';
import { plural } from './html.ts';
import type { Job, JobQueue } from './jobs.ts';
import { LIST_LIMIT } from './patterns.ts';
import {
  ArticleResponseSchema,
  ErrorSchema,
  FetchRequestSchema,
  IdParamSchema,
  JobIdParamSchema,
  JobSchema,
  NewArticlesSchema,
  SearchHitsSchema,
  SearchQuerySchema,
  StatsSchema,
  StoriesQuerySchema,
  StoriesSchema,
  StorySchema,
} from './schemas.ts';
import { checkBusy, checkCount, pastedFile } from './upload.ts';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});
const errors = {
  400: json(ErrorSchema, 'bad request'),
  404: json(ErrorSchema, 'not found'),
};

const routes = {
  stories: createRoute({
    method: 'get',
    path: '/api/stories',
    summary: 'Stories, newest change first, with their outlets by leaning',
    request: { query: StoriesQuerySchema },
    responses: { 200: json(StoriesSchema, 'the stories'), 400: errors[400] },
  }),
  story: createRoute({
    method: 'get',
    path: '/api/stories/{id}',
    summary: "A story's report (computed when its articles changed) and its neighbours of the same topic",
    request: { params: IdParamSchema },
    responses: { 200: json(StorySchema, 'the story'), ...errors },
  }),
  article: createRoute({
    method: 'get',
    path: '/api/articles/{id}',
    summary:
      'One stored article: cleaned text, metadata, what cleaning removed and why, and its earlier versions',
    request: { params: IdParamSchema },
    responses: { 200: json(ArticleResponseSchema, 'the article'), ...errors },
  }),
  search: createRoute({
    method: 'get',
    path: '/api/search',
    summary: 'Full-text search over titles and texts, best first',
    request: { query: SearchQuerySchema },
    responses: { 200: json(SearchHitsSchema, 'the hits'), 400: errors[400] },
  }),
  add: createRoute({
    method: 'post',
    path: '/api/articles',
    summary: 'Add pasted articles to the store; answers at once with the ingest job to follow',
    request: { body: { content: { 'application/json': { schema: NewArticlesSchema } }, required: true } },
    responses: {
      202: json(JobSchema, 'the ingest job, queued'),
      400: errors[400],
      413: json(ErrorSchema, 'too large or too many'),
      429: json(ErrorSchema, 'too many additions under way'),
    },
  }),
  fetch: createRoute({
    method: 'post',
    path: '/api/fetches',
    summary:
      'Fetch pages, feeds or sitemaps into the store (politely; no private addresses); answers at once with the job',
    request: { body: { content: { 'application/json': { schema: FetchRequestSchema } }, required: true } },
    responses: {
      202: json(JobSchema, 'the fetch job, queued'),
      400: errors[400],
      429: json(ErrorSchema, 'too many additions under way'),
    },
  }),
  job: createRoute({
    method: 'get',
    path: '/api/jobs/{id}',
    summary: 'Where an ingest stands',
    request: { params: JobIdParamSchema },
    responses: { 200: json(JobSchema, 'the job'), ...errors },
  }),
  stats: createRoute({
    method: 'get',
    path: '/api/stats',
    summary: "The store's counts and last ingest",
    responses: { 200: json(StatsSchema, 'the counts') },
  }),
};

const jobJson = (job: Job) => ({
  ...job,
  skipped: [...job.skipped],
  stories: [...job.stories],
  articleIds: [...job.articleIds],
});

/** Register the JSON API's routes on `app`, and its OpenAPI document at `/api/openapi.json`. */
export function registerApi(app: OpenAPIHono, context: AppContext, jobs: JobQueue): void {
  const notFound = (what: string) => new HTTPException(404, { message: `no ${what}` });
  app.openapi(routes.stories, async (c) => {
    const { since, outlet, topic, limit, after } = c.req.valid('query');
    const cursor = after === undefined ? null : parseCursor(after);
    const { stories, next } = await storyListPage(
      context.store,
      {
        ...(since ? { since } : {}),
        ...(outlet ? { outlet } : {}),
        ...(topic ? { topic } : {}),
        ...(cursor ? { after: cursor } : {}),
      },
      limit ?? LIST_LIMIT,
    );
    const leanings = await leaningsFor(context);
    return c.json({ stories: stories.map((s) => summaryJson(s, leanings)), next }, 200);
  });
  app.openapi(routes.story, async (c) => {
    const { id } = c.req.valid('param');
    const found = await loadStory(context, id);
    if (!found) throw notFound(`story ${id}`);
    const [leanings, splitOff] = await Promise.all([leaningsFor(context), splitParts(context.store, id)]);
    return c.json(
      {
        story: summaryJson(found.story, leanings),
        report: found.report,
        neighbours: found.neighbours.map((s) => summaryJson(s, leanings)),
        splitOff,
      },
      200,
    );
  });
  app.openapi(routes.article, async (c) => {
    const { id } = c.req.valid('param');
    const found = await context.store.article(id);
    if (!found) throw notFound(`article ${id}`);
    const revisions = revisionChanges(found.article, await context.store.articleRevisions(id));
    const json = revisions.map((r) => ({ ...r, removed: [...r.removed], added: [...r.added] }));
    return c.json({ ...found, revisions: json }, 200);
  });
  app.openapi(routes.search, async (c) => {
    const { q, since, outlet, limit } = c.req.valid('query');
    const hits = await context.store.search(q, {
      ...(since ? { since } : {}),
      ...(outlet ? { outlet } : {}),
      ...(limit ? { limit } : {}),
    });
    return c.json({ hits }, 200);
  });
  app.openapi(routes.add, async (c) => {
    const { articles } = c.req.valid('json');
    checkBusy(jobs.pending());
    checkCount(articles.length);
    return c.json(jobJson(jobs.start(articles.map(pastedFile), plural(articles.length, 'article'))), 202);
  });
  app.openapi(routes.fetch, async (c) => {
    const { urls } = c.req.valid('json');
    checkBusy(jobs.pending());
    return c.json(jobJson(jobs.startFetch(urls)), 202);
  });
  app.openapi(routes.job, async (c) => {
    const { id } = c.req.valid('param');
    const job = jobs.get(id);
    if (!job) throw notFound(`job ${id}`);
    return c.json(jobJson(job), 200);
  });
  app.openapi(routes.stats, async (c) => {
    // the counts `parallax stats` prints, read by the same function
    const [stats, [latest]] = await Promise.all([context.store.stats(), context.store.stories({ limit: 1 })]);
    return c.json(storeCounts(stats, latest), 200);
  });
  registerChangesApi(app, context);
  app.doc('/api/openapi.json', {
    openapi: '3.0.0',
    info: {
      title: 'Parallax',
      version: '1',
      description:
        'One news story through every outlet that covered it: the stored stories, their reports and articles.',
    },
  });
}
