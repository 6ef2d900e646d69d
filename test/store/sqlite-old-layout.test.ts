import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, test } from 'node:test';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { APPLICATION_ID, SCHEMA_VERSION } from '../../src/store/sqlite/migrations.ts';
import { all } from './contract-scope.ts';
import { article, streamArticle } from './make-article.ts';

/**
 * Store files of the first development builds say schema version 1 but keep the texts in `articles`
 * (no `article_bodies`), indexed through an external-content FTS5 table with triggers; they failed
 * with "no such table: article_bodies". They open now, converted in place by migration 3.
 */

const dir = mkdtempSync(join(tmpdir(), 'parallax-old-layout-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const STORIES = `
  CREATE TABLE stories (id TEXT PRIMARY KEY, title TEXT NOT NULL, topic_id TEXT, article_count INTEGER NOT NULL,
    outlets TEXT NOT NULL, first_at TEXT, last_at TEXT, updated_at TEXT NOT NULL, report TEXT, report_as_of TEXT);
  CREATE INDEX stories_updated ON stories (updated_at);
  CREATE INDEX stories_last ON stories (last_at);
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE locks (name TEXT PRIMARY KEY, owner TEXT NOT NULL, pid INTEGER NOT NULL, host TEXT NOT NULL,
    expires_at INTEGER NOT NULL) WITHOUT ROWID;`;

// The two layouts those builds wrote (git history of src/store/sqlite/migrations.ts): the first,
// and the one with the outlet's search token.
const LAYOUTS = {
  first: `${STORIES}
    CREATE TABLE articles (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, url_key TEXT UNIQUE,
      content_hash TEXT NOT NULL UNIQUE, outlet TEXT, outlet_key TEXT, title TEXT, text TEXT NOT NULL,
      published_at TEXT, sort_at TEXT NOT NULL, ingested_at TEXT NOT NULL,
      story_id TEXT REFERENCES stories (id) ON DELETE SET NULL, article TEXT NOT NULL, features TEXT);
    CREATE INDEX articles_sort ON articles (sort_at, seq);
    CREATE INDEX articles_story ON articles (story_id, sort_at);
    CREATE INDEX articles_outlet ON articles (outlet_key, sort_at);
    CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content = 'articles', content_rowid = 'seq',
      tokenize = 'unicode61 remove_diacritics 2');
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
      INSERT INTO articles_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
    END;`,
  outletTag: `${STORIES}
    CREATE TABLE articles (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, url_key TEXT UNIQUE,
      content_hash TEXT NOT NULL UNIQUE, outlet TEXT, outlet_key TEXT, outlet_tag TEXT, title TEXT,
      published_at TEXT, sort_at TEXT NOT NULL, ingested_at TEXT NOT NULL,
      story_id TEXT REFERENCES stories (id) ON DELETE SET NULL, text TEXT NOT NULL, article TEXT NOT NULL,
      features TEXT);
    CREATE INDEX articles_sort ON articles (sort_at, seq);
    CREATE INDEX articles_story ON articles (story_id, sort_at);
    CREATE INDEX articles_outlet ON articles (outlet_key, seq);
    CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, outlet_tag, content = 'articles',
      content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2');
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
      INSERT INTO articles_fts (rowid, title, text, outlet_tag) VALUES (new.seq, new.title, new.text, new.outlet_tag);
    END;`,
};

// Two articles of one story and a third alone, as those builds stored them.
function writeOldFile(path: string, layout: keyof typeof LAYOUTS): void {
  const raw = new DatabaseSync(path);
  raw.exec(LAYOUTS[layout]);
  raw.exec(`INSERT INTO stories VALUES ('s1', 'Quillsby ferry strike', null, 2, '["Quillsby Post"]',
    '2031-02-01T00:00:00.000Z', '2031-02-02T00:00:00.000Z', '2031-02-03T00:00:00.000Z', null, null)`);
  const insert = raw.prepare(`INSERT INTO articles (seq, id, url_key, content_hash, outlet, outlet_key, title,
    text, published_at, sort_at, ingested_at, story_id, article, features) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const rows: [number, string, string, string | null][] = [
    [1, 'Quillsby ferries stop as crews strike', 'Ferry crews in Quillsby walked out on Monday.', 's1'],
    [2, 'Strike halts Quillsby ferry', 'The Quillsby ferry strike entered its second day.', 's1'],
    [3, 'Zürich tram fares rise', 'Tram fares in Zürich rise in March.', null],
  ];
  for (const [seq, title, text, story] of rows) {
    const { id: _id, text: _text, ...rest } = article({ title, text, outlet: 'Quillsby Post' });
    const day = `2031-02-0${seq}T00:00:00.000Z`;
    insert.run(
      seq,
      `a${seq}`,
      `https://quillsby.example/${seq}`,
      `hash${seq}`,
      'Quillsby Post',
      'quillsby post',
      title,
      text,
      day,
      day,
      day,
      story,
      JSON.stringify({ ...rest, publishedAt: day }),
      JSON.stringify({ v: 1, seq }),
    );
  }
  raw.exec(`PRAGMA user_version = 1; PRAGMA application_id = ${APPLICATION_ID}`);
  raw.close();
}

for (const layout of Object.keys(LAYOUTS) as (keyof typeof LAYOUTS)[]) {
  test(`a store file of the ${layout === 'first' ? 'first' : 'outlet-token'} layout without article_bodies opens and is converted, nothing lost`, async () => {
    const path = join(dir, `${layout}.db`);
    writeOldFile(path, layout);
    const store = await openSqliteStore(path);
    try {
      const stats = await store.stats();
      assert.deepEqual([stats.articles, stats.stories, stats.schemaVersion], [3, 1, SCHEMA_VERSION]);
      const story = await store.story('s1');
      assert.deepEqual(
        story?.articles.map((a) => [a.article.id, a.article.text]),
        [
          ['a1', 'Ferry crews in Quillsby walked out on Monday.'],
          ['a2', 'The Quillsby ferry strike entered its second day.'],
        ],
      );
      const hits = await store.search('zurich', { outlet: 'quillsby post' });
      assert.deepEqual(
        hits.map((h) => h.articleId),
        ['a3'],
        'the index was rebuilt, outlet token included',
      );
      assert.deepEqual((await store.search('strike')).map((h) => h.articleId).sort(), ['a1', 'a2']);
      const features = await all(store.featuresSince(null));
      assert.deepEqual(
        features.map((f) => f.features),
        [1, 2, 3].map((seq) => ({ v: 1, seq })),
      );
      // new articles go on from the old sequence
      const [next] = await store.upsertArticles([streamArticle(4)]);
      assert.deepEqual(next, { status: 'inserted', id: 'a4' });
    } finally {
      await store.close();
    }
    const check = new DatabaseSync(path, { readOnly: true });
    try {
      assert.deepEqual({ ...check.prepare('PRAGMA integrity_check').get() }, { integrity_check: 'ok' });
      const columns = check.prepare(`SELECT name FROM pragma_table_info('articles')`).all();
      assert.ok(!columns.some((c) => c.name === 'text'), 'the texts left the articles table');
      assert.equal(
        check.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE type = 'trigger'`).get()?.n,
        0,
      );
    } finally {
      check.close();
    }
  });
}
