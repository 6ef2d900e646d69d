import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../../model/index.ts';
import { ingest } from './index.ts';
import { stdinFormat } from './stdin-format.ts';

test('standard input is read by what it holds', () => {
  const cases: [string, string][] = [
    ['<!DOCTYPE html><html><body><p>x</p>', 'html'],
    ['Plain words.', 'text'],
    ['\n [{"title": "A", "text": "Words."}]\n', 'json'],
    ['{"articles": [{"text": "Words."}]}', 'json'],
    ['{"text": "One."}\n{"text": "Two."}\n', 'jsonl'],
    ['{"text": "One."}\n{broken\n', 'jsonl'],
    ['[UPDATED] Fire closes the library\n\nThe library closed on Monday.', 'text'],
    ['{Editor’s note} The council met on Monday.', 'text'],
  ];
  for (const [text, format] of cases) assert.equal(stdinFormat(text), format, text);
});

test('a JSON bundle piped in gives its articles, not one article of JSON text', () => {
  const bundle = JSON.stringify([
    { title: 'Ferry strike ends', outlet: 'Marlow Post', text: 'The ferry strike ended on Friday.' },
    { title: 'Strike over', outlet: 'Valley Herald', text: 'Ferry workers went back on Friday.' },
  ]);
  const ctx = createContext();
  const raws = ingest()([{ path: '-', bytes: new TextEncoder().encode(bundle) }], ctx);
  assert.deepEqual(
    raws.map((r) => [r.source, r.given.title, r.given.outlet]),
    [
      ['-#1', 'Ferry strike ends', 'Marlow Post'],
      ['-#2', 'Strike over', 'Valley Herald'],
    ],
  );
  assert.deepEqual(ctx.issues, []);
});

test('a bad record piped in is named as standard input’s record, not "-#2"', () => {
  const lines = [
    '{"title":"Ferry strike ends","text":"The ferry strike ended on Friday."}',
    'not json',
    '{"foo":1}',
  ];
  const ctx = createContext();
  ingest()([{ path: '-', bytes: new TextEncoder().encode(lines.join('\n')) }], ctx);
  assert.deepEqual(
    ctx.issues.map((i) => [i.source, i.message.replace(/: .*/, '')]),
    [
      ['-#2', 'standard input, record 2'],
      ['-#3', 'standard input, record 3'],
    ],
  );
});
