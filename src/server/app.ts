import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { AnalyzeOptions } from '../pipeline.ts';
import { SERVED_LIMITS, type StoryPageLimits } from '../report/index.ts';
import type { Store } from '../store/types.ts';
import { storeUnreachable } from '../store/unreachable.ts';
import { registerApi } from './api.ts';
import { leaningsOf } from './coverage-bar.ts';
import { appContext } from './data.ts';
import { escapeHtml, page } from './html.ts';
import { createJobQueue, type Fetcher, type JobQueue } from './jobs.ts';
import { methodsAt } from './methods.ts';
import { registerPages } from './pages.ts';
import { MAX_UPLOAD_BYTES } from './patterns.ts';
import { reportThread } from './report-thread.ts';
import { knownHosts, sameSiteWrites, securityHeaders } from './security.ts';
import { UploadError } from './upload.ts';
import { addPage } from './views/add.ts';
import { createWarmer } from './warm.ts';

/** What the web app serves from. */
export interface AppOptions {
  readonly store: Store;
  /** Options of the analysis when a story's report is computed on demand (e.g. the outlet table). */
  readonly analyze?: AnalyzeOptions;
  /** The user's outlet table, for the coverage bars' leanings (never invented). */
  readonly outlets?: readonly { readonly name: string; readonly leaning?: string | null | undefined }[];
  /** Makes the fetcher of the URL lists given to the add form (default: the polite fetcher, no private addresses). */
  readonly fetcher?: () => Promise<Fetcher>;
  /** Host names the app answers to (with or without port); any when left out. */
  readonly hosts?: readonly string[];
  /** Called with one line per failed request (a server error, never bad input). */
  readonly log?: (line: string) => void;
  /** How much of each long part a story page shows before linking to its own pages (default `SERVED_LIMITS`). */
  readonly storyLimits?: StoryPageLimits;
  /**
   * Compute stale reports in a worker thread, so that the app answers other requests meanwhile, and
   * ahead of the readers: from the start those of the stale stories among the `warmReports` that
   * changed last (`parallax serve`: the list's first page), then those of each list page shown.
   * Default 0: reports are computed when asked for, in this thread.
   */
  readonly warmReports?: number;
}

/** The app's reports computed ahead (`AppOptions.warmReports`): wait for them, or stop them and their thread. */
export interface AppReports {
  /** Resolves with how many stale reports were computed ahead so far, once none is queued. */
  warmed(): Promise<number>;
  /** Stop computing ahead (after the story under way) and stop the report thread. */
  close(): Promise<void>;
}

const STATUS_TITLES: Readonly<Record<number, string>> = {
  400: 'Bad request',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  413: 'Too large',
  415: 'Not JSON',
  429: 'Busy',
  500: 'Something went wrong',
  503: 'Store not answering',
};

/**
 * The web app: server-rendered pages (stories, story, article, search, add articles) that work
 * without script, and the JSON API under `/api/` with its OpenAPI document. Every answer carries the
 * security headers; errors answer with their status and one line (JSON under `/api/`), never a stack.
 * @example
 * const { app } = createApp({ store: await openStore('news.db') });
 * const res = await app.request('/api/stories?limit=5');
 */
export function createApp(options: AppOptions): { app: OpenAPIHono; jobs: JobQueue; reports: AppReports } {
  const analyze = options.analyze ?? {};
  const thread = options.warmReports ? reportThread(analyze) : null;
  const context = appContext(
    options.store,
    analyze,
    leaningsOf(options.outlets ?? analyze.compare?.outlets ?? []),
    options.storyLimits ?? SERVED_LIMITS,
    thread?.compute,
  );
  const jobs = createJobQueue(options.store, analyze, options.fetcher, thread?.compute);
  const warmer = thread ? createWarmer(context, options.log) : null;
  // the stale reports of the stories that changed last, then of each list page shown
  const first = warmer
    ? options.store
        .stories({ limit: options.warmReports ?? 0 })
        .then(warmer.ahead, (error: Error) =>
          options.log?.(`the stale reports were not computed ahead: ${error.message}`),
        )
    : undefined;
  const reports: AppReports = {
    warmed: async () => (await warmer?.idle()) ?? 0,
    // the first list read before the stop, so that nothing is queued (or read) once the store closes
    close: async () => {
      await first;
      await warmer?.stop();
      await thread?.close();
    },
  };
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const message = issue?.message ?? 'bad request';
        // a message that names its parameter ('"limit" takes …') needs no name before it
        const where = issue?.path.length && !message.startsWith('"') ? `${issue.path.join('.')}: ` : '';
        return c.json({ error: `${where}${message}`, status: 400 }, 400);
      }
      return undefined;
    },
  });
  app.use('*', securityHeaders());
  if (options.hosts) app.use('*', knownHosts(options.hosts));
  app.use('*', sameSiteWrites());
  const limit = bodyLimit({
    maxSize: MAX_UPLOAD_BYTES,
    onError: () => {
      throw new UploadError(413, `the upload is over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
    },
  });
  app.use('/add', limit);
  app.use('/api/articles', limit);
  app.use('/api/fetches', limit);
  registerApi(app, context, jobs);
  registerPages(app, context, jobs, warmer);
  app.notFound((c) => {
    // a path the app answers, asked for with another method: 405, saying which it takes
    const allowed = methodsAt(app.routes, c.req.path);
    if (!allowed.length)
      return answer(
        c,
        404,
        c.req.path.startsWith('/api/')
          ? 'There is no such API route: they are listed in /api/openapi.json.'
          : 'There is no such page.',
      );
    c.header('Allow', allowed.join(', '));
    return answer(c, 405, `${c.req.method} is not answered here, only ${allowed.join(', ')}.`);
  });
  app.onError((error, c) => {
    if (error instanceof UploadError) return answer(c, error.status, error.message);
    // a body that is not JSON (the validator's own words name no remedy)
    if (error instanceof HTTPException && error.status === 415)
      return answer(c, 415, 'The body must be JSON, sent with Content-Type: application/json.');
    if (error instanceof HTTPException && error.status < 500) return answer(c, error.status, error.message);
    options.log?.(`${c.req.method} ${c.req.path}: ${error.message}`);
    // a PostgreSQL store's server stopped or restarting: the reader's to wait for, not the app's fault
    if (storeUnreachable(error)) {
      c.header('Retry-After', '10');
      return answer(
        c,
        503,
        'The store’s database does not answer (stopped or restarting?): try again in a moment.',
      );
    }
    return answer(c, 500, 'The server failed to answer this request.');
  });
  return { app, jobs, reports };
}

// An error answer: JSON under /api/, else a page (the add form again for a bad upload).
function answer(c: Context, status: number, message: string) {
  const code = status as 400 | 403 | 404 | 405 | 413 | 415 | 429 | 500 | 503;
  if (c.req.path.startsWith('/api/')) return c.json({ error: message, status }, code);
  const title = STATUS_TITLES[status] ?? 'Error';
  // a refused addition shows the form again, with what was wrong above it
  if (c.req.path === '/add' && c.req.method === 'POST')
    return c.html(page(addPage({ text: message, error: true }), { title, current: 'add' }), code);
  return c.html(
    page(
      `<h1>${escapeHtml(title)}</h1><p class="notice error" role="alert">${escapeHtml(message)}</p><p><a href="/">All stories</a></p>`,
      {
        title,
      },
    ),
    code,
  );
}
