import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../model/index.ts';
import { contentHash } from '../store/keys.ts';
import { articleKey, keyName, withKeys } from './article-key.ts';
import { report, story } from './fixtures/story.ts';
import { renderHtml } from './html.ts';
import { articlesSection } from './sections/articles.ts';

test('keyName: the file name whatever folder it was read from, a record with its number, else the URL', () => {
  const cases: [string, string | null, string][] = [
    ['in/day1/01-wire.txt', null, '01-wire.txt'],
    ['../../week/src/01-wire.txt', 'https://wire.example/a', '01-wire.txt'],
    ['C:\\news\\beacon.HTML', null, 'beacon.HTML'],
    ['exports/wire.jsonl#3', null, 'wire.jsonl#3'],
    [
      'https://gazette.example/2024/vote',
      'https://gazette.example/2024/vote',
      'https://gazette.example/2024/vote',
    ],
    ['-', 'https://bay.example/vote', 'https://bay.example/vote'],
    ['-#2', null, 'stdin#2'],
    ['-', null, 'stdin'],
  ];
  for (const [source, url, expected] of cases) assert.equal(keyName({ source, url }), expected, source);
});

test("articleKey: the name and the first 8 hex digits of the store's content hash of the text", () => {
  const text = 'The council voted 7-2 on Tuesday.';
  const key = articleKey({ source: 'in/01-wire.txt', url: null, text });
  assert.equal(key, `01-wire.txt@${contentHash(text).slice(0, 8)}`);
  assert.match(key, /^01-wire\.txt@[0-9a-f]{8}$/);
  // the same text wrapped or typeset otherwise is the same article, as the store takes it; other text is not
  assert.equal(
    articleKey({ source: 'b/01-wire.txt', url: null, text: 'The  council voted\n7-2 on Tuesday.' }),
    key,
  );
  assert.notEqual(
    articleKey({ source: 'in/01-wire.txt', url: null, text: 'The council voted 6-3 on Tuesday.' }),
    key,
  );
});

test('the reports give each article its key: the JSON and CSV (withKeys) and the Markdown and HTML article lists', () => {
  const keyOf = (id: string) => articleKey(report.articles.find((a) => a.id === id) as Article);
  assert.deepEqual(
    withKeys(report).articles.map((a) => a.key),
    [keyOf('a1'), keyOf('a2')],
  );
  const md = articlesSection.markdown(story, report);
  assert.ok(md.includes(`(\`a2.txt\`; key \`${keyOf('a2')}\`)`), md);
  assert.ok(articlesSection.html(story, report).includes(`key ${keyOf('a1')}</small>`));
});

// review38-B F6: the HTML report is the story page, which did not use the article list: no key showed.
test("the HTML report shows each article's key on its text's bar, as the Markdown list gives it", () => {
  const html = renderHtml(report);
  for (const a of report.articles)
    assert.ok(html.includes(`<small class="px-key">key ${articleKey(a)}</small>`), a.id);
});
