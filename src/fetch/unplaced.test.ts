import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { test } from 'node:test';
import { openStore } from '../store/index.ts';
import { fetchRound } from './fixtures/fetch-rounds.ts';
import { articlesOf } from './fixtures/settings.ts';
import { startSite } from './fixtures/site.ts';

// A fetch killed after it stored its pages and before it placed their articles (SIGKILL, a second
// Ctrl-C, a crash while grouping) left them in no story; their pages are handled, so no later run
// fetched them again, and none placed them: `parallax stories` said "No stories." for good.
test('articles a stopped fetch stored but did not place are placed by the next run', async () => {
  const site = await startSite();
  const dir = mkdtempSync(join(tmpdir(), 'parallax-unplaced-'));
  const path = join(dir, 'news.db');
  const run = async () => {
    const store = await openStore(path);
    try {
      return await fetchRound(store, [`${site.origin}/feeds/rss.xml`]);
    } finally {
      await store.close();
    }
  };
  try {
    assert.equal((await run()).stored, 3);
    // as the killed run left the store: articles and page records written, no story yet
    const db = new DatabaseSync(path);
    db.exec('UPDATE articles SET story_id = NULL; DELETE FROM stories;');
    db.close();
    let store = await openStore(path);
    assert.equal((await store.stats()).stories, 0);
    assert.ok(await store.earliestUnplaced());
    await store.close();
    const again = await run();
    // the feed answers 304 and no page is fetched again: only the placing is left to do
    assert.deepEqual([again.unchanged, again.stored, again.fetched], [1, 0, 0]);
    store = await openStore(path);
    try {
      assert.ok((await store.stats()).stories >= 1);
      assert.ok((await articlesOf(store)).length === 3);
      for await (const stored of store.articles()) assert.ok(stored.storyId, `${stored.article.id} placed`);
      assert.equal(await store.earliestUnplaced(), null);
    } finally {
      await store.close();
    }
  } finally {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
