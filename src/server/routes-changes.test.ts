import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../store/types.ts';
import { withFixtureApp } from './fixtures/app.ts';

// What changed since a time, and an article's earlier versions, in the JSON API (over the fixture
// store): after a mark, a corrected page of a dam article and a new article joining the dam story.
describe('web app: /api/changes and an article’s revisions', () => {
  let store: Store;
  let app: OpenAPIHono;
  let dam: string;
  withFixtureApp((fixture) => ({ store, app, dam } = fixture));
  // biome-ignore lint/suspicious/noExplicitAny: the tests read the answers' JSON loosely
  const json = async (path: string, status = 200): Promise<any> => {
    const res = await app.request(path);
    assert.equal(res.status, status, path);
    return res.json();
  };

  test('changes since a time: the corrected and the new article under their story; revisions of the article', async () => {
    await sleep(3);
    const mark = new Date().toISOString();
    await sleep(3);
    const before = await json(`/api/changes?since=${mark}`);
    assert.deepEqual(before, { since: mark, changes: [], next: null, newest: null });
    const found = await store.story(dam);
    const first = found?.articles[0]?.article;
    assert.ok(first);
    const text = `${first.text}\n\nCorrection: the repair began on Tuesday.`;
    await store.replaceArticles([
      {
        id: first.id,
        article: { ...first, text },
        contentHash: `fixed-${first.id}`,
        features: null,
        keepEarlier: true,
      },
    ]);
    const [added] = await store.upsertArticles([
      {
        article: {
          ...first,
          id: 'x',
          title: 'Dam repair crews finish',
          text: 'Crews at the Glenmoor dam finished on Friday.',
          url: null,
        },
        urlKey: null,
        contentHash: 'changes-test-new',
        features: null,
      },
    ]);
    const ids = found?.articles.map((a) => a.article.id) ?? [];
    await store.saveStories([
      { id: dam, title: found?.story.title ?? '', topicId: null, articleIds: [...ids, added?.id as string] },
    ]);

    const after = await json(`/api/changes?since=${encodeURIComponent(mark)}`);
    assert.equal(after.changes.length, 1);
    const [change] = after.changes;
    assert.equal(change.story.id, dam);
    assert.ok(change.story.coverage, 'the story as the list shows it, with its coverage');
    assert.deepEqual([change.newArticles, change.updatedArticles], [1, 1]);
    // the store knows the page changed, not why; the correction note its new version added says it
    assert.deepEqual(
      change.articles
        .map((a: { kind: string; id: string; notes?: string[] }) => [a.kind, a.id, a.notes])
        .sort(),
      [
        ['updated', first.id, ['correction']],
        ['new', added?.id, undefined],
      ].sort(),
    );
    assert.ok(after.newest >= mark && after.newest <= change.story.updatedAt, after.newest);
    // given back, the newest change lists its story again; an article id as since works
    assert.equal((await json(`/api/changes?since=${encodeURIComponent(after.newest)}`)).changes.length, 1);
    assert.equal((await json(`/api/changes?since=${added?.id}`)).changes[0].newArticles, 1);

    const article = await json(`/api/articles/${first.id}`);
    assert.equal(article.revisions.length, 1);
    assert.deepEqual(article.revisions[0].added, ['Correction: the repair began on Tuesday.']);
    assert.deepEqual(article.revisions[0].removed, []);
    assert.equal(article.revisions[0].text, first.text);
    assert.deepEqual((await json(`/api/articles/${added?.id}`)).revisions, []);
  });

  test('changes: 400 for a missing or bad since, a bad cursor or limit, and a word that is no article', async () => {
    for (const path of [
      '/api/changes',
      '/api/changes?since=2026-13-45T99',
      '/api/changes?since=2026-12-06&after=nope',
      '/api/changes?since=2026-12-06&limit=0',
      '/api/changes?since=nosucharticle',
      // Date.parse reads these as 2001-07-01 and 2001-01-01
      '/api/changes?since=7',
      '/api/changes?since=x-1',
      '/api/changes?since=2026-12',
    ]) {
      const body = await json(path, 400);
      assert.equal(body.status, 400, path);
      assert.match(body.error, /since|after|limit/, path);
    }
  });
});
