import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createContext } from '../src/model/index.ts';
import { analyze } from '../src/pipeline.ts';
import { openStore } from '../src/store/index.ts';
import { ingestInto } from '../src/store/ingest/index.ts';
import { bigStoryRecords } from './big-story.ts';

// A story told by most articles of a small run: each of its terms is in more than RARE_SHARE of the
// articles, so none was rare enough to look candidates up by, and every telling became its own story.
const N = 60;
const records = bigStoryRecords(N);
const files = records.map((r, i) => ({
  path: `a${String(i).padStart(3, '0')}.json`,
  bytes: new TextEncoder().encode(JSON.stringify(r)),
}));
const floodIn = (groups: readonly string[][]) =>
  groups.map((g) => g.filter((title) => title.includes('Tessaly')).length).filter((n) => n > 0);

describe(`${N} near-identical tellings of one flood among unrelated stories stay one story`, () => {
  test('analyze (batch)', () => {
    const report = analyze(files, {}, createContext({ now: new Date('2025-04-12T00:00:00Z') }));
    const titleOf = new Map(report.articles.map((a) => [a.id, a.title ?? '']));
    const groups = report.stories.map((s) => s.articleIds.map((id) => titleOf.get(id) ?? ''));
    assert.deepEqual(floodIn(groups), [N]);
  });

  test('the store ingest (online, one batch)', async () => {
    const store = await openStore(':memory:');
    try {
      await ingestInto(store, files, {}, createContext({ now: new Date('2025-04-12T00:00:00Z') }));
      const stories = await store.stories({ limit: 1000 });
      const sizes = stories.filter((s) => s.title.includes('Tessaly')).map((s) => s.articleCount);
      assert.deepEqual(sizes, [N]);
    } finally {
      await store.close();
    }
  });
});
