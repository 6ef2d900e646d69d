import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { StoryNewsSchema } from '../src/report/story-news-schema.ts';
import { articleFromText } from '../src/stages/extract/from-text.ts';
import { contentHash, urlKey } from '../src/store/keys.ts';
import { openSqliteStore } from '../src/store/sqlite/index.ts';
import type { NewArticle } from '../src/store/types.ts';
import { cli, tempDir } from './cli-harness.ts';

// newuser23 #7: `parallax changes` tells, per story, what its report tells that its articles stored
// before the time did not. Invented story: a mill fire told by two outlets, then a third outlet's
// article with a new figure and a new quote; --brief keeps the old listing.
describe('parallax changes: what changed in a story', () => {
  const db = join(tempDir(), 'desk.db');
  let mark = '';
  before(async () => {
    const store = await openSqliteStore(db);
    // (paragraphs located in the text, as clean hands them on: the report is computed from them)
    const made = (n: number, text: string, outlet: string, publishedAt: string): NewArticle => {
      const url = `https://news.example/${n}`;
      const article = {
        ...articleFromText(`t${n}`, text, { title: `Carrow mill fire ${n}`, outlet, url }),
        publishedAt,
      };
      return { article, urlKey: urlKey(url), contentHash: contentHash(text), features: { words: 20 } };
    };
    const first = await store.upsertArticles([
      made(
        1,
        'A fire at the Carrow mill injured two workers on Monday, the fire chief said.',
        'Carrow Courier',
        '2026-11-30',
      ),
      made(
        2,
        'Two workers were injured in a fire at the Carrow mill on Monday, fire officials said.',
        'Valley Ledger',
        '2026-11-30',
      ),
    ]);
    const [a, b] = first.map((o) => o.id) as [string, string];
    await store.saveStories([{ id: 's1', title: 'Carrow mill fire', topicId: null, articleIds: [a, b] }]);
    await sleep(5);
    mark = new Date().toISOString();
    await sleep(5);
    const [c] = (
      await store.upsertArticles([
        made(
          3,
          'A fire at the Carrow mill injured two workers on Monday. About 140 residents left their homes overnight.\n\n"We will rebuild the mill," owner Petra Vance said on Tuesday.',
          'Harlow Star',
          '2026-12-01',
        ),
      ])
    ).map((o) => o.id) as [string];
    await store.saveStories([{ id: 's1', title: 'Carrow mill fire', topicId: null, articleIds: [a, b, c] }]);
    await store.close();
  });

  test('changes --since: the new outlet, its new figure and quote; not the figure told before', async () => {
    const run = await cli(['changes', '--since', mark, '--db', db, '-f', 'json']);
    assert.equal(run.status, 0, run.stderr);
    const news = StoryNewsSchema.parse(JSON.parse(run.stdout).changes[0].news);
    assert.equal(news.newStory, false);
    assert.deepEqual(
      news.outlets.map((o) => o.outlet),
      ['Harlow Star'],
    );
    const figures = news.figures.map((f) => f.value);
    assert.ok(figures.includes(140), JSON.stringify(news.figures));
    assert.ok(!figures.includes(2), 'two workers were told before the time');
    assert.ok(
      news.quotes.some((q) => q.speaker === 'Petra Vance' && q.told.some((t) => t.label === 'Harlow Star')),
      JSON.stringify(news.quotes),
    );
    const text = await cli(['changes', '--since', mark, '--db', db]);
    assert.match(text.stdout, /\n {4}New outlets: Harlow Star \[a\d+\]\n/);
    assert.match(
      text.stdout,
      /\n {4}New quotes:\n {6}- Petra Vance: “We will rebuild the mill[^\n]*Harlow Star \[a\d+\]\n/,
    );
    // --brief: the articles alone, no report read
    const brief = await cli(['changes', '--since', mark, '--db', db, '--brief']);
    assert.doesNotMatch(brief.stdout, /New (outlets|quotes|figures)/);
    assert.match(brief.stdout, /1 new article: a\d+ Carrow mill fire 3 \(Harlow Star\)\n/);
  });
});
