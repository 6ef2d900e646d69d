import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { withFixtureApp } from './fixtures/app.ts';
import type { JobQueue } from './jobs.ts';

// Uploads as a user makes them: a file of a type Parallax does not read, a name with no type, an
// empty file (each answered by what it is, in the user's own file name).
describe('web app uploads', () => {
  let app: OpenAPIHono;
  let jobs: JobQueue;
  withFixtureApp((fixture) => ({ app, jobs } = fixture));

  test('add: a file of another type is refused by its name; an empty file is skipped as empty', async () => {
    const post = (body: FormData) => app.request('/add', { method: 'POST', body });
    // read as text, this markup would have been stored as an article
    const rtf = new FormData();
    rtf.append('files', new File(['The Glenmoor note.'], 'glenmoor.txt'));
    rtf.append(
      'files',
      new File(['{\\rtf1\\ansi The Glenmoor dam spillway reopens on Monday.\\par}'], 'Dam notes.rtf'),
    );
    const refused = await post(rtf);
    assert.equal(refused.status, 400);
    const page = await refused.text();
    assert.match(page, /role="alert">Dam notes\.rtf is not a file Parallax reads: upload \.txt \.md \.html/);
    assert.match(page, /<form method="post" action="\/add"/, 'the form is shown again');
    const pdf = new FormData();
    pdf.append('files', new File(['%PDF-1.4 binary'], 'scan.PDF'));
    assert.match(await (await post(pdf)).text(), /scan\.PDF is not a file Parallax reads/);
    // a name with a dot but no type ("Mr. Lee") is read as text, as one with no dot is
    const named = new FormData();
    named.append(
      'files',
      new File(['Glenmoor councillor Ada Quill said the spillway would reopen.'], 'Mr. Lee'),
    );
    assert.equal((await post(named)).status, 303);
    // an empty file the user chose is no "nothing to add": the ingest skips it and says why
    const empty = new FormData();
    empty.append('files', new File([], 'blank.txt'));
    const res = await post(empty);
    assert.equal(res.status, 303);
    await jobs.idle();
    const job = jobs.get((res.headers.get('location') ?? '').split('/').pop() as string);
    assert.equal(job?.inserted, 0);
    assert.match(job?.skipped.join('\n') ?? '', /blank\.txt: the file is empty/);
  });

  test('add: a page saved as one file (.mhtml, .mht) is read as the page, as parallax analyze reads it', async () => {
    const form = await (await app.request('/add')).text();
    assert.match(form, /\.html \.htm \.mhtml \.json/, 'the form names the type');
    assert.match(form, /accept="[^"]*\.mhtml,\.mht,/);
    const page = (slug: string, title: string, body: string) =>
      [
        'MIME-Version: 1.0',
        'Content-Type: multipart/related; type="text/html"; boundary="glen"',
        '',
        '--glen',
        'Content-Type: text/html; charset=utf-8',
        `Content-Location: https://glenmoor-post.example/${slug}`,
        '',
        `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>`,
        `<p>${body}</p>`,
        '</article></body></html>',
        '--glen--',
        '',
      ].join('\r\n');
    const body = new FormData();
    body.append(
      'files',
      new File(
        [
          page(
            'spillway',
            'Glenmoor spillway to reopen Monday',
            'The Glenmoor dam spillway will reopen on Monday after repairs, councillor Ada Quill said on Friday.',
          ),
        ],
        'Spillway.mhtml',
      ),
    );
    body.append(
      'files',
      new File(
        [
          page(
            'gates',
            'Glenmoor dam gates replaced',
            'Crews replaced two gates and cleared the channel below the Glenmoor dam, the water board said.',
          ),
        ],
        'Gates.mht',
      ),
    );
    const res = await app.request('/add', { method: 'POST', body });
    assert.equal(res.status, 303);
    await jobs.idle();
    const job = jobs.get((res.headers.get('location') ?? '').split('/').pop() as string);
    assert.deepEqual(job?.skipped, []);
    // two pages saved from two addresses: two articles
    assert.equal(job?.inserted, 2);
  });

  test('an uploaded JSONL bundle is counted in articles, not as one file', async () => {
    const record = (i: number) =>
      JSON.stringify({
        outlet: 'Glenmoor Post',
        title: `Glenmoor weir notice ${i}`,
        url: `https://glenmoor-post.example/weir-${i}`,
        publishedAt: '2025-03-06',
        text: `The Glenmoor weir path will close for repairs on day ${i} of the month, the water board said on Thursday.`,
      });
    const body = new FormData();
    body.append('files', new File([[1, 2, 3].map(record).join('\n')], 'weir.jsonl'));
    const res = await app.request('/add', { method: 'POST', body });
    assert.equal(res.status, 303);
    await jobs.idle();
    const job = jobs.get((res.headers.get('location') ?? '').split('/').pop() as string);
    assert.equal(job?.inserted, 3);
    assert.deepEqual([job?.files, job?.totalFiles], [3, 3]);
  });
});
