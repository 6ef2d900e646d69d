import { z } from '@hono/zod-openapi';
import { ArticleSchema, ReportSchema } from '../model/index.ts';
import { isoOrNull } from '../store/dates.ts';
import { parseCursor } from '../store/story-cursor.ts';
import { MAX_LIST_LIMIT, MAX_QUERY_CHARS, MAX_UPLOAD_FILES } from './patterns.ts';
import { RevisionSchema } from './revision-schema.ts';

/**
 * The JSON API's schemas: what requests are validated against and what the OpenAPI document at
 * `/api/openapi.json` is generated from.
 */

/** A store id in a path. */
export const IdParamSchema = z.object({
  id: z
    .string()
    .regex(/^[\w-]{1,100}$/, 'an id is letters, digits, - and _')
    .openapi({ param: { name: 'id', in: 'path' }, example: 's12' }),
});

// each message says what its parameter takes, as the pages' do (the error hook puts no name before a quoted one)
const since = z
  .string()
  .refine((value) => isoOrNull(value) !== null, '"since" takes a date such as 2025-03-01')
  .optional()
  .openapi({ example: '2025-03-01' });
const LIMIT_TAKES = `"limit" takes a whole number from 1 to ${MAX_LIST_LIMIT}`;
const limit = z.coerce
  .number({ error: LIMIT_TAKES })
  .int(LIMIT_TAKES)
  .min(1, LIMIT_TAKES)
  .max(MAX_LIST_LIMIT, LIMIT_TAKES)
  .optional()
  .openapi({ example: 50 });
const outlet = z.string().min(1).max(200).optional();

/** Filters of the story list. */
export const StoriesQuerySchema = z.object({
  since,
  outlet,
  topic: z.string().min(1).max(100).optional(),
  limit,
  after: z
    .string()
    .max(200)
    .refine((value) => parseCursor(value) !== null, '"after" takes the `next` of a previous page')
    .optional()
    .openapi({ description: 'the `next` cursor of the previous page: the stories listed after it' }),
});

/** A search and its filters. */
const Q_TAKES = `"q" takes the words to search for (at most ${MAX_QUERY_CHARS} characters)`;
export const SearchQuerySchema = z.object({
  q: z.string({ error: Q_TAKES }).trim().min(1, Q_TAKES).max(MAX_QUERY_CHARS, Q_TAKES),
  since,
  outlet,
  limit,
});

/** A story as listed, with how its outlets lean. */
export const StorySummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    topicId: z.string().nullable(),
    articleCount: z.number().int(),
    outlets: z.array(z.string()).describe('the named outlets of its articles, most articles first'),
    unnamedArticles: z
      .number()
      .int()
      .describe('its articles of no named outlet (each counted in coverage as a source of unknown leaning)'),
    firstAt: z.string().nullable(),
    lastAt: z.string().nullable(),
    updatedAt: z.string(),
    newestAt: z
      .string()
      .nullable()
      .describe(
        'latest time of its articles (publication, else ingest): the order of stories changed at once',
      ),
    reportStale: z.boolean().describe('its report is computed again and stored when read'),
    titleWorking: z
      .boolean()
      .describe(
        "its title may be the one it was grouped under, which its report's headline replaces (no report, or its articles changed since)",
      ),
    reportReadable: z
      .boolean()
      .describe(
        'its stored report is shown as it is (made by this version, or a newer one of a shape it reads)',
      ),
    reportVersion: z.string().nullable().describe('the Parallax version that made its stored report'),
    coverage: z
      .object({
        left: z.number().int(),
        centre: z.number().int(),
        right: z.number().int(),
        unknown: z.number().int(),
      })
      .describe('its sources by leaning: the named outlets, and each article of no named outlet as unknown'),
    oneSide: z
      .enum(['left', 'right'])
      .nullable()
      .describe('set when every outlet of known leaning is on one side'),
  })
  .openapi('StorySummary');

export const StoriesSchema = z
  .object({
    stories: z.array(StorySummarySchema),
    next: z.string().nullable().describe('`after` of the next page, or null on the last page'),
  })
  .openapi('Stories');

export const SplitPartSchema = z
  .object({
    storyId: z.string().describe('the id the part was given when the grouping split it off'),
    liveId: z
      .string()
      .nullable()
      .describe('the story that holds it now (the part, or one it merged into); null when gone'),
    articles: z.number().int().describe('how many articles it took'),
    at: z.string().describe('when, ISO date-time'),
  })
  .openapi('SplitPart');

export const StorySchema = z
  .object({
    story: StorySummarySchema,
    report: ReportSchema,
    neighbours: z.array(StorySummarySchema).describe('other stories of the same topic'),
    splitOff: z
      .array(SplitPartSchema)
      .describe(
        'parts the grouping split off the story id asked for, newest first (where its other articles went)',
      ),
  })
  .openapi('Story');

export const ArticleResponseSchema = z
  .object({
    article: ArticleSchema,
    storyId: z.string().nullable(),
    ingestedAt: z.string(),
    revisions: z.array(RevisionSchema).describe('its earlier versions (corrections), oldest first'),
  })
  .openapi('StoredArticle');

export const SearchHitsSchema = z
  .object({
    hits: z.array(
      z.object({
        articleId: z.string(),
        storyId: z.string().nullable(),
        title: z.string().nullable(),
        outlet: z.string().nullable(),
        publishedAt: z.string().nullable(),
        snippet: z.string().describe('matches wrapped in [ ]'),
        score: z.number(),
      }),
    ),
  })
  .openapi('SearchHits');

// what a body's fields take (an item's message follows its path: "articles.0.url: takes …")
const ARTICLES_TAKES = `"articles" takes a list of 1 to ${MAX_UPLOAD_FILES} articles, each {"text": "…"} with an optional title, outlet, url and publishedAt`;
const URLS_TAKES = `"urls" takes a list of 1 to ${MAX_UPLOAD_FILES} http(s) URLs`;
const HTTP_URL_TAKES = 'takes an http(s) URL';
const httpUrl = z.url({ protocol: /^https?$/, error: HTTP_URL_TAKES });

/** Articles to add, pasted as JSON. */
export const NewArticlesSchema = z
  .object({
    articles: z
      .array(
        z.object({
          text: z
            .string({ error: "takes the article's text" })
            .trim()
            .min(1, "takes the article's text, not empty"),
          title: z.string().max(1000).optional(),
          outlet: z.string().max(200).optional(),
          url: httpUrl.optional(),
          publishedAt: z.string().max(40).optional(),
        }),
        { error: ARTICLES_TAKES },
      )
      .min(1, ARTICLES_TAKES)
      .max(MAX_UPLOAD_FILES, ARTICLES_TAKES),
  })
  .openapi('NewArticles');

/** URLs to fetch: pages, feeds or sitemaps. */
export const FetchRequestSchema = z
  .object({
    urls: z.array(httpUrl, { error: URLS_TAKES }).min(1, URLS_TAKES).max(MAX_UPLOAD_FILES, URLS_TAKES),
  })
  .openapi('FetchRequest');

export const JobSchema = z
  .object({
    id: z.string(),
    state: z.enum(['queued', 'running', 'done', 'failed']),
    files: z
      .number()
      .int()
      .describe(
        "steps done: articles read (a bundle's records, one a page) for an upload, pages for a fetch",
      ),
    totalFiles: z.number().int().describe('steps in all, as `files` counts them'),
    what: z.string().describe('what is being added, in words: "2 files and 1 pasted article", "3 URLs"'),
    inserted: z.number().int(),
    duplicates: z.number().int(),
    skipped: z.array(z.string()),
    stories: z.array(z.string()),
    articleIds: z.array(z.string()),
    message: z.string(),
  })
  .openapi('Job');

export const JobIdParamSchema = z.object({
  id: z.uuid('a job id is the UUID its addition answered').openapi({ param: { name: 'id', in: 'path' } }),
});

export const StatsSchema = z
  .object({
    backend: z.enum(['sqlite', 'postgres']),
    articles: z.number().int(),
    unplaced: z.number().int().describe('articles in no story yet: the next ingest or fetch places them'),
    stories: z.number().int(),
    outlets: z.number().int(),
    reports: z.number().int().describe('stories with a stored report'),
    staleReports: z
      .number()
      .int()
      .describe('of them, those whose story changed since the report was made: computed again when read'),
    lastIngestAt: z.string().nullable(),
    lastChangeAt: z
      .string()
      .nullable()
      .describe('the later of the last ingest and the last change of a story'),
  })
  .openapi('Stats');

/** Every error answer: a status and one line. */
export const ErrorSchema = z.object({ error: z.string(), status: z.number().int() }).openapi('Error');
