import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../../model/index.ts';
import { formatOf, type InputFile, ingest } from './index.ts';

const file = (path: string, content: string | Uint8Array): InputFile => ({
  path,
  bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content,
});

test('ingest reads text, HTML and JSON records in order, with ids a1, a2, ...', () => {
  const ctx = createContext();
  const raws = ingest()(
    [
      file('one.txt', 'A short article.\r\nSecond line.'),
      file('two.html', '<p>A page.</p>'),
      file(
        'many.jsonl',
        '{"text":"First record.","title":"First","url":"https://x.example/1","published_at":"2025-03-05"}\n\n{"html":"<p>Second record.</p>","outlet":"Quayside"}\n',
      ),
      file('list.json', '{"articles":[{"body":"Body field."}]}'),
    ],
    ctx,
  );
  assert.deepEqual(
    raws.map((r) => [r.id, r.source, r.format, r.content]),
    [
      ['a1', 'one.txt', 'text', 'A short article.\nSecond line.'],
      ['a2', 'two.html', 'html', '<p>A page.</p>'],
      ['a3', 'many.jsonl#1', 'text', 'First record.'],
      ['a4', 'many.jsonl#2', 'html', '<p>Second record.</p>'],
      ['a5', 'list.json#1', 'text', 'Body field.'],
    ],
  );
  assert.deepEqual(raws[2]?.given, { title: 'First', url: 'https://x.example/1', publishedAt: '2025-03-05' });
  assert.deepEqual(raws[3]?.given, { outlet: 'Quayside' });
  assert.deepEqual(ctx.issues, []);
});

test('ingest reports each unreadable input with a code and goes on', () => {
  const ctx = createContext();
  const raws = ingest({ maxBytes: 100 })(
    [
      file('big.txt', 'x'.repeat(101)),
      file('empty.txt', ''),
      file('blank.txt', ' \n\t'),
      file('pic.txt', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16])),
      file('bad.json', '{"text": '),
      file('rec.jsonl', '{"title":"no body"}\n[1]'),
      file('ok.txt', 'Fine.'),
    ],
    ctx,
  );
  assert.deepEqual(
    raws.map((r) => r.source),
    ['ok.txt'],
  );
  assert.deepEqual(
    ctx.issues.map((i) => [i.code, i.source]),
    [
      ['ingest/too-large', 'big.txt'],
      ['ingest/empty', 'empty.txt'],
      ['ingest/empty', 'blank.txt'],
      ['ingest/binary', 'pic.txt'],
      ['ingest/bad-json', 'bad.json'],
      ['ingest/bad-record', 'rec.jsonl#1'],
      ['ingest/bad-record', 'rec.jsonl#2'],
    ],
  );
  assert.match(ctx.issues[3]?.message ?? '', /JPEG/);
  assert.ok(ctx.issues.every((i) => i.severity === 'error'));
});

test('a record whose body field is blank is said to be empty, not to lack the field', () => {
  const ctx = createContext();
  const raws = ingest()(
    [
      file(
        'rec.jsonl',
        '{"title":"Quay reopens","text":""}\n{"title":"Quay shut","html":"  "}\n{"title":"none"}',
      ),
    ],
    ctx,
  );
  assert.deepEqual(raws, []);
  assert.deepEqual(
    ctx.issues.map((i) => [i.source, i.message]),
    [
      ['rec.jsonl#1', 'rec.jsonl#1: its "text" is empty'],
      ['rec.jsonl#2', 'rec.jsonl#2: its "html" is empty'],
      ['rec.jsonl#3', 'rec.jsonl#3: a record has neither "text" nor "html"'],
    ],
  );
});

test('stdin is read as HTML when it looks like a page, else as text; formats by ending', () => {
  const ctx = createContext();
  const [page, text] = ingest()(
    [file('-', '<!DOCTYPE html><html><body><p>x</p>'), file('-', 'Plain words.')],
    ctx,
  );
  assert.equal(page?.format, 'html');
  assert.equal(text?.format, 'text');
  assert.deepEqual(['a.TXT', 'b.htm', 'c.ndjson', 'd.pdf', 'noext'].map(formatOf), [
    'text',
    'html',
    'jsonl',
    undefined,
    undefined,
  ]);
});

test("a record's modifiedAt is the article's last change; its updated_at (often the record's own) is not", () => {
  const raws = ingest()(
    [
      file(
        'pile.jsonl',
        '{"text":"One.","modified_at":"2031-05-04"}\n{"text":"Two.","updated_at":"2031-06-30","updatedAt":"2031-06-30"}\n',
      ),
    ],
    createContext(),
  );
  assert.deepEqual(
    raws.map((r) => r.given.modifiedAt),
    ['2031-05-04', undefined],
  );
});

test("a CMS record's headline is its title, as title is; title wins when both are given", () => {
  const raws = ingest()(
    [
      file(
        'cms.json',
        '[{"headline":"Budget passes","body":"The council passed its budget.","site":"Valley Echo"},{"title":"Own title","headline":"Other","text":"Two."}]',
      ),
    ],
    createContext(),
  );
  assert.deepEqual(
    raws.map((r) => [r.given.title, r.given.outlet]),
    [
      ['Budget passes', 'Valley Echo'],
      ['Own title', undefined],
    ],
  );
});
