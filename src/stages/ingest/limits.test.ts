import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../../model/index.ts';
import { type InputFile, ingest } from './index.ts';

const file = (path: string, content: string): InputFile => ({
  path,
  bytes: new TextEncoder().encode(content),
});

test('a bundle over the article limit is read record by record, the limit applied to each record', () => {
  const ctx = createContext();
  const lines = Array.from({ length: 2000 }, (_, i) =>
    JSON.stringify({ text: `The Almsby ferry ran ${i} times this week.`, outlet: `Post ${i % 7}` }),
  );
  const raws = ingest({ maxBytes: 1000 })([file('export.jsonl', lines.join('\n'))], ctx);
  assert.equal(raws.length, 2000);
  assert.equal(raws[1999]?.source, 'export.jsonl#2000');
  assert.deepEqual(ctx.issues, []);
});

test('one oversized or broken line of a JSONL bundle is skipped with a reason; the others are read', () => {
  const ctx = createContext();
  const big = JSON.stringify({ text: 'word '.repeat(400) });
  const raws = ingest({ maxBytes: 1000 })(
    [
      file(
        'mixed.jsonl',
        ['{"text":"First."}', big, '{"text": broken', '{"html":"<p>Last.</p>"}'].join('\n'),
      ),
    ],
    ctx,
  );
  assert.deepEqual(
    raws.map((r) => r.source),
    ['mixed.jsonl#1', 'mixed.jsonl#4'],
  );
  assert.deepEqual(
    ctx.issues.map((i) => [i.code, i.source]),
    [
      ['ingest/too-large', 'mixed.jsonl#2'],
      ['ingest/bad-json', 'mixed.jsonl#3'],
    ],
  );
  assert.match(ctx.issues[0]?.message ?? '', /over the 1000-byte limit/);
});

test("a broken JSONL line is named by its line in the file, not the parser's line 1", () => {
  const ctx = createContext();
  const lines = ['{"text":"The Almsby ferry ran."}', '', '{"text": "The ferry stopped.', '{"text":"Last."}'];
  const raws = ingest()([file('gaps.jsonl', lines.join('\n'))], ctx);
  assert.deepEqual(
    raws.map((r) => r.source),
    ['gaps.jsonl#1', 'gaps.jsonl#3'],
  );
  assert.deepEqual(
    ctx.issues.map((i) => i.source),
    ['gaps.jsonl#2'],
  );
  assert.match(ctx.issues[0]?.message ?? '', /not valid JSON: .*\(line 3 column \d+\)$/);
  assert.doesNotMatch(ctx.issues[0]?.message ?? '', /line 1 column/);
});

test('a JSONL line that is no JSON at all, whose parser message names no line, is named by its line too', () => {
  const ctx = createContext();
  const lines = ['{"text":"The Almsby ferry ran."}', '', 'The ferry stopped at noon.', '{"text":"Last."}'];
  const raws = ingest()([file('plain.jsonl', lines.join('\n'))], ctx);
  assert.equal(raws.length, 2);
  assert.match(ctx.issues[0]?.message ?? '', /not valid JSON: .* \(line 3\)$/);
  // and an oversized line
  const big = createContext();
  ingest({ maxBytes: 40 })([file('big.jsonl', `{"text":"Short."}\n{"text":"${'x'.repeat(60)}"}`)], big);
  assert.match(big.issues[0]?.message ?? '', /over the 40-byte limit \(line 2\)$/);
});

test('a record of a JSON array whose text is over the limit is skipped; a bundle over the bundle limit is refused', () => {
  const ctx = createContext();
  const raws = ingest({ maxBytes: 50, maxBundleBytes: 200 })(
    [
      file('list.json', JSON.stringify([{ text: 'Short one.' }, { html: `<p>${'x'.repeat(60)}</p>` }])),
      file('huge.json', JSON.stringify([{ text: 'y'.repeat(300) }])),
    ],
    ctx,
  );
  assert.deepEqual(
    raws.map((r) => r.source),
    ['list.json#1'],
  );
  assert.deepEqual(
    ctx.issues.map((i) => [i.code, i.source]),
    [
      ['ingest/too-large', 'list.json#2'],
      ['ingest/too-large', 'huge.json'],
    ],
  );
});
