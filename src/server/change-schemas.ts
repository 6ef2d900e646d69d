import { z } from '@hono/zod-openapi';
import { sinceTime } from '../store/changes.ts';
import { parseCursor } from '../store/story-cursor.ts';
import { MAX_LIST_LIMIT } from './patterns.ts';
import { StorySummarySchema } from './schemas.ts';

/** The JSON API's schemas of `/api/changes`: what changed in the stories since a time. */

const SINCE_TAKES =
  '"since" takes a date such as 2026-12-06, a time such as 2026-12-06T08:30Z (UTC when no zone), or an article id';
const LIMIT_TAKES = `"limit" takes a whole number from 1 to ${MAX_LIST_LIMIT}`;

/** The time asked for (or an article id: when it was stored), a page's size and the next page's cursor. */
export const ChangesQuerySchema = z.object({
  since: z
    .string({ error: SINCE_TAKES })
    .trim()
    .refine((value) => sinceTime(value) !== null || /^[a-z][\w-]{0,99}$/i.test(value), SINCE_TAKES)
    .openapi({ example: '2026-12-06T08:30:00Z', description: 'changes at or after this time' }),
  limit: z.coerce
    .number({ error: LIMIT_TAKES })
    .int(LIMIT_TAKES)
    .min(1, LIMIT_TAKES)
    .max(MAX_LIST_LIMIT, LIMIT_TAKES)
    .optional(),
  after: z
    .string()
    .max(200)
    .refine((value) => parseCursor(value) !== null, '"after" takes the `next` of a previous page')
    .optional(),
});

const ChangedArticleSchema = z
  .object({
    kind: z.enum(['new', 'updated']),
    id: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    at: z
      .string()
      .describe('when the store stored it (new) or last read its page with another title or text (updated)'),
    notes: z
      .array(z.enum(['correction', 'clarification', 'update', 'editors-note']))
      .optional()
      .describe(
        "updated only: the editors' notes its page's versions read since the time added (a correction, a clarification, an update note), one of each kind; empty when it gave none",
      ),
  })
  .openapi('ChangedArticle');

const EventSchema = z
  .object({
    kind: z.enum(['merged', 'split']),
    storyId: z.string().describe('the story that ended (merged) or began (split)'),
    otherId: z.string().describe('the story it merged into, or was split off'),
    articles: z.number().int(),
    at: z.string(),
  })
  .openapi('StoryEvent');

export const ChangesSchema = z
  .object({
    since: z.string().describe('the time asked for, ISO (an article id read as the time it was stored)'),
    changes: z.array(
      z.object({
        story: StorySummarySchema,
        newArticles: z.number().int().describe('its articles stored at or after the time'),
        updatedArticles: z
          .number()
          .int()
          .describe(
            'its articles stored before the time whose page was read again since with another title or text (an update, a correction or a cleaning: the store keeps the earlier version; `notes` names a note the page added)',
          ),
        articles: z.array(ChangedArticleSchema).describe('the newest five of each kind, newest first'),
        events: z.array(EventSchema).describe('its merges and splits since, newest first'),
      }),
    ),
    next: z.string().nullable().describe('`after` of the next page, or null on the last page'),
    newest: z
      .string()
      .nullable()
      .describe(
        'first page only: the `since` to look again with once every page is read (the newest change listed, or the storage time of an article not yet in a story when earlier)',
      ),
  })
  .openapi('Changes');
