import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Store } from '../../src/store/types.ts';
import { type ContractContext, scope } from './contract-scope.ts';
import { newArticle } from './make-article.ts';

/** Work that records when it starts and ends, with awaits in between, so overlaps would show. */
function recorder(log: string[]) {
  return (name: string) => async () => {
    log.push(`${name}:in`);
    await sleep(40);
    log.push(`${name}:out`);
    return name;
  };
}

/** True when no two works of the log overlap: every `in` is followed by its own `out`. */
function serial(log: string[]): boolean {
  for (let i = 0; i < log.length; i += 2) {
    const [name, phase] = (log[i] as string).split(':');
    if (phase !== 'in' || log[i + 1] !== `${name}:out`) return false;
  }
  return true;
}

/** The contract's grouping-lock tests: one holder at a time, across connections, writes inside. */
export function lockContract(context: ContractContext): void {
  test('the grouping lock runs one work at a time, on one connection and across two', async () => {
    const store = context.store();
    const other = await context.open();
    try {
      const log: string[] = [];
      const work = recorder(log);
      const results = await Promise.all([
        store.withGroupingLock(work('a')),
        other.withGroupingLock(work('b')),
        store.withGroupingLock(work('c')),
        other.withGroupingLock(work('d')),
      ]);
      assert.deepEqual(results, ['a', 'b', 'c', 'd']);
      assert.equal(log.length, 8);
      assert.ok(serial(log), log.join(' '));
    } finally {
      await other.close();
    }
  });

  test('work under the grouping lock can write; a failing work releases it; a nested call runs', async () => {
    const { word, outlet } = scope();
    const store: Store = context.store();
    const stored = await store.withGroupingLock(async () => {
      const [made] = await store.upsertArticles([newArticle({ text: `Locked ${word}.`, outlet })]);
      await store.saveStories([
        { id: `locked-${word}`, title: 'Locked', topicId: null, articleIds: [made?.id as string] },
      ]);
      // Re-entrant: the same async chain asking again does not wait for itself.
      return store.withGroupingLock(async () => (await store.story(`locked-${word}`))?.story.articleCount);
    });
    assert.equal(stored, 1);
    await assert.rejects(
      store.withGroupingLock(async () => {
        throw new Error('grouping failed');
      }),
      /grouping failed/,
    );
    const other = await context.open();
    const timeout = new AbortController();
    try {
      const again = await Promise.race([
        other.withGroupingLock(async () => 'free'),
        sleep(20_000, 'still held', { signal: timeout.signal }).catch(() => 'aborted'),
      ]);
      assert.equal(again, 'free', 'the lock was released after the failure');
    } finally {
      timeout.abort();
      await other.close();
    }
  });
}
