import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { SCHEMA_VERSION } from '../model/schema-version.ts';
import { openStore, type Store } from '../store/index.ts';
import { createApp } from './app.ts';
import { damStoryId, FIXTURE_OUTLETS, fixtureStore } from './fixtures/store.ts';

// serve run by an older Parallax on a store whose reports a newer one made (this code's, stored by
// the fixture): they are shown as they are and never computed over, or, when their report shape is
// one the older cannot read, computed for its readers and not stored.

const analyze = { compare: { outlets: FIXTURE_OUTLETS } };
const dir = mkdtempSync(join(tmpdir(), 'parallax-mixed-'));
after(() => rmSync(dir, { recursive: true, force: true }));

// A store file of the fixture with its reports computed, and when each stored report was made.
async function storeOfNewer(name: string): Promise<{ file: string; made: Map<string, string> }> {
  const file = join(dir, `${name}.db`);
  const newer = await fixtureStore(file);
  const made = await madeAt(newer);
  await newer.close();
  return { file, made };
}

async function madeAt(store: Store): Promise<Map<string, string>> {
  const made = new Map<string, string>();
  for (const story of await store.stories())
    made.set(story.id, (await store.story(story.id, { articles: false }))?.report?.generatedAt ?? 'none');
  return made;
}

for (const [shape, reader, computed] of [
  ['same', `0.0.1+report.${SCHEMA_VERSION}.analysis.0`, false],
  ['older', `0.0.1+report.${SCHEMA_VERSION - 1}.analysis.0`, true],
] as const) {
  test(`serve by an older Parallax (report shape: ${shape}) leaves a newer one's stored reports as they are`, async () => {
    const { file, made } = await storeOfNewer(shape);
    const store = await openStore(file, { reportVersion: reader });
    const { app, reports } = createApp({ store, outlets: FIXTURE_OUTLETS, analyze, warmReports: 50 });
    try {
      assert.ok((await store.stories()).every((s) => !s.reportStale && s.reportReadable === !computed));
      assert.equal((await app.request('/')).status, 200);
      // a shape it reads: nothing computed ahead; else each story computed, for the readers only
      assert.equal(await reports.warmed(), computed ? made.size : 0);
      const dam = await damStoryId(store);
      assert.match(await (await app.request(`/stories/${dam}`)).text(), /4 articles · 4 outlets/);
      assert.deepEqual(await madeAt(store), made, 'the stored reports are the newer ones still');
      assert.equal((await store.storyPage(dam))?.report.generatedAt, made.get(dam), 'and their pieces');
      assert.deepEqual(await store.staleStories(), []);
    } finally {
      await reports.close();
      await store.close();
    }
  });
}
