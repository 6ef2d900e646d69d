import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { Store } from '../../src/store/types.ts';
import { addressesContract } from './contract-addresses.ts';
import { articlesContract } from './contract-articles.ts';
import { changesContract } from './contract-changes.ts';
import { copiesContract } from './contract-copies.ts';
import { fetchContract } from './contract-fetch.ts';
import { fetchHistoryContract } from './contract-fetch-history.ts';
import { ingestPagesContract } from './contract-ingest-pages.ts';
import { lockContract } from './contract-lock.ts';
import { mixedVersionsContract } from './contract-mixed-versions.ts';
import { replaceContract } from './contract-replace.ts';
import { reportVersionsContract } from './contract-report-versions.ts';
import type { ContractContext, StoreOptions } from './contract-scope.ts';
import { searchContract } from './contract-search.ts';
import { storiesContract } from './contract-stories.ts';
import { storyDaysContract, storyEventsContract } from './contract-story-events.ts';
import { storyPagesContract } from './contract-story-pages.ts';

/**
 * The behaviour every store backend promises, as one node:test suite: each backend's test file runs
 * it on a store of its own kind. `open` opens the same, initially empty, database each time it is
 * called (the suite reopens it), with the options given (a test plays another Parallax version
 * sharing it); it returns null when the backend cannot be tested here, and the
 * suite then skips visibly with `skipReason`.
 *
 * Tests share the database: each works in its own scope (a made-up word, outlet, year and host no
 * other test uses) and checks counts as differences, so they hold in any database the suite made.
 */

/**
 * Register the contract suite for a backend.
 * @example
 * await storeContract('sqlite', async () => openSqliteStore(file));
 */
export async function storeContract(
  name: string,
  open: (options?: StoreOptions) => Promise<Store | null>,
  skipReason = 'no store to test',
): Promise<void> {
  const first = await open();
  describe(`store contract: ${name}`, { skip: first === null ? skipReason : false }, () => {
    if (first === null) return;
    after(() => first.close());
    const context: ContractContext = {
      store: () => first,
      async open(options) {
        const again = await open(options);
        assert.ok(again, 'the store opened once opens again');
        return again;
      },
    };

    test('a new store is empty and knows its backend and schema version', async () => {
      const stats = await first.stats();
      assert.equal(stats.backend, first.backend);
      assert.ok(Number.isInteger(stats.schemaVersion) && stats.schemaVersion >= 1);
      assert.equal(stats.articles, 0);
      assert.equal(stats.stories, 0);
      assert.equal(stats.lastIngestAt, null);
      assert.deepEqual(await first.stories(), []);
      assert.deepEqual(await first.staleStories(), []);
    });

    articlesContract(context);
    storiesContract(context);
    storyEventsContract(context);
    storyDaysContract(context);
    storyPagesContract(context);
    reportVersionsContract(context);
    mixedVersionsContract(context);
    searchContract(context);
    copiesContract(context);
    lockContract(context);
    fetchContract(context);
    fetchHistoryContract(context);
    replaceContract(context);
    changesContract(context);
    addressesContract(context);
    ingestPagesContract(context);

    test('reopening keeps the data, and opening twice at once migrates once', async () => {
      const before = await first.stats();
      const [a, b] = await Promise.all([context.open(), context.open()]);
      try {
        for (const again of [a, b]) {
          const stats = await again.stats();
          assert.equal(stats.articles, before.articles);
          assert.equal(stats.stories, before.stories);
          assert.equal(stats.schemaVersion, before.schemaVersion);
        }
        const some = await first.stories({ limit: 1 });
        assert.ok(some[0], 'the suite stored stories');
        assert.equal((await a.story(some[0].id))?.story.articleCount, some[0].articleCount);
      } finally {
        await a.close();
        await b.close();
      }
    });
  });
}
