import type { OpenAPIHono } from '@hono/zod-openapi';
import { HTTPException } from 'hono/http-exception';
import { type AppContext, storySummary } from './data.ts';
import { page, plural } from './html.ts';
import type { JobQueue } from './jobs.ts';
import { safeHttpUrl } from './security.ts';
import {
  checkBusy,
  checkCount,
  type PastedArticle,
  pastedFile,
  UploadError,
  uploadedFile,
  urlList,
} from './upload.ts';
import { addPage, JOB_REFRESH, jobPage } from './views/add.ts';

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Register the add form on `app`: its page, its posts (files, a pasted article or a URL list, each
 * started as a job of `jobs`) and each job's progress page.
 */
export function registerAddPages(app: OpenAPIHono, context: AppContext, jobs: JobQueue): void {
  const { store } = context;
  app.get('/add', (c) => c.html(page(addPage(), { title: 'Add articles', current: 'add' })));
  app.post('/add', async (c) => {
    checkBusy(jobs.pending());
    const form = await c.req.parseBody({ all: true }).catch(() => {
      throw new UploadError(400, 'the form could not be read');
    });
    // a form with no file chosen sends one nameless empty part; an empty file the user chose has its
    // name, and the ingest skips it saying so (not "nothing to add")
    const files = ([] as unknown[])
      .concat(form.files ?? [])
      .filter((f): f is File => f instanceof File && (f.size > 0 || f.name !== ''));
    const pasted = text(form.text)?.trim();
    const urls = urlList(text(form.urls) ?? '');
    if (urls.length) {
      if (pasted || files.length)
        throw new UploadError(400, 'Send a URL list on its own, apart from pasted text and files.');
      checkCount(urls.length);
      return c.redirect(`/add/jobs/${jobs.startFetch(urls).id}`, 303);
    }
    checkCount(files.length + (pasted ? 1 : 0));
    const inputs = await Promise.all(files.map((file, i) => uploadedFile(file, i)));
    const url = text(form.url)?.trim();
    if (pasted && url && safeHttpUrl(url) === null)
      throw new UploadError(
        400,
        `The link to the original must be an http(s) URL, not "${url.slice(0, 80)}".`,
      );
    if (pasted) {
      const article: PastedArticle = {
        text: pasted,
        title: text(form.title),
        outlet: text(form.outlet),
        url,
        publishedAt: text(form.publishedAt),
      };
      inputs.push(pastedFile(article, inputs.length));
    }
    // a pasted article is no file the user chose: the progress page names it apart
    const what = [files.length ? plural(files.length, 'file') : '', pasted ? '1 pasted article' : '']
      .filter(Boolean)
      .join(' and ');
    const job = jobs.start(inputs, what);
    return c.redirect(`/add/jobs/${job.id}`, 303);
  });
  app.get('/add/jobs/:id', async (c) => {
    const job = jobs.get(c.req.param('id'));
    if (!job)
      throw new HTTPException(404, {
        message: 'There is no such ingest (they are kept while the server runs).',
      });
    const running = job.state === 'queued' || job.state === 'running';
    const titles = new Map<string, string>();
    if (!running) {
      for (const id of job.stories.slice(0, 50)) {
        const story = await storySummary(context, id);
        if (story) titles.set(id, story.title);
      }
      for (const id of job.articleIds.slice(0, 50)) {
        const article = await store.article(id);
        if (article?.article.title) titles.set(id, article.article.title);
      }
    }
    return c.html(
      page(jobPage(job, titles), {
        title: 'Adding articles',
        current: 'add',
        ...(running ? { head: JOB_REFRESH } : {}),
      }),
    );
  });
}
