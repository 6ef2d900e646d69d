import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { test } from 'node:test';
import { FIRE_A, FIRE_B, FIRE_C, PRIZE } from '../../../test/store/invented-feed.ts';
import { createContext } from '../../model/index.ts';
import { openStore } from '../index.ts';
import { loadFeatures } from './features.ts';
import { ingestInto } from './index.ts';

const ctx = () => createContext({ now: new Date('2024-06-01T00:00:00Z') });

// review38-B F5: a store made before the features kept each article's outlet (4394e66a) has rows
// without it; they are read as of an unknown outlet (their names are no one outlet's), without error.
test('stored features without the outlet (an older store) are read as of an unknown outlet', () => {
  const stored = {
    v: 1,
    day: 19849,
    dateSource: 'published',
    names: [['odile varga', 1]],
    lead: [['ferry', 1]],
    body: [['fire', 1]],
    title: 'Ferry halted',
    titleInferred: false,
    syndicated: false,
    opening: 'The ferry was halted.',
  };
  const { features } = loadFeatures('a1', stored);
  assert.equal('outlet' in features, false);
  assert.deepEqual([...features.names], [['odile varga', 1]]);
});

test('a store whose rows lack the outlet in their features groups new articles with them as before', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-old-features-'));
  try {
    const file = join(dir, 'old.db');
    const first = await openStore(file);
    await ingestInto(first, [FIRE_A, PRIZE], {}, ctx());
    await first.close();
    // the rows as an older Parallax wrote them: no outlet in their features
    const db = new DatabaseSync(file);
    const withOutlet = () =>
      (
        db
          .prepare(
            "SELECT count(*) AS n FROM article_bodies WHERE json_extract(features, '$.outlet') IS NOT NULL",
          )
          .get() as { n: number }
      ).n;
    assert.equal(withOutlet(), 2);
    db.exec("UPDATE article_bodies SET features = json_remove(features, '$.outlet')");
    assert.equal(withOutlet(), 0);
    db.close();
    const store = await openStore(file);
    await ingestInto(store, [FIRE_B, FIRE_C], {}, ctx());
    const stories = await store.stories();
    const fire = stories.find((s) => s.outlets.includes('coastal-herald'));
    assert.deepEqual(
      [fire?.articleCount, stories.length],
      [3, 2],
      'the fire articles are one story, the prize another',
    );
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
