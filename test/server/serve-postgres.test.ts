import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { FIXTURE_OUTLETS, fixtureStore } from '../../src/server/fixtures/store.ts';
import { createApp } from '../../src/server/index.ts';
import type { Store } from '../../src/store/types.ts';
import { createTestDatabase, needsPostgres } from '../store/pg-database.ts';

// The web app over the PostgreSQL backend: the same pages from a shared database.
describe('web app over PostgreSQL', { skip: needsPostgres() }, () => {
  let store: Store;
  let drop: () => Promise<void>;
  before(async () => {
    const database = await createTestDatabase('serve');
    drop = database.drop;
    store = await fixtureStore(database.url);
  });
  after(async () => {
    await store?.close();
    await drop?.();
  });

  test('list, story with citations, article with the cited span, search and add', async () => {
    const { app, jobs } = createApp({ store, outlets: FIXTURE_OUTLETS });
    const list = await (await app.request('/')).text();
    assert.match(
      list,
      /aria-label="4 outlets: 1 left, 1 lean left \(bar: 2 left\), 1 centre, 1 leaning unknown"/,
    );
    const dam = /<h2><a href="\/stories\/([^"]+)">Glenmoor/.exec(list)?.[1];
    assert.ok(dam);
    const story = await (await app.request(`/stories/${dam}`)).text();
    const href = (/<a class="cite" href="([^"]+)"/.exec(story)?.[1] ?? '').replaceAll('&amp;', '&');
    assert.match(href, /^\/articles\/a\d+\?hl=\d+-\d+&from=/);
    const article = await app.request(href);
    assert.equal(article.status, 200);
    assert.match(await article.text(), /<mark class="hl" id="s-\d+-\d+">/);
    assert.match(await (await app.request('/?q=Oakhampton')).text(), /<mark>Oakhampton<\/mark>/);
    const form = new FormData();
    form.set('text', 'Councillor Rufus Oakhampton asked for an inquiry into the Glenmoor dam repairs.');
    assert.equal((await app.request('/add', { method: 'POST', body: form })).status, 303);
    await jobs.idle();
    assert.equal((await store.stats()).articles, 6);
    assert.equal((await app.request('/stories/nope')).status, 404);
  });
});
