import { FORMATS } from '../../stages/ingest/index.ts';
import { escapeHtml } from '../html.ts';
import type { Job } from '../jobs.ts';
import { MAX_FILE_BYTES, MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES, UPLOAD_EXTENSIONS } from '../patterns.ts';

const MB = 1024 * 1024;

/** The add-articles page: paste one article (with what is known of it), a list of URLs, or upload files. */
export function addPage(message: { text: string; error: boolean } | null = null): string {
  const notice = message
    ? `<p class="notice${message.error ? ' error' : ''}" role="${message.error ? 'alert' : 'status'}">${escapeHtml(message.text)}</p>`
    : '';
  return `<h1>Add articles</h1>
${notice}
<form method="post" action="/add" enctype="multipart/form-data">
<fieldset><legend>Paste an article</legend>
<div class="fields">
<label>Title<input name="title" type="text"></label>
<label>Outlet<input name="outlet" type="text"></label>
<label>Link to the original<input name="url" type="url" placeholder="https://"></label>
<label>Published<input name="publishedAt" type="date"></label>
</div>
<label for="text">Text</label>
<textarea id="text" name="text"></textarea>
</fieldset>
<fieldset><legend>Or upload files</legend>
<label>Files (${escapeHtml(UPLOAD_EXTENSIONS.map((e) => `.${e}`).join(' '))}; at most ${MAX_UPLOAD_FILES}, ${MAX_FILE_BYTES / MB} MB each, ${MAX_UPLOAD_BYTES / MB} MB in all)
<input name="files" type="file" multiple accept="${Object.keys(FORMATS).join(',')}"></label>
</fieldset>
<fieldset><legend>Or list URLs</legend>
<label for="urls">One http(s) URL a line: pages, feeds or sitemaps, fetched politely (robots.txt obeyed; no private addresses)</label>
<textarea id="urls" name="urls"></textarea>
</fieldset>
<button type="submit">Add to the store</button>
</form>`;
}

/**
 * The progress page of an ingest until it is done: brought up to date in place by the app's script,
 * or refreshing itself every second without script (`JOB_REFRESH`); `titles` names its stories and
 * articles by id.
 */
export function jobPage(job: Job, titles: ReadonlyMap<string, string> = new Map()): string {
  const named = (id: string, kind: string) => escapeHtml(titles.get(id) ?? `${kind} ${id}`);
  const running = job.state === 'queued' || job.state === 'running';
  const stories = job.stories.length
    ? `<h2>Stories</h2><ul>${job.stories.map((id) => `<li><a href="/stories/${encodeURIComponent(id)}">${named(id, 'story')}</a></li>`).join('')}</ul>`
    : '';
  const articles = job.articleIds.length
    ? `<h2>New articles</h2><ul>${job.articleIds.map((id) => `<li><a href="/articles/${encodeURIComponent(id)}">${named(id, 'article')}</a></li>`).join('')}</ul>`
    : '';
  const skipped = job.skipped.length
    ? `<h2>Skipped</h2><ul>${job.skipped.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`
    : '';
  return `<h1>Adding ${escapeHtml(job.what)}</h1>
<div data-job="${escapeHtml(job.id)}"${running ? ' data-running' : ''}>
<progress max="${Math.max(job.totalFiles, 1)}" value="${running ? job.files : Math.max(job.totalFiles, 1)}">${job.files} of ${job.totalFiles}</progress>
<p role="status" class="notice${job.state === 'failed' ? ' error' : ''}">${escapeHtml(job.message)}</p>
</div>
${stories}${articles}${skipped}
<p><a href="/add">Add more</a> · <a href="/">All stories</a></p>`;
}

/**
 * The progress page's self-refresh, for browsers without script only: inside `<noscript>` a script-run
 * page never refreshes (axe's meta-refresh, critical: a screen reader would read it again each second).
 */
export const JOB_REFRESH = '\n<noscript><meta http-equiv="refresh" content="1"></noscript>';
