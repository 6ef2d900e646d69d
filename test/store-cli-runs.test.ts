import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli, tempDir } from './cli-harness.ts';

// Stories over several runs of the store's commands on the bundled example, into temporary SQLite files
// (one run and the read commands: store-cli.test.ts).
const EXAMPLE = join(import.meta.dirname, '..', 'examples', 'harbor-bridge');
const MANIFEST = join(EXAMPLE, 'manifest.csv');

test('articles ingested one at a time, in two runs, grow the same story', async () => {
  const db = join(tempDir(), 'grow.db');
  const one = await cli([
    'ingest',
    join(EXAMPLE, '01-norhaven-courier.txt'),
    '--manifest',
    MANIFEST,
    '--db',
    db,
  ]);
  assert.equal(one.status, 0, one.stderr);
  assert.match(one.stderr, /1 new, 0 already stored; 1 new story, 0 grown/);
  const [story] = JSON.parse((await cli(['stories', '--db', db, '-f', 'json'])).stdout);
  assert.equal(story.articleCount, 1);
  await cli(['story', story.id, '--db', db, '-f', 'json']);
  const two = await cli([
    'ingest',
    join(EXAMPLE, '02-tidewater-tribune.txt'),
    '--manifest',
    MANIFEST,
    '--db',
    db,
  ]);
  assert.equal(two.status, 0, two.stderr);
  assert.match(two.stderr, /1 new, 0 already stored; 0 new stories, 1 grown/);
  const after = JSON.parse((await cli(['stories', '--db', db, '-f', 'json'])).stdout);
  assert.equal(after.length, 1);
  assert.equal(after[0].id, story.id);
  assert.equal(after[0].articleCount, 2);
  // its report was computed with one article: it is stale now, and computed again on demand
  assert.equal(after[0].reportStale, true);
  const report = JSON.parse((await cli(['story', story.id, '--db', db, '-f', 'json'])).stdout);
  assert.equal(report.articles.length, 2);
});

test('ingest --reports computes the reports of the stories that changed', async () => {
  const db = join(tempDir(), 'reports.db');
  const run = await cli(['ingest', EXAMPLE, '--db', db, '--reports']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /computed 2 story reports\n$/);
  const stories = JSON.parse((await cli(['stories', '--db', db, '-f', 'json'])).stdout);
  assert.ok(stories.every((s: { reportStale: boolean }) => !s.reportStale));
});

test("story <id> of a story merged into another prints the other's report and says so", async () => {
  const db = join(tempDir(), 'merged.db');
  assert.equal((await cli(['ingest', EXAMPLE, '--db', db])).status, 0);
  const [one, two] = JSON.parse((await cli(['stories', '--db', db, '-f', 'json'])).stdout);
  // merge the two stories as a grouping step would record it: every article of the second goes to the first
  const { openStore } = await import('../src/store/index.ts');
  const store = await openStore(db);
  const members = await store.storyArticleIds([one.id, two.id]);
  await store.saveStories([
    {
      id: one.id,
      title: one.title,
      topicId: null,
      articleIds: [...(members.get(one.id) ?? []), ...(members.get(two.id) ?? [])],
    },
  ]);
  await store.close();
  const run = await cli(['story', two.id, '--db', db, '-f', 'json']);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr, `parallax: story ${two.id} was merged into ${one.id}\n`);
  const report = JSON.parse(run.stdout);
  assert.equal(report.stories[0].id, one.id);
  assert.equal(report.articles.length, one.articleCount + two.articleCount);
});

test('story <id> of a story the grouping parted says where its other articles are now', async () => {
  const db = join(tempDir(), 'parted.db');
  assert.equal((await cli(['ingest', EXAMPLE, '--db', db])).status, 0);
  const [one] = JSON.parse((await cli(['stories', '--db', db, '-f', 'json'])).stdout);
  // part the story as a grouping step would record it: its last article a story of its own
  const { openStore } = await import('../src/store/index.ts');
  const store = await openStore(db);
  const members = (await store.storyArticleIds([one.id])).get(one.id) ?? [];
  await store.saveStories([
    { id: one.id, title: one.title, topicId: null, articleIds: members.slice(0, -1) },
    { id: 'part', title: one.title, topicId: null, articleIds: members.slice(-1) },
  ]);
  await store.close();
  const run = await cli(['story', one.id, '--db', db, '-f', 'json']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(
    run.stderr,
    new RegExp(
      `^parallax: story ${one.id} was split on \\d{4}-\\d\\d-\\d\\d: 1 of its articles went to story part\\n$`,
    ),
  );
  assert.equal(JSON.parse(run.stdout).articles.length, members.length - 1);
  assert.equal(
    (await cli(['story', 'part', '--db', db, '-f', 'json'])).stderr,
    '',
    'the part was not parted',
  );
});
