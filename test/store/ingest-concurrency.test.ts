import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { createContext } from '../../src/model/index.ts';
import { openStore } from '../../src/store/index.ts';
import { ingestInto } from '../../src/store/ingest/index.ts';
import type { Store } from '../../src/store/types.ts';
import { tempDir } from '../cli-harness.ts';
import { FIRE_A, FIRE_B, FIRE_C, PRIZE } from './invented-feed.ts';
import { createTestDatabase, needsPostgres } from './pg-database.ts';

// Two ingests at once into one store, through two connections, with overlapping inputs: every
// article is stored once and placed once, and the fire's articles end in one story.
async function twoAtOnce(open: () => Promise<Store>): Promise<void> {
  const [one, two] = await Promise.all([open(), open()]);
  const ctx = () => createContext({ now: new Date('2024-06-01T00:00:00Z') });
  const options = { batchSize: 1, groupEvery: 1 };
  try {
    const [a, b] = await Promise.all([
      ingestInto(one, [FIRE_A, FIRE_B, PRIZE], options, ctx()),
      ingestInto(two, [FIRE_C, FIRE_B, PRIZE, FIRE_A], options, ctx()),
    ]);
    assert.equal(a.inserted + b.inserted, 4);
    assert.equal(a.duplicates + b.duplicates, 3);
    const ids = new Set([...a.insertedIds, ...b.insertedIds]);
    assert.equal(ids.size, 4);
    const stored = [];
    for await (const article of one.articles({ limit: 100 })) stored.push(article);
    assert.deepEqual(stored.map((s) => s.article.id).sort(), [...ids].sort());
    assert.ok(
      stored.every((s) => s.storyId !== null),
      'every article placed',
    );
    const stories = await two.stories();
    assert.deepEqual(stories.map((s) => s.articleCount).sort(), [1, 3]);
  } finally {
    await Promise.all([one.close(), two.close()]);
  }
}

describe('concurrent ingests into one store', () => {
  test('SQLite: two connections to one file', async () => {
    const file = join(tempDir(), 'both.db');
    await twoAtOnce(() => openStore(file));
  });

  test('PostgreSQL: two connections to one database', { skip: needsPostgres() }, async () => {
    const db = await createTestDatabase('ingest');
    try {
      await twoAtOnce(() => openStore(db.url));
    } finally {
      await db.drop();
    }
  });
});
