import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { newArticle } from './make-article.ts';

const dir = mkdtempSync(join(tmpdir(), 'parallax-outlet-filter-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// An outlet of more than 2,000 articles is looked up in each story's list of outlet names, newest
// story first (the outlet's index would cost its every row); a non-ASCII name on the articles.
test('the story list filtered by a common outlet: its stories only, newest first, any case', async () => {
  const store = await openSqliteStore(join(dir, 'common.db'));
  try {
    const make = (outlet: string, n: number, tag: string) =>
      Array.from({ length: n }, (_, i) =>
        newArticle({ text: `Report ${i} of the ${tag} valley board.`, outlet, publishedAt: '2025-03-10' }),
      );
    const big = (await store.upsertArticles(make('Big Courier', 2001, 'big'))).map((o) => o.id);
    const accented = (await store.upsertArticles(make('Écho Régional', 2001, 'echo'))).map((o) => o.id);
    const small = (await store.upsertArticles(make('Small Post', 2, 'small'))).map((o) => o.id);
    const story = (id: string, articleIds: string[]) => ({ id, title: id, topicId: null, articleIds });
    await store.saveStories([story('old', [...big.slice(0, 1000), ...small])]);
    await store.saveStories([story('echo', accented)]);
    await store.saveStories([story('new', big.slice(1000))]);
    const ids = async (outlet: string) => (await store.stories({ outlet })).map((s) => s.id);
    assert.deepEqual(await ids('big courier'), ['new', 'old']);
    assert.deepEqual(await ids('BIG COURIER'), ['new', 'old']);
    assert.deepEqual(await ids('écho régional'), ['echo']);
    assert.deepEqual(await ids('ÉCHO RÉGIONAL'), ['echo']);
    assert.deepEqual(await ids('Small Post'), ['old']);
    assert.deepEqual(await ids('Big'), []);
  } finally {
    await store.close();
  }
});
